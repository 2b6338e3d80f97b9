// Optimove's dashboard: the guide, with Optimove's recipe (lib/recipes/optimove.ts).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runProviderPage } from '../lib/engine/provider-script';
import { optimove as recipe } from '../lib/recipes/optimove';
import { providerScriptOptions } from '../lib/recipes/pages';

export default defineContentScript({
  ...providerScriptOptions(recipe),
  main: (ctx) => runProviderPage(ctx, recipe),
});
