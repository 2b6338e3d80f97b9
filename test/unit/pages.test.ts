import { describe, expect, it } from 'vitest';
import { globToRegExp, isUpstackDashboard, recipeForUrl } from '../../lib/pages';

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
    ['https://upstackdata.com/x', true],
    ['https://docs.upstackdata.com/guides/klaviyo/how-to', false],
    ['http://app.upstackdata.com/destinations', false],
    ['https://app.upstackdata.com.evil.test/', false],
  ])('%s → %s', (url, expected) => {
    expect(isUpstackDashboard(url)).toBe(expected);
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
