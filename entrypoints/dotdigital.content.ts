// Dotdigital's dashboard: the guide, with Dotdigital's recipe (lib/recipes/dotdigital.ts).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runProviderPage } from '../lib/engine/provider-script';
import { dotdigital as recipe } from '../lib/recipes/dotdigital';
import { providerScriptOptions } from '../lib/recipes/pages';

export default defineContentScript({
  ...providerScriptOptions(recipe),
  main: (ctx) => runProviderPage(ctx, recipe),
});
