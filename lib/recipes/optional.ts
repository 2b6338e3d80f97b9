// Providers added after the first release (recipe `optional`): the host permissions asked for
// when the merchant starts one, and the ids a secret's entry takes from the page's URL. Pure.
import type { Recipe, Secret } from './schema';

/** The origins a provider's guide needs: its dashboard (the content script) and its check's API
 * host. Asked for in the merchant's click on Start; never required by the manifest. */
export function optionalOrigins(recipe: Recipe): string[] {
  return [...recipe.matches, ...(recipe.check?.hosts ?? []).map((host) => `https://${host}/*`)];
}

/** The content script id registered at run time for an optional provider. */
export const providerScriptId = (recipe: Recipe) => `provider-${recipe.id}`;

/**
 * The ids the recipe reads from the page's URL (`fromUrl`: the pattern's first group, over the
 * path), or undefined when one of them is not in this URL: then nothing is sent.
 */
export function urlFields(recipe: Recipe, href: string): Secret | undefined {
  let path: string;
  try {
    path = new URL(href).pathname;
  } catch {
    return undefined;
  }
  const values: Secret = {};
  for (const field of recipe.capture.fields) {
    if (!field.fromUrl) continue;
    const value = field.fromUrl.exec(path)?.[1];
    if (value === undefined) return undefined;
    values[field.id] = value;
  }
  return values;
}
