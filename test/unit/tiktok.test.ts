// TikTok (a provider added after the first release): the recipe parses, its loose token pattern
// takes the sandbox's token and refuses the pixel id, masked and spaced values, saying why; its
// pages are told by path and heading; its hosts are narrow and optional, with no key check.
import { describe, expect, it } from 'vitest';
import { currentStep } from '../../lib/engine/plan';
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

  it('accepts the token the sandbox makes (trimmed), and shows only its end', () => {
    expect(checkSecret(tiktok, { token: ` ${token}\n` })).toEqual({ ok: true, value: { token } });
    // No guessed alphabet: another printable shape of the same length is a token too.
    expect(checkSecret(tiktok, { token: 'Ab3-_x.Zq9~'.repeat(4) }).ok).toBe(true);
    expect(maskSecret('tiktok', { token })).toEqual({ token: `…${token.slice(-4)}` });
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
    const checked = checkSecret(tiktok, { token: value });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const said = words(checked.reason);
    expect(said).toMatch(reason);
    if (value.trim().length >= 4) expect(said).not.toContain(value.trim());
  });

  it('the pixel id refusal is for that shape only: lower case or another length is judged as a token', () => {
    expect(checkSecret(tiktok, { token: PIXEL_ID.toLowerCase() }).ok).toBe(true);
    expect(checkSecret(tiktok, { token: `${PIXEL_ID}A` }).ok).toBe(true);
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

  it('has the merchant type the pixel id in Upstack, pointed at by its label', () => {
    expect(tiktok.capture.fields.map((f) => f.id)).toEqual(['token']);
    expect(tiktok.capture.fields[0]?.upstackLabels).toContain('Access Token');
    expect(tiktok.upstack.typed?.[0]?.upstackLabels).toContain('Pixel ID');
    expect(words({ key: tiktok.upstack.typed![0]!.where })).toMatch(/pixel's name/);
  });
});
