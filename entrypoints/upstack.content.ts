// The Upstack Data dashboard: offers "Fill API key" on a provider's destination form.
import { isUpstackDashboard, UPSTACK_EXCLUDE_MATCHES, UPSTACK_MATCHES } from '../lib/pages';
import { loadSettings } from '../utils/preferences';
import { runUpstackAssist } from '../utils/upstack';

export default defineContentScript({
  matches: UPSTACK_MATCHES,
  excludeMatches: UPSTACK_EXCLUDE_MATCHES,
  runAt: 'document_idle',
  // Also registered at run time for a dashboard origin the merchant added (see background.ts).
  async main(ctx) {
    const { upstackOrigin } = await loadSettings();
    if (isUpstackDashboard(location.href, [upstackOrigin].filter(Boolean)))
      await runUpstackAssist(ctx);
  },
});
