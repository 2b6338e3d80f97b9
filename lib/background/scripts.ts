// Content scripts registered at run time: the Upstack one on a dashboard origin the merchant
// added in the options, and the provider scripts of recipes whose hosts are optional; and a
// provider's script started again in a tab whose guide survived an update (guide-keep.ts).
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { recipes } from '../recipes';
import { optionalOrigins, providerScriptId } from '../recipes/optional';
import type { Recipe } from '../recipes/schema';
import { loadSettings } from './preferences';

const DASHBOARD_SCRIPT = 'upstack-dashboard';

export async function syncDashboardScript() {
  const { upstackOrigin } = await loadSettings();
  const registered = await browser.scripting.getRegisteredContentScripts({
    ids: [DASHBOARD_SCRIPT],
  });
  if (registered.length)
    await browser.scripting.unregisterContentScripts({ ids: [DASHBOARD_SCRIPT] });
  const matches = [`${upstackOrigin}/*`];
  if (!upstackOrigin || !(await browser.permissions.contains({ origins: matches }))) return;
  await browser.scripting.registerContentScripts([
    { id: DASHBOARD_SCRIPT, matches, js: ['content-scripts/upstack.js'], runAt: 'document_idle' },
  ]);
}

/** One sync at a time: two at once would register the same id twice. */
let providerSync: Promise<void> = Promise.resolve();

/**
 * A provider added after the first release (recipe `optional`) has no content script in the
 * manifest: its own is registered here once the merchant granted its hosts, and unregistered
 * when they are taken back.
 */
export function syncProviderScripts(): Promise<void> {
  providerSync = providerSync
    .then(async () => {
      for (const recipe of recipes.filter((r) => r.optional)) {
        const id = providerScriptId(recipe);
        const granted = await browser.permissions.contains({ origins: optionalOrigins(recipe) });
        const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
        if (granted && !registered)
          await browser.scripting.registerContentScripts([
            {
              id,
              matches: recipe.matches,
              js: [`content-scripts/${recipe.id}.js`],
              runAt: 'document_idle',
            },
          ]);
        if (!granted && registered) await browser.scripting.unregisterContentScripts({ ids: [id] });
      }
    })
    .catch(() => {});
  return providerSync;
}

/**
 * The recipe's content script, started again in a tab after an update: Chrome injects no
 * manifest script into the tabs already open, and the old version's script is cut off. Where the
 * browser did inject one (Firefox), WXT's context stops the older copy as this one starts.
 */
export async function startProviderScript(tabId: number, recipe: Recipe): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId },
    files: [`content-scripts/${recipe.id}.js` as ScriptPublicPath],
  });
}

/**
 * The address of the page in a tab, read by a one-line script in it: the extension may run
 * scripts on its providers' pages (its content scripts' matches) but has no `tabs` permission to
 * read a tab's URL. Undefined where it may not run (the tab went elsewhere) or there is no tab.
 */
export async function pageAddress(tabId: number): Promise<string | undefined> {
  try {
    const [done] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => location.href,
    });
    return typeof done?.result === 'string' ? done.result : undefined;
  } catch {
    return undefined;
  }
}
