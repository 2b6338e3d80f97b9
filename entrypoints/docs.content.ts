// Upstack's help articles for these keys: a "Start guided setup" button under the title.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { recipeById } from '../lib/recipes';
import { mountStartButton } from '../lib/ui/start-button';

/** The help site, on the default port (match patterns ignore ports). */
const HELP_ORIGIN = 'https://docs.upstackdata.com';

export default defineContentScript({
  matches: [`${HELP_ORIGIN}/guides/*`],
  runAt: 'document_idle',
  main(ctx) {
    if (location.origin !== HELP_ORIGIN) return;
    // /guides/<provider>/<article about its API key>
    const [, id] = /^\/guides\/([a-z]+)\/[^/]*api-key/.exec(location.pathname) ?? [];
    const recipe = id ? recipeById(id) : undefined;
    // A provider with optional hosts is started from the popup, which can ask for them in the
    // merchant's click; a help page cannot.
    if (recipe && !recipe.optional) mountStartButton(ctx, recipe);
  },
});
