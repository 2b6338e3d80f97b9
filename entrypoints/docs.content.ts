// Upstack's help articles for these keys: a "Start guided setup" button under the title.
import { recipeById } from '../lib/recipes';
import { mountStartButton } from '../utils/start-button';

export default defineContentScript({
  matches: ['https://docs.upstackdata.com/guides/*'],
  runAt: 'document_idle',
  main(ctx) {
    // /guides/<provider>/<article about its API key>
    const [, id] = /^\/guides\/([a-z]+)\/[^/]*api-key/.exec(location.pathname) ?? [];
    const recipe = id ? recipeById(id) : undefined;
    if (recipe) mountStartButton(ctx, recipe);
  },
});
