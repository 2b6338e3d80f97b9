// @vitest-environment happy-dom
// Snapchat (a provider added after the first release): the recipe parses, its loose token shape
// takes the sandbox's token and refuses a pixel id (a UUID), a masked token and whitespace, its
// one optional host is its dashboard (no key check), its pages are told by tolerant globs, and
// its Upstack form has a box to tick (the general `upstack.enable`). The pixel id is read from the
// page where it is shown (recipe `fromPage`), and the token kept without it where it is not
// (recipe `missing`).
import { describe, expect, it } from 'vitest';
import { readIds } from '../../lib/engine/read-ids';
import { keyPath, pathIn } from '../../lib/engine/route';
import { maskSecret } from '../../lib/key/refusal';
import { checkSecret } from '../../lib/key/schema';
import { render, substitute } from '../../lib/protocol/said';
import { recipeById } from '../../lib/recipes';
import { optionalOrigins } from '../../lib/recipes/optional';
import { Recipe } from '../../lib/recipes/schema';
import en from '../../public/_locales/en/messages.json';
import { SNAP_ORG, SNAP_PIXEL } from '../sandbox/libs/angular/src/app/snapchat/account';

const snapchat = recipeById('snapchat')!;
const PIXEL = SNAP_PIXEL;
const ORG = SNAP_ORG;
// Of the sandbox's make (libs/angular/src/app/snapchat/state.ts): three dot-separated runs.
const token = `${'aB3x'.repeat(9)}.${'Zq9k'.repeat(37)}zq.${'k7Mx'.repeat(10)}abc`;
const words = (said: Parameters<typeof render>[0]) =>
  render(said, (key, args) =>
    substitute((en as Record<string, { message: string }>)[key]!.message, args),
  );

