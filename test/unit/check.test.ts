import { describe, expect, it } from 'vitest';
import { checkRequest, verdict, waitForLimit } from '../../lib/key/check';
import { recipeById } from '../../lib/recipes';
import type { Recipe } from '../../lib/recipes/schema';

const klaviyo = recipeById('klaviyo')!;
const dotdigital = recipeById('dotdigital')!;
const optimove = recipeById('optimove')!;

describe('checkRequest', () => {
  it("sends a Klaviyo key only to Klaviyo's API, pinned to 2026-10-15 with no fall-forward", () => {
    const request = checkRequest(klaviyo, { apiKey: 'pk_x' }, 'https://www.klaviyo.com');
    // klaviyo/openapi get_accounts.json; 2026-10-15 is the latest GA revision. Without the
    // opt-out, a retired revision silently falls forward; with it, Klaviyo answers 410.
    expect(request).toEqual({
      url: 'https://a.klaviyo.com/api/accounts/',
      headers: {
        Authorization: 'Klaviyo-API-Key pk_x',
        revision: '2026-10-15',
        'X-Klaviyo-Revision-Fall-Forward-Opt-Out': '1',
        accept: 'application/json',
      },
    });
    expect(request?.method).toBeUndefined();
    expect(klaviyo.check?.version.name).toBe('2026-10-15');
    // The 410 a retired revision answers with the opt-out is read as 'retired'.
    expect(verdict(410)).toEqual({ verdict: 'unknown', reason: 'retired' });
  });

  it("reads Omnisend's current brand with the API's only dated version (a GET)", () => {
    // api-docs.omnisend.com: Omnisend-Version 2026-03-15 is the only dated version;
    // brands/current is declared with ApiKeyAuth and no scope.
    const omnisend = recipeById('omnisend')!;
    expect(checkRequest(omnisend, { apiKey: 'k-x' }, 'https://app.omnisend.com')).toEqual({
      url: 'https://api.omnisend.com/api/brands/current',
      headers: {
        Authorization: 'Omnisend-API-Key k-x',
        'Omnisend-Version': '2026-03-15',
        accept: 'application/json',
      },
    });
  });

  it.each([
    'https://r1-app.dotdigital.com',
    'https://r2-app.dotdigital.com',
    'https://r3-app.dotdigital.com',
    undefined,
  ])(
    'checks a Dotdigital pair on r1 from %s (account-info answers from any region), Basic auth',
    (origin) => {
      const secret = { apiUser: 'apiuser-1@apiconnector.com', password: 'Pa55!word-x' };
      const request = checkRequest(dotdigital, secret, origin);
      expect(request?.url).toBe('https://r1-api.dotdigital.com/v2/account-info');
      expect(request?.method).toBeUndefined();
      expect(request?.headers).toEqual({
        Authorization: `Basic ${btoa(`${secret.apiUser}:${secret.password}`)}`,
      });
    },
  );

  it('refuses a URL outside the declared hosts, and recipes without a check', () => {
    const regional: Recipe = {
      ...dotdigital,
      check: { ...dotdigital.check!, url: 'https://r2-api.dotdigital.com/v2/account-info' },
    };
    expect(checkRequest(regional, { apiUser: 'a', password: 'b' }, undefined)).toBeUndefined();
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

describe("Omnisend's key rule", () => {
  const pattern = recipeById('omnisend')!.capture.fields[0]!.pattern;
  const a = (n: number) => 'aB3d'.repeat(20).slice(0, n);
  it('accepts exactly 75 letters, digits and "-" with a "-" anywhere inside, one or more', () => {
    expect(pattern.test(`${a(64)}-${a(10)}`)).toBe(true);
    expect(pattern.test(`${a(24)}-${a(50)}`)).toBe(true);
    expect(pattern.test(`${a(20)}-${a(30)}-${a(23)}`)).toBe(true);
  });
  it('refuses a "-" leading or trailing, no "-", 74 or 76 characters, whitespace', () => {
    expect(pattern.test(`-${a(74)}`)).toBe(false);
    expect(pattern.test(`${a(74)}-`)).toBe(false);
    expect(pattern.test(a(75))).toBe(false);
    expect(pattern.test(`${a(63)}-${a(10)}`)).toBe(false);
    expect(pattern.test(`${a(65)}-${a(10)}`)).toBe(false);
    expect(pattern.test(`${a(30)} ${a(33)}-${a(10)}`)).toBe(false);
  });
});
