// Holds captured secrets in storage.session (memory only, trusted contexts only) and answers
// the content scripts. All decisions live in lib/router.ts.
import { browser } from 'wxt/browser';
import { recipes } from '../lib/recipes';
import { createRouter } from '../lib/router';
import { createVault } from '../lib/vault';
import { loadSettings } from '../utils/preferences';

const EXPIRY_ALARM = 'vault-expiry:';

export default defineBackground(() => {
  const session = browser.storage.session;
  // Content scripts must never read the vault. TRUSTED_CONTEXTS is Chrome's default; say so
  // explicitly where the call exists (Firefox has no setAccessLevel and never exposes it).
  void session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
  const vault = createVault(session);
  const route = createRouter({
    vault,
    extensionId: browser.runtime.id,
    extensionOrigin: `${location.origin}/`,
    ttlMs: async () => (await loadSettings()).ttlMinutes * 60_000,
    scheduleExpiry: (provider, at) =>
      void browser.alarms.create(EXPIRY_ALARM + provider, { when: at }),
  });
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith(EXPIRY_ALARM)) void vault.expire(recipes.map((r) => r.id));
  });
});
