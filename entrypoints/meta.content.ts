// Meta Events Manager: the guide, with its recipe (lib/recipes/meta.ts). Not in the manifest: registered
// at run time by the background once the merchant granted its optional host permissions
// (lib/recipes/optional.ts), so that an update adds no required host.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runProviderPage } from '../lib/engine/provider-script';
import { meta as recipe } from '../lib/recipes/meta';

export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main: (ctx) => runProviderPage(ctx, recipe),
});
