// The Upstack Data dashboard: offers "Fill API key" on a provider's destination form.
import { isUpstackDashboard, UPSTACK_EXCLUDE_MATCHES, UPSTACK_MATCHES } from '../lib/pages';
import { runUpstackAssist } from '../utils/upstack';

export default defineContentScript({
  matches: UPSTACK_MATCHES,
  excludeMatches: UPSTACK_EXCLUDE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    if (isUpstackDashboard(location.href)) void runUpstackAssist(ctx);
  },
});
