// Omnisend's dashboard: the guide, with Omnisend's recipe (lib/recipes/omnisend.ts).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runProviderPage } from '../lib/engine/provider-script';
import { omnisend as recipe } from '../lib/recipes/omnisend';
import { providerScriptOptions } from '../lib/recipes/pages';

export default defineContentScript({
  ...providerScriptOptions(recipe),
  main: (ctx) => runProviderPage(ctx, recipe),
});
