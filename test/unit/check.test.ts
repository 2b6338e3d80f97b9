import { describe, expect, it } from 'vitest';
import { checkRequest, verdict } from '../../lib/check';
import type { Recipe } from '../../lib/recipe';
import { recipeById } from '../../lib/recipes';

const klaviyo = recipeById('klaviyo')!;
const dotdigital = recipeById('dotdigital')!;
const optimove = recipeById('optimove')!;

describe('checkRequest', () => {
  it("sends a Klaviyo key only to Klaviyo's API, in its header", () => {
    const request = checkRequest(klaviyo, { apiKey: 'pk_x' }, 'https://www.klaviyo.com');
    expect(request?.url).toBe('https://a.klaviyo.com/api/accounts/');
    expect(request?.headers.Authorization).toBe('Klaviyo-API-Key pk_x');
  });

  it('checks a Dotdigital pair on the API host of the region it came from, with Basic auth', () => {
    const secret = { apiUser: 'apiuser-1@apiconnector.com', password: 'Pa55!word-x' };
    const request = checkRequest(dotdigital, secret, 'https://r2-app.dotdigital.com');
    expect(request?.url).toBe('https://r2-api.dotdigital.com/v2/account-info');
    expect(request?.headers.Authorization).toBe(
      `Basic ${btoa(`${secret.apiUser}:${secret.password}`)}`,
    );
  });

  it('refuses a URL outside the declared hosts, and recipes without a check', () => {
    expect(
      checkRequest(dotdigital, { apiUser: 'a', password: 'b' }, 'https://evil.test'),
    ).toBeUndefined();
    expect(checkRequest(dotdigital, { apiUser: 'a', password: 'b' }, undefined)).toBeUndefined();
    const widened: Recipe = {
      ...klaviyo,
      check: { ...klaviyo.check!, url: 'https://evil.test/api' },
    };
    expect(checkRequest(widened, { apiKey: 'pk_x' }, undefined)).toBeUndefined();
    expect(checkRequest(optimove, { apiKey: 'x'.repeat(30) }, undefined)).toBeUndefined();
  });
});

describe('verdict', () => {
  it.each([
    [200, 'valid'],
    [204, 'valid'],
    [400, 'invalid'],
    [401, 'invalid'],
    [403, 'invalid'],
    [429, 'unknown'],
    [500, 'unknown'],
  ])('%i → %s', (status, expected) => {
    expect(verdict(status)).toBe(expected);
  });
});
