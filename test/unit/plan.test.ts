import { describe, expect, it } from 'vitest';
import { plan } from '../../lib/plan';
import { recipeById } from '../../lib/recipes';

const klaviyo = recipeById('klaviyo')!;
const nothing = () => false;
const stepId = (href: string, isPresent: (a: unknown) => boolean = nothing) =>
  plan(klaviyo, href, isPresent, { keyName: 'UpstackData' }).step.id;

describe('Klaviyo steps from the page', () => {
  it.each([
    ['https://www.klaviyo.com/login', 'sign-in'],
    ['https://www.klaviyo.com/dashboard', 'settings'],
    ['https://www.klaviyo.com/settings/account', 'api-keys-tab'],
    ['https://www.klaviyo.com/settings/account/api-keys', 'create'],
    ['https://www.klaviyo.com/account#api-keys-tab', 'create'],
    ['https://www.klaviyo.com/create-private-api-key', 'name-and-create'],
    ['https://www.klaviyo.com/create-private-api-key?scopes=a:read', 'name-and-create'],
  ])('%s → %s', (href, id) => {
    expect(stepId(href)).toBe(id);
  });

  it('moves to the copy step when the key is shown', () => {
    expect(stepId('https://www.klaviyo.com/create-private-api-key', () => true)).toBe('copy');
  });

  it('resolves the key name into the prefill and watches for the key only where it shows', () => {
    const p = plan(klaviyo, 'https://www.klaviyo.com/create-private-api-key', nothing, {
      keyName: 'Shop',
    });
    expect(p.prefill[0]).toMatchObject({ kind: 'text', value: 'Shop' });
    expect(p.keyPage).toBe(true);
    expect(plan(klaviyo, 'https://www.klaviyo.com/dashboard', nothing, {}).keyPage).toBe(false);
  });
});
