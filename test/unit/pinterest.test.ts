// Pinterest (a provider added after the first release): the token's shape and refusals, the ad
// account id read from the page's URL, the test-only key check, and the optional hosts.
import { describe, expect, it } from 'vitest';
import { checkRequest } from '../../lib/key/check';
import { maskSecret } from '../../lib/key/refusal';
import { checkSecret } from '../../lib/key/schema';
import { render, substitute } from '../../lib/protocol/said';
import { recipeById } from '../../lib/recipes';
import { optionalOrigins, urlFields } from '../../lib/recipes/optional';
import en from '../../public/_locales/en/messages.json';

const pinterest = recipeById('pinterest')!;
const token = `pina_${'AbC9-x_Y'.repeat(11)}z`;
const account = '549755885175';
const words = (said: Parameters<typeof render>[0]) =>
  render(said, (key, args) =>
    substitute((en as Record<string, { message: string }>)[key]!.message, args),
  );

describe('Pinterest', () => {
  it('reads the ad account id from the path, whatever page of the account', () => {
    expect(
      urlFields(pinterest, `https://ads.pinterest.com/advertiser/${account}/conversions/?tab=api`),
    ).toEqual({ adAccountId: account });
    expect(urlFields(pinterest, `https://ads.pinterest.com/advertiser/${account}`)).toEqual({
      adAccountId: account,
    });
    // Not an ad account page, or an id in the query only: nothing.
    expect(urlFields(pinterest, 'https://ads.pinterest.com/')).toBeUndefined();
    expect(
      urlFields(pinterest, `https://ads.pinterest.com/x?advertiser=${account}`),
    ).toBeUndefined();
    expect(urlFields(recipeById('klaviyo')!, 'https://www.klaviyo.com/x')).toEqual({});
  });

  it('keeps the token with the ad account id, and masks the token alone', () => {
    const checked = checkSecret(pinterest, { token: `  ${token}\n`, adAccountId: account });
    expect(checked).toEqual({ ok: true, value: { token, adAccountId: account } });
    expect(maskSecret('pinterest', { token, adAccountId: account })).toEqual({
      token: `pina_…${token.slice(-4)}`,
      adAccountId: account,
    });
    // Without the id (a token taken off an account page), nothing is kept.
    expect(checkSecret(pinterest, { token }).ok).toBe(false);
  });

  it.each([
    ['a Pinterest Tag id', '2612345678901', /Pinterest Tag ID/],
    ['the ad account id', account, /Pinterest Tag ID or an ad account ID/],
    ['a masked token', `pina_${'•'.repeat(20)}${token.slice(-4)}`, /masked/],
    ['a token shortened with an ellipsis', `${token.slice(0, 20)}…`, /masked/],
    ['a token with a space inside', `${token.slice(0, 30)} ${token.slice(30)}`, /spaces inside/],
    [
      'a token with a line break inside',
      `${token.slice(0, 30)}\n${token.slice(30)}`,
      /spaces inside/,
    ],
    ['a token cut short', token.slice(0, 20), /cut short/],
    ['another prefix', `pinb_${token.slice(5)}`, /does not look like one/],
    ['a Klaviyo key', `pk_${'aB3'.repeat(11)}x`, /Klaviyo credential/],
  ])('refuses %s as the token, saying why', (_, value, reason) => {
    const checked = checkSecret(pinterest, { token: value, adAccountId: account });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const said = words(checked.reason);
    expect(said).toMatch(reason);
    expect(said).not.toContain(value.trim());
  });

  it('refuses an ad account id that is not one', () => {
    expect(checkSecret(pinterest, { token, adAccountId: 'abc' }).ok).toBe(false);
  });

  it("a Pinterest token is refused on other providers as Pinterest's", () => {
    const omnisend = recipeById('omnisend')!;
    const checked = checkSecret(omnisend, { apiKey: token });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(words(checked.reason)).toMatch(/Pinterest credential/);
  });

  it('checks with a test event: POST, the token in the header, the account in the URL', () => {
    const request = checkRequest(pinterest, { token, adAccountId: account }, undefined);
    expect(request).toMatchObject({
      url: `https://api.pinterest.com/v5/ad_accounts/${account}/events?test=true`,
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    });
    expect(request?.url).not.toContain(token);
    expect(request?.url).toContain('test=true');
    const body = JSON.parse(request?.body ?? '');
    expect(body.data[0].event_time).toBeGreaterThan(Date.now() / 1000 - 60);
    expect(request?.body).not.toContain(token);
    // An id that would leave the API's path is encoded, never a new host.
    const odd = checkRequest(pinterest, { token, adAccountId: '1/../x?y#' }, undefined);
    expect(new URL(odd?.url ?? '').host).toBe('api.pinterest.com');
    expect(odd?.url).toContain('1%2F..%2Fx%3Fy%23');
  });

  it('asks for its dashboard and its check host only, when started', () => {
    expect(pinterest.optional).toBe(true);
    expect(optionalOrigins(pinterest)).toEqual([
      'https://ads.pinterest.com/*',
      'https://api.pinterest.com/*',
    ]);
    // The first four keep their hosts in the manifest.
    expect(
      ['klaviyo', 'omnisend', 'optimove', 'dotdigital'].map((id) => recipeById(id)?.optional),
    ).toEqual([undefined, undefined, undefined, undefined]);
  });
});
