import { describe, expect, it } from 'vitest';
import { checkRequest, verdict, waitForLimit } from '../../lib/key/check';
import { recipeById } from '../../lib/recipes';
import type { Recipe } from '../../lib/recipes/schema';

const klaviyo = recipeById('klaviyo')!;
const dotdigital = recipeById('dotdigital')!;
const optimove = recipeById('optimove')!;

describe('checkRequest', () => {
  it("sends a Klaviyo key only to Klaviyo's API, in its header, with a current revision", () => {
    const request = checkRequest(klaviyo, { apiKey: 'pk_x' }, 'https://www.klaviyo.com');
    // klaviyo/openapi get_accounts.json; revisions retire after two years, 2026-07-15 is the
    // spec's default in mid-2026.
    expect(request).toEqual({
      url: 'https://a.klaviyo.com/api/accounts/',
      headers: {
        Authorization: 'Klaviyo-API-Key pk_x',
        revision: '2026-07-15',
        accept: 'application/json',
      },
    });
    expect(klaviyo.check?.version.name).toBe('2026-07-15');
  });

  it("reads one Omnisend contact with the API's only dated version", () => {
    // api-docs.omnisend.com: Omnisend-Version 2026-03-15 is the only dated version; a contacts
    // read matches the Contacts permission the recipe selects.
    const omnisend = recipeById('omnisend')!;
    expect(checkRequest(omnisend, { apiKey: 'k-x' }, 'https://app.omnisend.com')).toEqual({
      url: 'https://api.omnisend.com/api/contacts?limit=1',
      headers: {
        Authorization: 'Omnisend-API-Key k-x',
        'Omnisend-Version': '2026-03-15',
        accept: 'application/json',
      },
    });
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
    [200, { verdict: 'valid' }],
    [204, { verdict: 'valid' }],
    [401, { verdict: 'invalid' }],
    [403, { verdict: 'forbidden' }],
    [400, { verdict: 'unknown', reason: 'request' }],
    [404, { verdict: 'unknown', reason: 'missing' }],
    [410, { verdict: 'unknown', reason: 'retired' }],
    [429, { verdict: 'unknown', reason: 'busy' }],
    [500, { verdict: 'unknown', reason: 'server' }],
    [503, { verdict: 'unknown', reason: 'server' }],
    [302, { verdict: 'unknown' }],
  ])('%i → %o', (status, expected) => {
    expect(verdict(status)).toEqual(expected);
  });
});

describe('waitForLimit', () => {
  const klaviyoLimit = klaviyo.check?.limit;
  it("keeps Klaviyo's limit for its check: 1 a second (wait), 15 a minute (refuse)", () => {
    expect(klaviyoLimit).toEqual({ perSecond: 1, perMinute: 15 });
    expect(waitForLimit(klaviyoLimit, [], 0)).toBe(0);
    expect(waitForLimit(klaviyoLimit, [0], 400)).toBe(600);
    expect(waitForLimit(klaviyoLimit, [0], 1000)).toBe(0);
    const fifteen = Array.from({ length: 15 }, (_, i) => i * 2000);
    expect(waitForLimit(klaviyoLimit, fifteen, 30_000)).toBeUndefined();
    expect(waitForLimit(klaviyoLimit, fifteen, 60_001)).toBe(0);
    expect(waitForLimit(undefined, fifteen, 30_000)).toBe(0);
  });
});
