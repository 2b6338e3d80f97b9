// Holds captured secrets in storage.session (memory only, trusted contexts only) and answers
// the content scripts and pages: wiring only. The decisions are lib/background/router.ts's.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BADGE_ALARM, createBadge } from '../lib/background/badge';
import { FIRST_RUN_PAGE, opensFirstRun } from '../lib/background/first-run';
import { keepGuides, restoreGuides } from '../lib/background/guide-keep';
import { isVaultKey, toEveryTab, toTab, vaultChanged } from '../lib/background/notices';
import {
  isGuideClosed,
  loadSettings,
  migrateSettings,
  rememberedOrigin,
  rememberOrigin,
  setGuideClosed,
} from '../lib/background/preferences';
import { createRouter } from '../lib/background/router';
import {
  pageAddress,
  startProviderScript,
  syncDashboardScript,
  syncProviderScripts,
} from '../lib/background/scripts';
import { sessionItems } from '../lib/background/session-items';
import { createVault } from '../lib/background/vault';
import { recipeById, recipes } from '../lib/recipes';
import { say } from '../lib/ui/i18n';

const EXPIRY_ALARM = 'vault-expiry:';

export default defineBackground(() => {
  const session = browser.storage.session;
  // Content scripts must never read the vault. TRUSTED_CONTEXTS is Chrome's default; say so
  // explicitly where the call exists (Firefox has no setAccessLevel and never exposes it).
  void session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
  const vault = createVault(session);
  const items = sessionItems(session);
  // Each guide's tabs and progress, also kept key-free in storage.local for an update.
  const { progress, guides } = keepGuides(items, browser.storage.local);
  const route = createRouter({
    vault,
    extensionId: browser.runtime.id,
    extensionOrigin: `${location.origin}/`,
    settings: loadSettings,
    scheduleExpiry: (provider, at) =>
      void browser.alarms.create(EXPIRY_ALARM + provider, { when: at }),
    progress,
    guides,
    origins: { get: rememberedOrigin, set: rememberOrigin },
    closedGuides: { get: isGuideClosed, set: setGuideClosed },
    // A provider just permitted gets its content script before its first tab opens.
    openTab: async (url) => {
      await syncProviderScripts();
      return (await browser.tabs.create({ url })).id;
    },
    focusTab: async (tabId) => void (await browser.tabs.update(tabId, { active: true })),
    fetchStatus: async ({ url, headers, method, body }) =>
      (
        await fetch(url, {
          method: method ?? 'GET',
          headers,
          ...(body === undefined ? {} : { body }),
          credentials: 'omit',
          cache: 'no-store',
          redirect: 'error',
        })
      ).status,
    notifyTab: toTab,
    broadcast: toEveryTab,
    say,
  });
  /** The guides being restored after an update: a page's question waits for them. */
  let restoring: Promise<unknown> = Promise.resolve();
  browser.runtime.onMessage.addListener((message, sender) =>
    restoring.then(() => route(message, sender)),
  );
  // The toolbar badge: minutes left while a key is held (every vault change, and each minute).
  const badge = createBadge(() => Promise.all(recipes.map((r) => vault.status(r.id))));
  void badge.update();
  // On install only (not on an update or a browser update): the first-run page.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (opensFirstRun(reason))
      void browser.tabs.create({ url: browser.runtime.getURL(FIRST_RUN_PAGE) });
    // Updated (or reloaded): the running guides come back, their pages' scripts started again.
    // The vault does not: a key is never written where it would outlive the session area.
    if (reason === 'update')
      restoring = syncProviderScripts().then(() =>
        restoreGuides({
          local: browser.storage.local,
          items,
          tabs: async (ids) => {
            const open = new Map<number, string | null>();
            for (const id of ids) {
              if (!(await browser.tabs.get(id).catch(() => undefined))) continue;
              open.set(id, (await pageAddress(id)) ?? null);
            }
            return open;
          },
          recipeOf: recipeById,
          disabled: async () => (await loadSettings()).disabled,
          inject: startProviderScript,
        }).catch(() => []),
      );
  });
  // Settings an earlier version saved are written again as this version's (lib/background/settings.ts): at
  // each start, since the first start after an update is the one that matters (one read else).
  void migrateSettings();
  // A dashboard origin the merchant added gets the Upstack content script, once permitted.
  void syncDashboardScript();
  void syncProviderScripts();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && 'settings' in changes) void syncDashboardScript();
    if (area !== 'session') return;
    for (const key of Object.keys(changes)) vaultChanged(key);
    if (Object.keys(changes).some(isVaultKey)) void badge.update();
  });
  browser.permissions.onAdded.addListener(() => {
    void syncDashboardScript();
    void syncProviderScripts();
  });
  browser.permissions.onRemoved.addListener(() => void syncProviderScripts());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith(EXPIRY_ALARM))
      void route.expired(alarm.name.slice(EXPIRY_ALARM.length));
    if (alarm.name === BADGE_ALARM) void badge.update();
  });
});
