// Which page is this? URL matching shared by content scripts (to pick their recipe) and the
// background (to check who sends a message). Pure: URLs in, answers out. MatchPattern gets
// strings: given a URL object it tests `instanceof Location`, which a service worker lacks.
import { MatchPattern } from '@webext-core/match-patterns';
import { allowed, parse, pathIn } from '../engine/route';
import { recipes } from '.';
import type { Condition, Recipe } from './schema';

export { globToRegExp, onDashboard } from '../engine/route';

function inPatterns(url: URL, matches: readonly string[], excludeGlobs?: readonly string[]) {
  return (
    allowed(url, excludeGlobs) &&
    matches.some((pattern) => new MatchPattern(pattern).includes(url.href))
  );
}

/**
 * A provider's content script in the manifest: its recipe's pages, once idle. One script per
 * provider (entrypoints/<id>.content.ts), so that a page carries its own recipe and no other.
 */
export function providerScriptOptions(recipe: Recipe) {
  return {
    matches: recipe.matches,
    ...(recipe.excludeGlobs?.length ? { excludeGlobs: recipe.excludeGlobs } : {}),
    runAt: 'document_idle' as const,
  };
}

/** The recipe whose dashboard this URL belongs to, if any. */
export function recipeForUrl(href: string): Recipe | undefined {
  const url = parse(href);
  return url && recipes.find((r) => inPatterns(url, r.matches, r.excludeGlobs));
}

/**
 * The Upstack dashboard: one origin, on the default port. No other host of upstackdata.com (the
 * apex, user content, a service behind a subdomain, the help site) is ever offered a key.
 */
export const UPSTACK_ORIGIN = 'https://app.upstackdata.com';
/** Match patterns ignore ports: the content script checks the origin again with
 * isUpstackDashboard and stays inert on any other port. */
export const UPSTACK_MATCHES = [`${UPSTACK_ORIGIN}/*`];

/** `extraOrigins`: a dashboard origin the merchant added in the options (HTTPS only). The
 * origin is compared whole: scheme, host and port. */
export function isUpstackDashboard(href: string, extraOrigins: readonly string[] = []): boolean {
  const url = parse(href);
  if (url?.protocol !== 'https:') return false;
  return url.origin === UPSTACK_ORIGIN || extraOrigins.includes(url.origin);
}

/** Whether the URL part of a page condition holds: `pathname + hash` against the globs. */
export function pathMatches(condition: Condition | undefined, href: string): boolean {
  return pathIn(condition?.path, href);
}
