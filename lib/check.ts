// The optional key check: one request to the provider's own API host, and what its answer means.
// Pure: the background does the fetch; this builds the request and reads the status.
import { fillPlaceholders } from './plan';
import type { Recipe, Secret } from './recipe';

export type Verdict = 'valid' | 'invalid' | 'unknown';

export interface CheckRequest {
  url: string;
  headers: Record<string, string>;
}

/**
 * The request for this secret, or undefined when the recipe has no check or the URL would leave
 * the provider's declared API hosts. `origin` is the dashboard the secret came from (for regions).
 */
export function checkRequest(
  recipe: Recipe,
  secret: Secret,
  origin: string | undefined,
): CheckRequest | undefined {
  const check = recipe.check;
  if (!check) return undefined;
  const apiOrigin = origin && check.apiOriginFrom ? origin.replace(...check.apiOriginFrom) : '';
  const url = fillPlaceholders(check.url, { apiOrigin });
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
  return { url, headers };
}

export function verdict(status: number): Verdict {
  if (status >= 200 && status < 300) return 'valid';
  if (status === 400 || status === 401 || status === 403) return 'invalid';
  return 'unknown';
}
