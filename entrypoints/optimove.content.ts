// Optimove's dashboard: the guide, with Optimove's recipe (lib/recipes/optimove.ts).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { providerScriptOptions } from '../lib/pages';
import { optimove as recipe } from '../lib/recipes/optimove';
import { runProviderPage } from '../utils/provider-script';

export default defineContentScript({
  ...providerScriptOptions(recipe),
  main: (ctx) => runProviderPage(ctx, recipe),
});
