// Klaviyo's dashboard: the guide, with Klaviyo's recipe (lib/recipes/klaviyo.ts).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runProviderPage } from '../lib/engine/provider-script';
import { klaviyo as recipe } from '../lib/recipes/klaviyo';
import { providerScriptOptions } from '../lib/recipes/pages';

export default defineContentScript({
  ...providerScriptOptions(recipe),
  main: (ctx) => runProviderPage(ctx, recipe),
});
