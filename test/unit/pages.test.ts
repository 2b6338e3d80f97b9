import { describe, expect, it } from 'vitest';
import { globToRegExp, isUpstackDashboard, recipeForUrl } from '../../lib/recipes/pages';

describe('recipeForUrl', () => {
  it.each([
    ['https://www.klaviyo.com/settings/account/api-keys', 'klaviyo'],
    ['https://www.klaviyo.com/create-private-api-key?scopes=a:read', 'klaviyo'],
    ['http://www.klaviyo.com/settings/account/api-keys', undefined],
    ['https://www.klaviyo.com.evil.test/settings/account/api-keys', undefined],
    ['https://www-klaviyo.com/settings/account/api-keys', undefined],
    ['https://a.klaviyo.com/api/accounts/', undefined],
    ['https://example.com/', undefined],
    ['not a url', undefined],
  ])('%s → %s', (url, id) => {
    expect(recipeForUrl(url)?.id).toBe(id);
  });
});

describe('isUpstackDashboard', () => {
  it.each([
    ['https://app.upstackdata.com/destinations/new/klaviyo', true],
    ['https://app.upstackdata.com:443/destinations', true],
    ['https://APP.upstackdata.com/destinations', true],
    // Issue 15: other hosts of the domain, and the dashboard's host on another port.
    ['https://upstackdata.com/blog/post', false],
    ['https://user-content.upstackdata.com/a.html', false],
    ['https://app.upstackdata.com:8443/x', false],
    ['https://eu.app.upstackdata.com/destinations', false],
    ['https://docs.upstackdata.com/guides/klaviyo/how-to', false],
    ['http://app.upstackdata.com/destinations', false],
    ['https://app.upstackdata.com.evil.test/', false],
    ['https://app-upstackdata.com/', false],
    ['https://user:pass@app.upstackdata.com.evil.test/', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isUpstackDashboard(url)).toBe(expected);
  });

  it("also accepts the merchant's own origin, compared whole (scheme, host, port)", () => {
    const own = ['https://dash.example.com:8443'];
    expect(isUpstackDashboard('https://dash.example.com:8443/destinations', own)).toBe(true);
    expect(isUpstackDashboard('https://dash.example.com/destinations', own)).toBe(false);
    expect(isUpstackDashboard('https://evil.dash.example.com:8443/', own)).toBe(false);
    expect(
      isUpstackDashboard('http://dash.example.com:8443/', ['http://dash.example.com:8443']),
    ).toBe(false);
    expect(isUpstackDashboard('https://app.upstackdata.com/x', own)).toBe(true);
  });
});

describe('globToRegExp', () => {
  it('treats * and ? as globs and everything else literally', () => {
    expect(globToRegExp('https://api*.optimove.net/*').test('https://api5.optimove.net/v1')).toBe(
      true,
    );
    expect(globToRegExp('/account#api-keys-tab').test('/account#api-keys-tab')).toBe(true);
    expect(globToRegExp('/a.b').test('/axb')).toBe(false);
  });
});
