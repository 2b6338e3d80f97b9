// The Upstack Data dashboard: offers "Fill API key" on a provider's destination form. This script
// is the loader alone (lib/engine/upstack-loader.ts): the engine comes only once a key is held or
// a destination form shows.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SETTINGS_KEY, storedDashboardOrigins } from '../lib/background/dashboard-origin';
import { sleepUntilWanted } from '../lib/engine/upstack-loader';
import { isUpstackDashboard, UPSTACK_MATCHES } from '../lib/recipes/pages';

export default defineContentScript({
  matches: UPSTACK_MATCHES,
  runAt: 'document_idle',
  // Inert unless the page's origin is the dashboard's, port included (see isUpstackDashboard).
  // Also registered at run time for a dashboard origin the merchant added (see background.ts).
  async main(ctx) {
    const stored = (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
    if (isUpstackDashboard(location.href, storedDashboardOrigins(stored)))
      await sleepUntilWanted(ctx);
  },
});
