// The optional key check: one request to the provider's own API host, and what its answer means.
// Pure: the background does the fetch; this builds the request and reads the status.
import { fillPlaceholders } from '../engine/plan';
import type { Recipe, Secret } from '../recipes/schema';
import { isPageId } from './shape';

/** What a check's answer means: `forbidden` is a key the provider knows that lacks a
 * permission (or, for Dotdigital, was checked in another region). */
export type Verdict = 'valid' | 'invalid' | 'forbidden' | 'unknown';
/** Why a check could not tell, in the merchant's terms (see lib/ui/i18n.ts checkText). */
export type Unknown = 'request' | 'missing' | 'retired' | 'busy' | 'server' | 'network' | 'limit';
export interface Check {
  verdict: Verdict;
  reason?: Unknown;
}

export interface CheckRequest {
  url: string;
  headers: Record<string, string>;
  method?: 'POST';
  body?: string;
}

/** The values a check URL may name: the ids read from the page (URL or text), never a secret. */
function urlValues(recipe: Recipe, secret: Secret): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of recipe.capture.fields)
    if (isPageId(field)) values[field.id] = encodeURIComponent(secret[field.id] ?? '');
  return values;
}

/** Whether the check names an id that the page did not show (recipe `missing`, absent from
 * the secret): such a check is not made at all, rather than sent with an empty id. */
function needsMissing(recipe: Recipe, secret: Secret): boolean {
  const check = recipe.check;
  if (!check) return false;
  const named = [
    check.url,
    check.body ?? '',
    ...Object.values(check.headers ?? {}),
    ...(check.basic ?? []),
  ];
  return recipe.capture.fields.some(
    (field) =>
      field.missing && !secret[field.id] && named.some((text) => text.includes(`{${field.id}}`)),
  );
}

/**
 * The request for this secret, or undefined when the recipe has no check, the check names an id
 * the page did not show, or the URL would leave the provider's declared API hosts. `origin` is the dashboard the secret came from (for regions).
 */
export function checkRequest(
  recipe: Recipe,
  secret: Secret,
  origin: string | undefined,
): CheckRequest | undefined {
  const check = recipe.check;
  if (!check || needsMissing(recipe, secret)) return undefined;
  const apiOrigin = origin && check.apiOriginFrom ? origin.replace(...check.apiOriginFrom) : '';
  const url = fillPlaceholders(check.url, { ...urlValues(recipe, secret), apiOrigin });
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || !check.hosts.includes(parsed.host)) return undefined;
  const headers = Object.fromEntries(
    Object.entries(check.headers ?? {}).map(([name, value]) => [
      name,
      fillPlaceholders(value, secret),
    ]),
  );
  if (check.basic) {
    const [user, password] = check.basic.map((v) => fillPlaceholders(v, secret));
    headers.Authorization = `Basic ${btoa(`${user}:${password}`)}`;
  }
  if (check.method !== 'POST') return { url, headers };
  // `{now}`: the time in seconds, for a test event's timestamp.
  const now = String(Math.floor(Date.now() / 1000));
  return {
    url,
    headers,
    method: 'POST',
    body: fillPlaceholders(check.body ?? '', { ...secret, now }),
  };
}

/** The provider's HTTP answer, read the same way for every provider (their docs agree). */
export function verdict(status: number): Check {
  if (status >= 200 && status < 300) return { verdict: 'valid' };
  if (status === 401) return { verdict: 'invalid' };
  if (status === 403) return { verdict: 'forbidden' };
  const reason: Unknown | undefined =
    status === 400
      ? 'request'
      : status === 404
        ? 'missing'
        : status === 410
          ? 'retired'
          : status === 429
            ? 'busy'
            : status >= 500
              ? 'server'
              : undefined;
  return reason ? { verdict: 'unknown', reason } : { verdict: 'unknown' };
}

/**
 * A provider's rate limit for the check, by the caller's clock: how long to wait before one more
 * request fits (0: now), given the times of those sent; undefined when the minute's budget is
 * spent (the merchant is told to check again later). No request is ever retried in a loop.
 */
export function waitForLimit(
  limit: { perSecond?: number; perMinute?: number } | undefined,
  sent: readonly number[],
  now: number,
): number | undefined {
  if (!limit) return 0;
  const within = (ms: number) => sent.filter((at) => now - at < ms);
  if (limit.perMinute !== undefined && within(60_000).length >= limit.perMinute) return undefined;
  const second = within(1000);
  if (limit.perSecond === undefined || second.length < limit.perSecond) return 0;
  return 1000 - (now - Math.min(...second));
}
