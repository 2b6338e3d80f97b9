// Provider dashboards (Klaviyo, …): one content script, one engine, the recipe chosen by URL.
import { recipeForUrl } from '../lib/pages';
import { recipes } from '../lib/recipes';
import { runGuide } from '../utils/guide';

const excludeGlobs = recipes.flatMap((recipe) => recipe.excludeGlobs ?? []);

export default defineContentScript({
  matches: recipes.flatMap((recipe) => recipe.matches),
  ...(excludeGlobs.length ? { excludeGlobs } : {}),
  runAt: 'document_idle',
  main(ctx) {
    // The match patterns admit only HTTPS dashboards; this re-checks host and exclusions at run time.
    const recipe = recipeForUrl(location.href);
    if (recipe) void runGuide(ctx, recipe);
  },
});
