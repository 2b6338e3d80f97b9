// Omnisend's dashboard: the guide, with Omnisend's recipe (lib/recipes/omnisend.ts).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { providerScriptOptions } from '../lib/pages';
import { omnisend as recipe } from '../lib/recipes/omnisend';
import { runProviderPage } from '../utils/provider-script';

export default defineContentScript({
  ...providerScriptOptions(recipe),
  main: (ctx) => runProviderPage(ctx, recipe),
});