describe('Snapchat', () => {
  it('parses as a recipe, optional, on its dashboard alone', () => {
    expect(() => Recipe.parse(snapchat)).not.toThrow();
    expect(snapchat.optional).toBe(true);
    expect(snapchat.matches).toEqual(['https://business.snapchat.com/*']);
    // No key check: the validate endpoint takes the token in its URL. The only host asked for
    // at Start is the dashboard.
    expect(snapchat.check).toBeUndefined();
    expect(optionalOrigins(snapchat)).toEqual(['https://business.snapchat.com/*']);
  });

  it('keeps the token with the pixel id read from the page, masking the token alone', () => {
    expect(checkSecret(snapchat, { token: `\n ${token}\t`, pixelId: PIXEL })).toEqual({
      ok: true,
      value: { token, pixelId: PIXEL },
    });
    expect(maskSecret('snapchat', { token, pixelId: PIXEL })).toEqual({
      token: `…${token.slice(-4)}`,
      pixelId: PIXEL,
    });
    expect(snapchat.capture.fields[0]?.upstackLabels).toContain('Snapchat Conversion API Token');
    expect(snapchat.capture.fields[1]?.upstackLabels).toContain('Snapchat Pixel ID');
    // Typed by nobody any more: the merchant types it only where the page did not show it.
    expect(snapchat.upstack.typed).toBeUndefined();
  });

  it('declares the pixel id as one the page may not show, with where to find it', () => {
    const pixel = snapchat.capture.fields[1]!;
    expect(pixel.missing).toEqual({
      where: 'upstack_snapchat_pixelId_where',
      link: 'https://ads.snapchat.com/',
    });
    // The schema wants a message key and an address.
    const withMissing = (missing: unknown) => ({
      ...snapchat,
      capture: { ...snapchat.capture, fields: [snapchat.capture.fields[0], { ...pixel, missing }] },
    });
    expect(() =>
      Recipe.parse(withMissing({ where: 'A sentence.', link: pixel.missing?.link })),
    ).toThrow();
    expect(() =>
      Recipe.parse(withMissing({ where: pixel.missing?.where, link: 'ads manager' })),
    ).toThrow();
    expect(() => Recipe.parse(withMissing(pixel.missing))).not.toThrow();
  });

  it('keeps the token alone where the page shows no pixel id; a wrong one is refused', () => {
    expect(checkSecret(snapchat, { token })).toEqual({ ok: true, value: { token } });
    expect(checkSecret(snapchat, { token, pixelId: 'pixel' }).ok).toBe(false);
    expect(checkSecret(snapchat, { token, pixelId: token }).ok).toBe(false);
    expect(checkSecret(snapchat, { token, other: PIXEL }).ok).toBe(false);
  });

  it('reads the pixel id where the page shows it next to its label, in several wordings', () => {
    const read = (html: string) => {
      document.body.innerHTML = html;
      return readIds(snapchat, `https://business.snapchat.com/${ORG}/settings/business-details`);
    };
    expect(read(`<main><p>Pixel ID: ${PIXEL}</p></main>`)).toEqual({ pixelId: PIXEL });
    expect(read(`<main><dl><dt>Snap Pixel ID</dt><dd>${PIXEL}</dd></dl></main>`)).toEqual({
      pixelId: PIXEL,
    });
    expect(read(`<main><span>Snapchat pixel id</span> <code>${PIXEL}</code></main>`)).toEqual({
      pixelId: PIXEL,
    });
    // The organisation's id (a UUID too) in the page, with no pixel label: not taken.
    expect(read(`<main><p>Organization ID: ${ORG}</p></main>`)).toEqual({});
    expect(read(`<main><p>Pixel ID: ${PIXEL}0</p></main>`)).toEqual({});
    expect(read('<main><p>No pixel yet.</p></main>')).toEqual({});
  });

  it('has Upstack’s documented box to tick, by its role and label', () => {
    expect(snapchat.upstack.enable?.field.role).toContain('checkbox');
    expect(snapchat.upstack.enable?.field.name).toContain(
      'Check to enable sending events via Snapchat Conversions API',
    );
  });

  it.each([
    ['the pixel id (a UUID)', SNAP_PIXEL, /Snapchat Pixel ID/],
    ['the pixel id in capitals', SNAP_PIXEL.toUpperCase(), /Snapchat Pixel ID/],
    ['a masked token', `${'•'.repeat(100)}${token.slice(-4)}`, /masked/],
    ['a token shortened with an ellipsis', `${token.slice(0, 20)}…`, /masked/],
    ['a token with a space inside', `${token.slice(0, 60)} ${token.slice(60)}`, /spaces inside/],
    ['a token with a tab inside', `${token.slice(0, 60)}\t${token.slice(60)}`, /spaces inside/],
    ['whitespace only', ' \n\t ', /is empty/],
    ['a token cut short', token.slice(0, 60), /cut short/],
    ['a Klaviyo key', `pk_${'aB3'.repeat(11)}x`, /Klaviyo credential/],
  ])('refuses %s as the token, saying why', (_, value, reason) => {
    const checked = checkSecret(snapchat, { token: value });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const said = words(checked.reason);
    expect(said).toMatch(reason);
    if (value.trim().length >= 4) expect(said).not.toContain(value.trim());
  });

  it('guesses no alphabet: any printable run without spaces in the bounds is taken', () => {
    for (const odd of ['a'.repeat(100), '~!#$%^'.repeat(20), 'eyJ0.eyJ1.c2ln'.repeat(8)])
      expect(checkSecret(snapchat, { token: odd }).ok).toBe(true);
    expect(checkSecret(snapchat, { token: 'a'.repeat(99) }).ok).toBe(false);
    expect(checkSecret(snapchat, { token: 'a'.repeat(513) }).ok).toBe(false);
  });

  it("tells Business Details by path, whatever the organisation's id before it", () => {
    for (const path of [
      `/${SNAP_ORG}/settings/business-details`,
      '/settings/business-details',
      `/${SNAP_ORG}/business-details/conversions-api-tokens`,
    ])
      expect(keyPath(snapchat, `https://business.snapchat.com${path}`), path).toBe(true);
    for (const path of ['/', `/${SNAP_ORG}`, `/${SNAP_ORG}/settings/members`])
      expect(keyPath(snapchat, `https://business.snapchat.com${path}`), path).toBe(false);
    expect(
      pathIn(
        snapchat.capture.when.path,
        `https://business.snapchat.com/${SNAP_ORG}/settings/ad-accounts`,
      ),
    ).toBe(false);
  });

  it('is not distinctive: a token of its loose shape is not refused on other providers as Snapchat', () => {
    expect(snapchat.capture.fields[0]?.distinctive).toBe(false);
    const optimove = recipeById('optimove')!;
    expect(checkSecret(optimove, { apiKey: 'Ab3-_x'.repeat(8) }).ok).toBe(true);
  });
});
