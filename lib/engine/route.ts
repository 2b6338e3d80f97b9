// Which page is this, from its URL alone: pure, small and free of any recipe list, so that the
// provider pages' loader (lib/engine/loader.ts) can use it at every route change.
import type { Recipe } from '../recipes/schema';

/** A glob where `*` matches any run of characters and `?` one character, as in `exclude_globs`. */
export function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

export function parse(href: string): URL | undefined {
  try {
    return new URL(href);
  } catch {
    return undefined;
  }
}

/** HTTPS, and none of the `exclude_globs`. */
export function allowed(url: URL, excludeGlobs: readonly string[] = []) {
  return (
    url.protocol === 'https:' && !excludeGlobs.some((glob) => globToRegExp(glob).test(url.href))
  );
}

/** Whether a page the manifest gave this recipe's script is its dashboard: HTTPS, not excluded.
 * (The browser applies `matches` and `exclude_globs`; this is the run-time second look.) */
export function onDashboard(recipe: Recipe, href: string): boolean {
  const url = parse(href);
  return !!url && allowed(url, recipe.excludeGlobs);
}

/** Whether `pathname + hash` matches one of the globs; every URL does when there are none. */
export function pathIn(globs: readonly string[] | undefined, href: string): boolean {
  if (!globs) return true;
  const url = parse(href);
  if (!url) return false;
  const where = url.pathname + url.hash;
  return globs.some((glob) => globToRegExp(glob).test(where));
}

/** Whether the URL says this is one of the recipe's API-keys pages (`keyPages.path`). */
export function keyPath(recipe: Recipe, href: string): boolean {
  return !!recipe.keyPages.path && pathIn(recipe.keyPages.path, href);
}
