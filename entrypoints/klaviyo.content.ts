// Klaviyo's dashboard: the guide, with Klaviyo's recipe (lib/recipes/klaviyo.ts).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { providerScriptOptions } from '../lib/pages';
import { klaviyo as recipe } from '../lib/recipes/klaviyo';
import { runProviderPage } from '../utils/provider-script';

export default defineContentScript({
  ...providerScriptOptions(recipe),
  main: (ctx) => runProviderPage(ctx, recipe),
});
