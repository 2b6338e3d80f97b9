// Pinterest Ads Manager: the guide, with Pinterest's recipe (lib/recipes/pinterest.ts). Not in the
// manifest: registered at run time by the background once the merchant granted its optional
// host permissions (lib/optional.ts), so that an update adds no required host.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { pinterest as recipe } from '../lib/recipes/pinterest';
import { runProviderPage } from '../utils/provider-script';

export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main: (ctx) => runProviderPage(ctx, recipe),
});
