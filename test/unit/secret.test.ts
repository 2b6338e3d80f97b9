import { describe, expect, it } from 'vitest';
import { recipeById } from '../../lib/recipes';
import { mask } from '../../lib/secret';
import { checkSecret } from '../../lib/secret-schema';

const klaviyo = recipeById('klaviyo')!;
const check = (apiKey: string) => checkSecret(klaviyo, { apiKey });
const good = `pk_${'aBcDeFgHiJkLmNoPqRsTuVwXyZ01234567'}`; // 34 after pk_

describe('Klaviyo private key', () => {
  it.each([
    ['34 alphanumerics', good],
    ['34 digits', `pk_${'7'.repeat(34)}`],
  ])('accepts %s', (_what, key) => {
    expect(check(key)).toEqual({ ok: true, value: { apiKey: key } });
  });

  it('trims surrounding whitespace', () => {
    expect(check(`  ${good}\n`)).toEqual({ ok: true, value: { apiKey: good } });
  });

  it.each([
    ['empty', '', /empty/],
    ['public key / site id', 'AbC123', /public API key/],
    ['masked', 'pk_****************************abcd', /masked/],
    ['bullets', `pk_••••${good.slice(-4)}`, /masked/],
    ['spaces inside', `pk_aBcDeFgHiJkL mNoPqRsTuVwXyZ01234567`, /spaces inside/],
    ['Stripe publishable', `pk_live_${'a'.repeat(24)}`, /Stripe/],
    ['Stripe test', `pk_test_${'a'.repeat(24)}`, /Stripe/],
    ['truncated', good.slice(0, 20), /cut short/],
    ['over-long', `pk_${'a'.repeat(41)}`, /too long/],
    ['33 alphanumerics', `pk_${'a'.repeat(33)}`, /cut short/],
    ['35 alphanumerics', `pk_${'a'.repeat(35)}`, /too long/],
    ['an underscore inside', `pk_${'a'.repeat(16)}_${'a'.repeat(17)}`, /does not look like/],
    ['zero-width', `pk_${'a'.repeat(17)}\u200B${'a'.repeat(17)}`, /invisible/],
    ['HTML-escaped', `pk_${'a'.repeat(30)}&amp;`, /HTML/],
    ['wrong prefix', `sk_${'a'.repeat(34)}`, /does not look like/],
  ])('refuses %s with a clear reason that does not quote it', (_what, key, reason) => {
    const result = check(key);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toMatch(reason);
      if (key.length > 6) expect(result.reason).not.toContain(key.trim());
    }
  });

  it('checks a whole secret and refuses extra or missing fields', () => {
    expect(checkSecret(klaviyo, { apiKey: good })).toEqual({ ok: true, value: { apiKey: good } });
    expect(checkSecret(klaviyo, {}).ok).toBe(false);
    expect(checkSecret(klaviyo, { apiKey: good, other: 'x' }).ok).toBe(false);
    expect(checkSecret(klaviyo, 'pk_x').ok).toBe(false);
  });
});

describe('mask', () => {
  it('shows at most the first 3 and last 4 characters', () => {
    expect(mask(good)).toBe(`pk_••••${good.slice(-4)}`);
    expect(mask('short-secret')).toBe('••••••••');
  });
});
