// The Upstack Data dashboard: offers "Fill API key" on a provider's destination form.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadSettings } from '../lib/background/preferences';
import { runUpstackAssist } from '../lib/engine/upstack';
import { isUpstackDashboard, UPSTACK_MATCHES } from '../lib/recipes/pages';

export default defineContentScript({
  matches: UPSTACK_MATCHES,
  runAt: 'document_idle',
  // Inert unless the page's origin is the dashboard's, port included (see isUpstackDashboard).
  // Also registered at run time for a dashboard origin the merchant added (see background.ts).
  async main(ctx) {
    const { upstackOrigin } = await loadSettings();
    if (isUpstackDashboard(location.href, [upstackOrigin].filter(Boolean)))
      await runUpstackAssist(ctx);
  },
});
