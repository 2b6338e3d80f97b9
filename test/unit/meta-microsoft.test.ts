// @vitest-environment happy-dom
// Meta and Microsoft Advertising (providers added after the first release): the tokens' shapes
// and refusals, the ids read from the page (Meta's pixel from the URL or the page's text,
// Microsoft's UET Tag ID from its text), Meta's read-only key check, and the optional hosts.
import { afterEach, describe, expect, it } from 'vitest';
import { readIds } from '../../lib/engine/read-ids';
import { checkRequest, verdict } from '../../lib/key/check';
import { maskSecret } from '../../lib/key/refusal';
import { checkSecret } from '../../lib/key/schema';
import { render, substitute } from '../../lib/protocol/said';
import { recipeById } from '../../lib/recipes';
import { optionalOrigins } from '../../lib/recipes/optional';
import en from '../../public/_locales/en/messages.json';
import { VALID } from '../bad-inputs';
import { fakeLayout } from './layout';

fakeLayout();

const meta = recipeById('meta')!;
const microsoft = recipeById('microsoft')!;
const token = VALID.meta.token as string;
const pixelId = VALID.meta.pixelId as string;
const msToken = VALID.microsoft.token as string;
const tagId = VALID.microsoft.tagId as string;
const words = (said: Parameters<typeof render>[0]) =>
  render(said, (key, args) =>
    substitute((en as Record<string, { message: string }>)[key]!.message, args),
  );

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Meta', () => {
  it('takes a token of EAA and about 190 letters and digits, with the pixel id', () => {
    expect(token.length).toBeGreaterThan(150);
    expect(checkSecret(meta, { token: ` ${token}\n`, pixelId })).toEqual({
      ok: true,
      value: { token, pixelId },
    });
    // The panel shows the prefix and the last 4 of the token, the pixel id in full.
    expect(maskSecret('meta', { token, pixelId })).toEqual({
      token: `EAA…${token.slice(-4)}`,
      pixelId,
    });
    // Without the pixel id (the page did not show it: recipe `missing`) the token is kept
    // alone; a pixel id that is not digits is refused.
    expect(checkSecret(meta, { token })).toEqual({ ok: true, value: { token } });
    expect(checkSecret(meta, { token, pixelId: 'px-1' }).ok).toBe(false);
  });

  it.each([
    ['the Pixel ID', pixelId, /Meta Pixel ID/],
    ['an app secret', 'a1b2c3d4e5f60718293a4b5c6d7e8f90', /app secret/],
    ['an app secret in capitals', 'A1B2C3D4E5F60718293A4B5C6D7E8F90', /app secret/],
    ['an app access token', '1234567890123|AbCdEfGhIjKlMnOpQrStUv', /app access token/],
    ['a masked token', `EAA${'*'.repeat(30)}${token.slice(-4)}`, /masked/],
    ['a token cut short', token.slice(0, 50), /cut short/],
    ['a token with a space inside', `${token.slice(0, 80)} ${token.slice(80)}`, /spaces inside/],
    ['another prefix', `EAB${token.slice(3)}`, /does not look like one/],
    ['a token with a "-"', `${token.slice(0, 80)}-${token.slice(80)}`, /does not look like one/],
    ['a Pinterest token', `pina_${'AbC9-x_Y'.repeat(11)}z`, /Pinterest credential/],
  ])('refuses %s as the token, saying why', (_, value, reason) => {
    const checked = checkSecret(meta, { token: value, pixelId });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const said = words(checked.reason);
    expect(said).toMatch(reason);
    expect(said).not.toContain(value.trim());
  });

  it("an EAA token is refused on another provider's looser field as Meta's", () => {
    const checked = checkSecret(recipeById('tiktok')!, { token });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(words(checked.reason)).toMatch(/Meta credential/);
  });

  it('reads the pixel id from the path of a pixel or dataset page, else from its text', () => {
    const at = (path: string) => readIds(meta, `https://business.facebook.com${path}`);
    expect(at(`/events_manager2/list/pixel/${pixelId}/settings?business_id=1`)).toEqual({
      pixelId,
    });
    expect(at(`/events_manager2/list/dataset/${pixelId}`)).toEqual({ pixelId });
    // Not in the path: the page's text, next to its label.
    document.body.innerHTML = `<main><h1>Acme pixel</h1><p>Pixel ID: <span>${pixelId}</span></p></main>`;
    expect(at('/events_manager2/overview')).toEqual({ pixelId });
    // Neither: nothing (the background then refuses the capture as incomplete).
    document.body.innerHTML = '<main><p>Data sources</p></main>';
    expect(at('/events_manager2/overview')).toEqual({});
  });

  it('checks by reading the pixel: GET on the Graph API, the token in the header only', () => {
    const request = checkRequest(meta, { token, pixelId }, undefined);
    expect(request).toEqual({
      url: `https://graph.facebook.com/v27.0/${pixelId}?fields=id,name`,
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(request?.url.includes(token)).toBe(false);
    expect(meta.check?.hosts).toEqual(['graph.facebook.com']);
    // An id that would leave the API's path is encoded, never a new host.
    const odd = checkRequest(meta, { token, pixelId: '1/../me?x#' }, undefined);
    expect(new URL(odd?.url ?? '').host).toBe('graph.facebook.com');
    expect(odd?.url).toContain('1%2F..%2Fme%3Fx%23');
    // The pixel id not read from the page: no check at all (it names the pixel), rather than
    // a request for an empty id.
    expect(checkRequest(meta, { token }, undefined)).toBeUndefined();
    expect(checkRequest(meta, { token, pixelId: '' }, undefined)).toBeUndefined();
    // How the answers read (the same for every provider).
    expect([200, 401, 403, 400].map((s) => verdict(s).verdict)).toEqual([
      'valid',
      'invalid',
      'forbidden',
      'unknown',
    ]);
  });

  it('asks for Events Manager and the Graph API host only, when started', () => {
    expect(meta.optional).toBe(true);
    expect(optionalOrigins(meta)).toEqual([
      'https://business.facebook.com/*',
      'https://graph.facebook.com/*',
    ]);
  });

  it('points at the enable box on the Upstack form, and types nothing there', () => {
    expect(meta.upstack.enable?.field.name).toContain(
      'Check to enable sending events via Facebook Conversions API',
    );
    expect(meta.upstack.typed).toBeUndefined();
  });
});

