// Settings saved by an earlier release still load after an update, field by field.
import { describe, expect, it } from 'vitest';
import {
  checkSetting,
  DEFAULT_SETTINGS,
  needsMigration,
  readSettings,
  SETTINGS_VERSION,
} from '../../lib/background/settings';

/** What 0.1.0 wrote to storage.sync (no version, no dashboard origin yet), as the options saved it. */
const SAVED_BY_0_1_0 = {
  keyName: 'UpstackData-shop',
  ttlMinutes: 20,
  contactEmail: 'ops@shop.example',
  optimoveAccessType: 'Integrations',
  disabled: ['omnisend'],
};
/** What 0.2.0 wrote (the dashboard origin added, still no version). */
const SAVED_BY_0_2_0 = { ...SAVED_BY_0_1_0, upstackOrigin: 'https://upstack.shop.example' };

/** Optimove's access type, where version 3 keeps it: under its recipe's option. */
const { optimoveAccessType, ...KEPT_BY_0_2_0 } = SAVED_BY_0_2_0;
const MOVED = { options: { optimove: { accessType: optimoveAccessType } } };

describe('readSettings', () => {
  it('keeps every field 0.1.0 saved and gives the newer ones their defaults', () => {
    const { optimoveAccessType: _, ...kept } = SAVED_BY_0_1_0;
    expect(readSettings(SAVED_BY_0_1_0)).toEqual({
      ...kept,
      ...MOVED,
      upstackOrigin: '',
      version: SETTINGS_VERSION,
    });
  });

  it('keeps every field 0.2.0 saved and names this version', () => {
    expect(readSettings(SAVED_BY_0_2_0)).toEqual({
      ...KEPT_BY_0_2_0,
      ...MOVED,
      version: SETTINGS_VERSION,
    });
  });

  it("moves Optimove's access type (version 2) to its recipe's option, unless chosen there", () => {
    const v2 = { ...SAVED_BY_0_2_0, version: 2 };
    expect(readSettings(v2).options).toEqual(MOVED.options);
    const chosen = { ...v2, options: { optimove: { accessType: 'Admin' } } };
    expect(readSettings(chosen).options).toEqual({ optimove: { accessType: 'Admin' } });
    // A value no release allowed is dropped, and the option reads as its default.
    expect(readSettings({ ...v2, optimoveAccessType: 'Root' }).options).toEqual({});
  });

  it('keeps only the options recipes declare, with one of their choices', () => {
    const options = {
      optimove: { accessType: 'Integrations', role: 'Admin' },
      klaviyo: { accessType: 'Admin' },
      nobody: { accessType: 'Admin' },
    };
    expect(readSettings({ options }).options).toEqual({
      optimove: { accessType: 'Integrations' },
    });
    expect(readSettings({ options: { optimove: { accessType: 'Root' } } }).options).toEqual({});
    expect(readSettings({ options: 'Admin' }).options).toEqual({});
  });

  it('gives a damaged field its default without losing the others', () => {
    const settings = readSettings({ ...SAVED_BY_0_2_0, ttlMinutes: 90, contactEmail: 42 });
    expect(settings.ttlMinutes).toBe(DEFAULT_SETTINGS.ttlMinutes);
    expect(settings.contactEmail).toBe('');
    expect(settings.keyName).toBe('UpstackData-shop');
    expect(settings.disabled).toEqual(['omnisend']);
  });

  it('drops fields it does not know and reads nothing, or a non-object, as the defaults', () => {
    expect(readSettings({ ...SAVED_BY_0_2_0, secret: 'x' })).not.toHaveProperty('secret');
    for (const stored of [undefined, null, 'settings', [1], 3])
      expect(readSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('does not take a version from storage: a later one is read as this one', () => {
    expect(readSettings({ ...SAVED_BY_0_2_0, version: 7 }).version).toBe(SETTINGS_VERSION);
  });
});

describe('needsMigration', () => {
  it('is true for what an earlier release saved, false once written as this version', () => {
    expect(needsMigration(SAVED_BY_0_1_0)).toBe(true);
    expect(needsMigration(SAVED_BY_0_2_0)).toBe(true);
    expect(needsMigration(readSettings(SAVED_BY_0_2_0))).toBe(false);
    expect(needsMigration(undefined)).toBe(false);
  });
});

describe('checkSetting', () => {
  it('still checks one field as the options page asks', () => {
    expect(checkSetting('ttlMinutes', 31)).toEqual({ ok: false, message: 'optErrTtlHigh' });
    expect(checkSetting('keyName', '  Shop ')).toEqual({ ok: true, value: 'Shop' });
    expect(checkSetting('options', { optimove: { accessType: 'Integrations' } }).ok).toBe(true);
    expect(checkSetting('options', { optimove: { accessType: 'Root' } })).toEqual({
      ok: false,
      message: 'optErrInvalid',
    });
  });
});
