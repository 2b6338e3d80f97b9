import { describe, expect, it } from 'vitest';
import { mask, maskSecret } from '../../lib/key/refusal';
import { checkSecret } from '../../lib/key/schema';
import { maskFields } from '../../lib/key/shape';
import { recipeById } from '../../lib/recipes';
import { english } from './router-deps';

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
      expect(english(result.reason)).toMatch(reason);
      if (key.length > 6) expect(english(result.reason)).not.toContain(key.trim());
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
  const dotdigital = recipeById('dotdigital')!;
  const [apiUser, password] = dotdigital.capture.fields;
  const [klaviyoKey] = klaviyo.capture.fields;
  const [omnisendKey] = recipeById('omnisend')!.capture.fields;
  const omnisend = `${'Ab3'.repeat(12)}-${'Cd4'.repeat(11)}wXyZ`;

  it('shows a key as its known prefix and at most its last 4 characters', () => {
    expect(mask(klaviyoKey, good)).toBe(`pk_…${good.slice(-4)}`);
    expect(mask(omnisendKey, omnisend)).toBe('…wXyZ');
    expect(mask({}, `${'a'.repeat(20)}a1b2`)).toBe('…a1b2');
  });

  it('shows nothing of a password, whatever its length', () => {
    for (const value of ['Zx8!q2Lm7#pR4vT9wK1$', 'short1!', 'x'.repeat(128)])
      expect(mask(password, value)).toBe('••••••••');
  });

  it("shows the API user's fixed parts and the last 4 of the rest: an identifier", () => {
    expect(mask(apiUser, 'apiuser-0123456789ab@apiconnector.com')).toBe(
      'apiuser-…89ab@apiconnector.com',
    );
  });

  it('shows no tail of a short value, and a prefix only where the value has it', () => {
    expect(mask(klaviyoKey, 'pk_0123456789a')).toBe('pk_••••••••');
    expect(mask({}, 'elevenchars')).toBe('••••••••');
    expect(mask({}, 'twelve-chars')).toBe('…hars');
    expect(mask(klaviyoKey, `sk_${'a'.repeat(30)}wxyz`)).toBe('…wxyz');
    expect(mask(apiUser, 'apiuser-ab@apiconnector.com')).toBe('apiuser-••••••••@apiconnector.com');
  });

  it('shows nothing of a value whose field is not known', () => {
    expect(mask(undefined, good)).toBe('••••••••');
    expect(maskFields(klaviyo.capture.fields, { other: good })).toEqual({ other: '••••••••' });
    expect(maskSecret('nope', { apiKey: good })).toEqual({ apiKey: '••••••••' });
  });

  it('never shows more than 4 characters of any secret of any recipe', () => {
    const secret = {
      apiUser: 'apiuser-0123456789ab@apiconnector.com',
      password: 'Zx8!q2Lm7#pR4vT9wK1$',
    };
    const masked = maskSecret('dotdigital', secret);
    expect(masked).toEqual({ apiUser: 'apiuser-…89ab@apiconnector.com', password: '••••••••' });
    expect(maskSecret('klaviyo', { apiKey: good })).toEqual({ apiKey: `pk_…${good.slice(-4)}` });
    for (const v of Object.values(masked)) expect(v).not.toMatch(/[Zx8!q2Lm7#pR4vT9wK1$]{5}/);
  });

  it('is refused as a key wherever it is pasted back', () => {
    expect(check(mask(klaviyoKey, good)).ok).toBe(false);
  });
});