describe('Microsoft Advertising', () => {
  it('takes a loose token with the UET Tag ID, masking the token alone', () => {
    expect(checkSecret(microsoft, { token: `\t${msToken} `, tagId })).toEqual({
      ok: true,
      value: { token: msToken, tagId },
    });
    expect(maskSecret('microsoft', { token: msToken, tagId })).toEqual({
      token: `…${msToken.slice(-4)}`,
      tagId,
    });
    // The tag id not shown on the page (recipe `missing`): the token is kept without it; a tag
    // id that is not one is still refused.
    expect(checkSecret(microsoft, { token: msToken })).toEqual({
      ok: true,
      value: { token: msToken },
    });
    expect(checkSecret(microsoft, { token: msToken, tagId: 'tag' }).ok).toBe(false);
  });

  it.each([
    ['the UET Tag ID', tagId, /UET Tag ID/],
    ['a masked token', `${'•'.repeat(20)}${msToken.slice(-4)}`, /masked/],
    ['a token cut short', msToken.slice(0, 10), /cut short/],
    [
      'a token with a space inside',
      `${msToken.slice(0, 30)} ${msToken.slice(30)}`,
      /spaces inside/,
    ],
    ['a Meta token', token, /Meta credential/],
  ])('refuses %s as the token, saying why', (_, value, reason) => {
    const checked = checkSecret(microsoft, { token: value, tagId });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const said = words(checked.reason);
    expect(said).toMatch(reason);
    expect(said).not.toContain(value.trim());
  });

  it('reads the UET Tag ID from the open dialog first, else the page, never the URL', () => {
    const href = 'https://ui.ads.microsoft.com/campaign/vnext/uettag?aid=1&tagId=99999';
    document.body.innerHTML = `<main><table><tr><td>Other tag</td><td>Tag ID 5550001</td></tr></table></main>
      <div role="dialog"><h2>Use Conversions API</h2><p>UET tag ID: ${tagId}</p></div>`;
    expect(readIds(microsoft, href)).toEqual({ tagId });
    document.body.innerHTML = `<main><h1>UET tag</h1><dl><dt>Tag ID</dt> <dd>${tagId}</dd></dl></main>`;
    expect(readIds(microsoft, href)).toEqual({ tagId });
    document.body.innerHTML = '<main><h1>UET tag</h1></main>';
    expect(readIds(microsoft, href)).toEqual({});
  });

  it('has no key check, and asks for its dashboard alone', () => {
    expect(microsoft.check).toBeUndefined();
    expect(checkRequest(microsoft, { token: msToken, tagId }, undefined)).toBeUndefined();
    expect(optionalOrigins(microsoft)).toEqual(['https://ui.ads.microsoft.com/*']);
  });
});
