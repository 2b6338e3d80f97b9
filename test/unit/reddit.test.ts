// @vitest-environment happy-dom
// Reddit (a provider added after the first release): the recipe parses, its loose token shape
// takes the sandbox's token and refuses a pixel id, a masked token and whitespace, its one
// optional host is its dashboard (no key check), and its pages are told by tolerant globs.
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
import {
  REDDIT_PIXEL as pixelId,
  REDDIT_ACCOUNT,
} from '../sandbox/libs/shoelace/src/reddit-account';

const reddit = recipeById('reddit')!;
// Of the sandbox's make (libs/shoelace/src/reddit.ts): three dot-separated random parts.
const token = `${'aB3x'.repeat(9)}.${'Zq9_'.repeat(30)}.${'k-7M'.repeat(10)}abc`;
const words = (said: Parameters<typeof render>[0]) =>
  render(said, (key, args) =>
    substitute((en as Record<string, { message: string }>)[key]!.message, args),
  );

describe('Reddit', () => {
  it('parses as a recipe, optional, on its dashboard alone', () => {
    expect(() => Recipe.parse(reddit)).not.toThrow();
    expect(reddit.optional).toBe(true);
    expect(reddit.matches).toEqual(['https://ads.reddit.com/*']);
    // No key check: the only host asked for at Start is the dashboard.
    expect(reddit.check).toBeUndefined();
    expect(optionalOrigins(reddit)).toEqual(['https://ads.reddit.com/*']);
  });

  it('keeps the token with the pixel id Events Manager shows; masks the token to its end', () => {
    expect(checkSecret(reddit, { token: `\n ${token}\t`, pixelId })).toEqual({
      ok: true,
      value: { token, pixelId },
    });
    expect(maskSecret('reddit', { token, pixelId })).toEqual({
      token: `…${token.slice(-4)}`,
      pixelId, // no secret: in full
    });
    // Both filled in Upstack: the merchant types nothing.
    expect(reddit.upstack.typed).toBeUndefined();
    expect(reddit.capture.fields[0]?.upstackLabels).toContain('Conversions API access token');
    expect(reddit.capture.fields[1]?.upstackLabels).toContain('Pixel ID');
  });

  it("reads the pixel id Events Manager shows, inside its web components' shadow roots, beside the open popup", () => {
    const href = `https://ads.reddit.com/account/${REDDIT_ACCOUNT}/events-manager`;
    document.body.innerHTML = '<rd-app></rd-app>';
    const app = document.querySelector('rd-app')!.attachShadow({ mode: 'open' });
    app.innerHTML = '<nav>Ads</nav><main><rd-events></rd-events></main>';
    const events = app.querySelector('rd-events')!.attachShadow({ mode: 'open' });
    events.innerHTML = `<h1>Events Manager</h1><p>Pixel ID: <span>${pixelId}</span></p>
      <div role="dialog" aria-modal="true"><h2>Access Token Generated</h2><code>x</code></div>`;
    expect(readIds(reddit, href)).toEqual({ pixelId });
    // The shape disputed between sources: a2_ is taken as well.
    events.innerHTML = '<h1>Events Manager</h1><p>Reddit Pixel ID <b>a2_kq3h7x9w2m</b></p>';
    expect(readIds(reddit, href)).toEqual({ pixelId: 'a2_kq3h7x9w2m' });
    // Not the account id of the path, nor an id under another label: nothing.
    events.innerHTML = `<h1>Events Manager</h1><p>Account ID: ${pixelId}</p>`;
    expect(readIds(reddit, href)).toEqual({});
  });

  it('refuses a pixel id of another shape, saying why', () => {
    for (const odd of ['x9_8fz4nq2w', 't2_8fz4 nq2w', 't2_', '12345']) {
      const checked = checkSecret(reddit, { token, pixelId: odd });
      expect(checked.ok, odd).toBe(false);
      if (!checked.ok) expect(words(checked.reason)).toMatch(/Reddit Pixel ID/);
    }
  });

  it.each([
    ['a t2_ pixel id', 't2_8fz4nq2w', /Reddit pixel ID/],
    ['an a2_ pixel id', 'A2_KQ3H7X9W2M', /Reddit pixel ID/],
    ['a masked token', `${'•'.repeat(20)}${token.slice(-4)}`, /masked/],
    ['a token shortened with an ellipsis', `${token.slice(0, 20)}…`, /masked/],
    ['a token with a space inside', `${token.slice(0, 30)} ${token.slice(30)}`, /spaces inside/],
    ['a token with a tab inside', `${token.slice(0, 30)}\t${token.slice(30)}`, /spaces inside/],
    ['whitespace only', ' \n\t ', /is empty/],
    ['a token cut short', token.slice(0, 12), /cut short/],
    ['a Klaviyo key', `pk_${'aB3'.repeat(11)}x`, /Klaviyo credential/],
  ])('refuses %s as the token, saying why', (_, value, reason) => {
    const checked = checkSecret(reddit, { token: value, pixelId });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const said = words(checked.reason);
    expect(said).toMatch(reason);
    if (value.trim().length >= 4) expect(said).not.toContain(value.trim());
  });

  it('guesses no alphabet: any printable run without spaces in the bounds is taken', () => {
    for (const odd of ['a'.repeat(20), `${'~!#$%^'.repeat(10)}`, 'eyJ0.eyJ1.c2ln'.repeat(3)])
      expect(checkSecret(reddit, { token: odd, pixelId }).ok).toBe(true);
    expect(checkSecret(reddit, { token: 'a'.repeat(19), pixelId }).ok).toBe(false);
  });

  it("tells Events Manager's pages by path, with or without an account id before it", () => {
    for (const path of [
      '/events-manager',
      '/events-manager/conversions-api',
      '/account/a2_kq3h7x9w2m/events-manager',
    ])
      expect(keyPath(reddit, `https://ads.reddit.com${path}`), path).toBe(true);
    for (const path of ['/', '/account/a2_kq3h7x9w2m/dashboard', '/campaigns'])
      expect(keyPath(reddit, `https://ads.reddit.com${path}`), path).toBe(false);
    expect(pathIn(reddit.capture.when.path, 'https://ads.reddit.com/account/x/campaigns')).toBe(
      false,
    );
  });

  it('is not distinctive: a token of its loose shape is not refused on other providers as Reddit', () => {
    expect(reddit.capture.fields[0]?.distinctive).toBe(false);
    const optimove = recipeById('optimove')!;
    const checked = checkSecret(optimove, { apiKey: 'Ab3-_x'.repeat(8) });
    expect(checked.ok).toBe(true);
  });
});
