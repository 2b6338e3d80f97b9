// Reddit Ads: the guide, with Reddit's recipe (lib/recipes/reddit.ts). Not in the manifest:
// registered at run time by the background once the merchant granted its optional host
// permission (lib/recipes/optional.ts), so that an update adds no required host.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runProviderPage } from '../lib/engine/provider-script';
import { reddit as recipe } from '../lib/recipes/reddit';

export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main: (ctx) => runProviderPage(ctx, recipe),
});
