// Dotdigital's dashboard: the guide, with Dotdigital's recipe (lib/recipes/dotdigital.ts).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { providerScriptOptions } from '../lib/pages';
import { dotdigital as recipe } from '../lib/recipes/dotdigital';
import { runProviderPage } from '../utils/provider-script';

export default defineContentScript({
  ...providerScriptOptions(recipe),
  main: (ctx) => runProviderPage(ctx, recipe),
});
