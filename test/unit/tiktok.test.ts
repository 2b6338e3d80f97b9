// @vitest-environment happy-dom
// TikTok (a provider added after the first release): the recipe parses, its loose token pattern
// takes the sandbox's token and refuses the pixel id, masked and spaced values, saying why; its
// pages are told by path and heading; its hosts are narrow and optional, with no key check.
import { describe, expect, it } from 'vitest';
import { currentStep } from '../../lib/engine/plan';
import { readIds } from '../../lib/engine/read-ids';
import { keyPath } from '../../lib/engine/route';
import { checkRequest } from '../../lib/key/check';
import { maskSecret } from '../../lib/key/refusal';
import { checkSecret } from '../../lib/key/schema';
import { render, substitute } from '../../lib/protocol/said';
import { recipeById, recipes } from '../../lib/recipes';
import { optionalOrigins } from '../../lib/recipes/optional';
import { Recipe } from '../../lib/recipes/schema';
import en from '../../public/_locales/en/messages.json';
import { PIXEL_ID } from '../sandbox/libs/element/tiktok-pixel';

const tiktok = recipeById('tiktok')!;
const token = '3f9a1c7e5b2d8046af31c9e7b5d20f84a6c1e93b';
const words = (said: Parameters<typeof render>[0]) =>
  render(said, (key, args) =>
    substitute((en as Record<string, { message: string }>)[key]!.message, args),
  );
const PIXEL = `https://ads.tiktok.com/i18n/events_manager/datasource/pixel/detail/${PIXEL_ID}`;

