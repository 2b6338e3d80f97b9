// Optimove's dashboard: the guide, with Optimove's recipe (lib/recipes/optimove.ts).
import { providerScriptOptions } from '../lib/pages';
import { optimove as recipe } from '../lib/recipes/optimove';
import { runProviderPage } from '../utils/provider-script';

export default defineContentScript({
  ...providerScriptOptions(recipe),
  main: (ctx) => runProviderPage(ctx, recipe),
});
