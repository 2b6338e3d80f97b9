// TikTok Events Manager: the guide, with TikTok's recipe (lib/recipes/tiktok.ts). Not in the
// manifest: registered at run time by the background once the merchant granted its optional
// host permissions (lib/recipes/optional.ts), so that an update adds no required host.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runProviderPage } from '../lib/engine/provider-script';
import { tiktok as recipe } from '../lib/recipes/tiktok';

export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main: (ctx) => runProviderPage(ctx, recipe),
});
