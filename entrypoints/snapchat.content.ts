// Snapchat Business Manager: the guide, with Snapchat's recipe (lib/recipes/snapchat.ts). Not in
// the manifest: registered at run time by the background once the merchant granted its optional host
// permission (lib/recipes/optional.ts), so that an update adds no required host.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runProviderPage } from '../lib/engine/provider-script';
import { snapchat as recipe } from '../lib/recipes/snapchat';

export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main: (ctx) => runProviderPage(ctx, recipe),
});