describe('TikTok', () => {
  it('is valid recipe data, listed after the first release providers', () => {
    expect(() => Recipe.parse(tiktok)).not.toThrow();
    expect(recipes.indexOf(tiktok)).toBeGreaterThan(
      recipes.findIndex((r) => r.id === 'dotdigital'),
    );
  });

  it('accepts the token the sandbox makes (trimmed) with its pixel id, and shows only its end', () => {
    expect(checkSecret(tiktok, { token: ` ${token}\n`, pixelId: PIXEL_ID })).toEqual({
      ok: true,
      value: { token, pixelId: PIXEL_ID },
    });
    // No guessed alphabet: another printable shape of the same length is a token too.
    expect(checkSecret(tiktok, { token: 'Ab3-_x.Zq9~'.repeat(4), pixelId: PIXEL_ID }).ok).toBe(
      true,
    );
    // The pixel id is no secret: shown in full.
    expect(maskSecret('tiktok', { token, pixelId: PIXEL_ID })).toEqual({
      token: `…${token.slice(-4)}`,
      pixelId: PIXEL_ID,
    });
  });

  it.each([
    ['the pixel id', PIXEL_ID, /pixel ID/],
    ['a masked token', `${'•'.repeat(16)}${token.slice(-4)}`, /masked/],
    ['a token masked with asterisks', `${token.slice(0, 6)}${'*'.repeat(20)}`, /masked/],
    ['a token shortened with an ellipsis', `${token.slice(0, 12)}…`, /masked/],
    ['a token with a space inside', `${token.slice(0, 20)} ${token.slice(20)}`, /spaces inside/],
    ['a token with a tab inside', `${token.slice(0, 20)}\t${token.slice(20)}`, /spaces inside/],
    ['a token cut short', token.slice(0, 12), /cut short/],
    ['whitespace only', ' \n\t', /access token is empty/],
    ['a Klaviyo key', `pk_${'aB3'.repeat(11)}x`, /Klaviyo credential/],
  ])('refuses %s as the token, saying why without quoting it', (_, value, reason) => {
    const checked = checkSecret(tiktok, { token: value, pixelId: PIXEL_ID });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const said = words(checked.reason);
    expect(said).toMatch(reason);
    if (value.trim().length >= 4) expect(said).not.toContain(value.trim());
  });

  it('the pixel id refusal is for that shape only: lower case or another length is judged as a token', () => {
    const pixelId = PIXEL_ID;
    expect(checkSecret(tiktok, { token: PIXEL_ID.toLowerCase(), pixelId }).ok).toBe(true);
    expect(checkSecret(tiktok, { token: `${PIXEL_ID}A`, pixelId }).ok).toBe(true);
  });

  it('is not distinctive: its loose shape refuses nothing on other providers', () => {
    const field = tiktok.capture.fields[0];
    expect(field?.distinctive).toBe(false);
    const optimove = recipeById('optimove')!;
    expect(checkSecret(optimove, { apiKey: token }).ok).toBe(true);
  });

  it("tells the pixel's page by either path seen, and by the Events API heading", () => {
    for (const href of [
      PIXEL,
      `${PIXEL}?org_id=123&tab=settings`,
      'https://ads.tiktok.com/i18n/events_manager/pixel/detail?pixel_code=C4K7QJ2M9PB3XR5T8WDA',
    ])
      expect(keyPath(tiktok, href), href).toBe(true);
    for (const href of [
      'https://ads.tiktok.com/i18n/events_manager/',
      'https://ads.tiktok.com/i18n/manage/campaign',
      'https://ads.tiktok.com/i18n/dashboard',
    ])
      expect(keyPath(tiktok, href), href).toBe(false);
    expect(tiktok.keyPages.heading).toContain('Events API');
  });

  it('walks the steps: data sources, the Settings tab, the generate button, the dialog', () => {
    const step = (href: string, present: string[] = []) =>
      tiktok.steps[
        currentStep(tiktok, href, (anchor) =>
          (anchor.name ?? []).some((name) => present.includes(name)),
        )
      ]?.id;
    expect(step('https://ads.tiktok.com/i18n/events_manager/')).toBe('pixel');
    expect(step('https://ads.tiktok.com/i18n/login?redirect=x')).toBe('sign-in');
    expect(step(PIXEL)).toBe('settings');
    expect(step(PIXEL, ['Generate access token'])).toBe('generate');
    expect(step(PIXEL, ['Generate access token', 'Access token'])).toBe('copy');
  });

  it('asks for its dashboard alone when started: no key check, so no API host', () => {
    expect(tiktok.optional).toBe(true);
    expect(tiktok.matches).toEqual(['https://ads.tiktok.com/*']);
    expect(optionalOrigins(tiktok)).toEqual(['https://ads.tiktok.com/*']);
    expect(tiktok.check).toBeUndefined();
    expect(checkRequest(tiktok, { token }, undefined)).toBeUndefined();
  });

  it('reads the pixel id from the path of its page, else from what the page shows', () => {
    const at = (href: string) => readIds(tiktok, href);
    document.body.innerHTML = '<main><p>Data sources</p></main>';
    expect(at(PIXEL)).toEqual({ pixelId: PIXEL_ID });
    expect(at(`${PIXEL}/settings?org_id=1`)).toEqual({ pixelId: PIXEL_ID });
    // The other path seen carries it in the query: read from the page, under the pixel's name,
    // "Pixel ID" or "Pixel Code", while the token's dialog is open beside it.
    const other = `https://ads.tiktok.com/i18n/events_manager/pixel/detail?pixel_code=${PIXEL_ID}`;
    for (const label of ['Pixel ID:', 'Pixel Code', 'pixel id']) {
      document.body.innerHTML = `<main><h1>Acme pixel</h1><p>${label} <span>${PIXEL_ID}</span></p></main>
        <div role="dialog"><h2>Access token</h2><input readonly value="x"></div>`;
      expect(at(other), label).toEqual({ pixelId: PIXEL_ID });
    }
    // Another label's id, or none: nothing (the background then refuses the capture).
    document.body.innerHTML = `<main><p>Advertiser ID: <span>${PIXEL_ID}</span></p></main>`;
    expect(at(other)).toEqual({});
  });

  it('fills the token and the pixel id in Upstack: the merchant types nothing', () => {
    expect(tiktok.capture.fields.map((f) => f.id)).toEqual(['token', 'pixelId']);
    expect(tiktok.capture.fields[0]?.upstackLabels).toContain('Access Token');
    expect(tiktok.capture.fields[1]?.upstackLabels).toContain('Pixel ID');
    expect(tiktok.upstack.typed).toBeUndefined();
  });

  it('refuses a pixel id of another shape, saying why', () => {
    for (const pixelId of [PIXEL_ID.toLowerCase(), PIXEL_ID.slice(1), `${PIXEL_ID} `.repeat(2)]) {
      const checked = checkSecret(tiktok, { token, pixelId });
      expect(checked.ok, pixelId).toBe(false);
      if (!checked.ok) expect(words(checked.reason)).toMatch(/Pixel ID/);
    }
  });
});
