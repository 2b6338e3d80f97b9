import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/background/settings';
import type { Overview } from '../../lib/protocol/messages';
import { recipes } from '../../lib/recipes';
import { providerFields, providerInUse } from '../../lib/ui/provider-settings';

const empty: Overview = [{ provider: 'optimove', status: { state: 'empty' } }];

describe('providerInUse (the options page shows a provider’s own settings)', () => {
  it('is false for a provider never started, with its settings at their defaults', () => {
    expect(providerInUse('optimove', empty, DEFAULT_SETTINGS)).toBe(false);
    expect(providerInUse('optimove', undefined, DEFAULT_SETTINGS)).toBe(false);
    // Another provider's guide does not count.
    const klaviyo: Overview = [
      ...empty,
      { provider: 'klaviyo', status: { state: 'empty' }, progress: { index: 0, count: 4 } },
    ];
    expect(providerInUse('optimove', klaviyo, DEFAULT_SETTINGS)).toBe(false);
  });

  it('is true once its guide started this session, or its key was held', () => {
    const started: Overview = [
      { provider: 'optimove', status: { state: 'empty' }, progress: { index: 1, count: 5 } },
    ];
    expect(providerInUse('optimove', started, DEFAULT_SETTINGS)).toBe(true);
    const filled: Overview = [{ provider: 'optimove', status: { state: 'filled', at: 1 } }];
    expect(providerInUse('optimove', filled, DEFAULT_SETTINGS)).toBe(true);
  });

  it('is true when one of its settings was already changed', () => {
    expect(providerInUse('optimove', empty, { ...DEFAULT_SETTINGS, contactEmail: 'a@b.co' })).toBe(
      true,
    );
    expect(
      providerInUse('optimove', empty, {
        ...DEFAULT_SETTINGS,
        options: { optimove: { accessType: 'Integrations' } },
      }),
    ).toBe(true);
    // Its option chosen at its default is no change.
    expect(
      providerInUse('optimove', empty, {
        ...DEFAULT_SETTINGS,
        options: { optimove: { accessType: 'Admin' } },
      }),
    ).toBe(false);
    // A general setting is not Optimove's.
    expect(providerInUse('optimove', empty, { ...DEFAULT_SETTINGS, keyName: 'Shop' })).toBe(false);
  });
});

describe('providerFields (a general setting a recipe fills in is that provider’s own)', () => {
  it('is read from the recipes: Optimove fills in the contact email, no other recipe does', () => {
    const using = recipes.filter((r) => providerFields(r.id).includes('contactEmail'));
    expect(using.map((r) => r.id)).toEqual(['optimove']);
    expect(providerFields('unknown')).toEqual([]);
  });
});
