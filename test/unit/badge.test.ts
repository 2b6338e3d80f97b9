import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { badgeMinutes } from '../../lib/background/badge-text';
import { Settings } from '../../lib/background/settings';
import type { VaultStatus } from '../../lib/protocol/messages';

const NOW = 1_800_000_000_000;
const held = (msLeft: number): VaultStatus => ({
  state: 'captured',
  entry: 'e',
  masked: { apiKey: 'pk_…abcd' },
  expiresAt: NOW + msLeft,
});

describe('badgeMinutes', () => {
  it('is undefined when no key is held', () => {
    expect(badgeMinutes([], NOW)).toBeUndefined();
    expect(
      badgeMinutes(
        [{ state: 'empty' }, { state: 'filled', at: NOW }, { state: 'expired', at: NOW }],
        NOW,
      ),
    ).toBeUndefined();
  });

  it('rounds up, so a held key never shows 0', () => {
    expect(badgeMinutes([held(10 * 60_000)], NOW)).toBe(10);
    expect(badgeMinutes([held(9 * 60_000 + 1)], NOW)).toBe(10);
    expect(badgeMinutes([held(1)], NOW)).toBe(1);
  });

  it('names the key forgotten first when several are held', () => {
    expect(badgeMinutes([held(30 * 60_000), { state: 'empty' }, held(4 * 60_000)], NOW)).toBe(4);
  });

  it('ignores a captured entry whose time is up (the vault expires it on its next read)', () => {
    expect(badgeMinutes([held(0)], NOW)).toBeUndefined();
    expect(badgeMinutes([held(-5)], NOW)).toBeUndefined();
  });
});

describe('the badge text in every locale', () => {
  // The toolbar badge shows about four characters: every minute count a key can have (1 to 30, the
  // settings' maximum, which refuses 31) fits in four, in every locale.
  const dir = 'public/_locales';
  it.each(readdirSync(dir))('%s: at most four characters', (lang) => {
    const { badgeMinutes: text } = JSON.parse(readFileSync(`${dir}/${lang}/messages.json`, 'utf8'));
    for (let minutes = 1; minutes <= 30; minutes++)
      expect(
        text.message.replace('$1', String(minutes)).length,
        `${lang} ${minutes}`,
      ).toBeLessThanOrEqual(4);
    expect(Settings.safeParse({ ttlMinutes: 31 }).success).toBe(false);
  });
});
