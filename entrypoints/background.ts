// Holds captured secrets in storage.session (memory only, trusted contexts only) and answers
// the content scripts and pages. All decisions live in lib/background/router.ts; this file wires browser APIs.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BADGE_ALARM, createBadge } from '../lib/background/badge';
import { FIRST_RUN_PAGE, opensFirstRun } from '../lib/background/first-run';
import {
  isGuideClosed,
  loadSettings,
  migrateSettings,
  rememberedOrigin,
  rememberOrigin,
  setGuideClosed,
} from '../lib/background/preferences';
import { createRouter } from '../lib/background/router';
import { createVault, entryKey } from '../lib/background/vault';
import { GuideState, Progress, type VaultChanged } from '../lib/protocol/messages';
import { recipes } from '../lib/recipes';
import { optionalOrigins, providerScriptId } from '../lib/recipes/optional';
import { say } from '../lib/ui/i18n';

const EXPIRY_ALARM = 'vault-expiry:';
const VAULT_PREFIX = entryKey('');

export default defineBackground(() => {
  const session = browser.storage.session;
  // Content scripts must never read the vault. TRUSTED_CONTEXTS is Chrome's default; say so
  // explicitly where the call exists (Firefox has no setAccessLevel and never exposes it).
  void session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
  const vault = createVault(session);
  const progressKey = (provider: string) => `progress:${provider}`;
  const guideKey = (provider: string) => `guide:${provider}`;
  const route = createRouter({
    vault,
    extensionId: browser.runtime.id,
    extensionOrigin: `${location.origin}/`,
    settings: loadSettings,
    scheduleExpiry: (provider, at) =>
      void browser.alarms.create(EXPIRY_ALARM + provider, { when: at }),
    progress: {
      async get(provider) {
        const parsed = Progress.safeParse(
          (await session.get(progressKey(provider)))[progressKey(provider)],
        );
        return parsed.success ? parsed.data : undefined;
      },
      set: (provider, progress) => session.set({ [progressKey(provider)]: progress }),
      clear: (provider) => session.remove(progressKey(provider)),
    },
    guides: {
      async get(provider) {
        const parsed = GuideState.safeParse(
          (await session.get(guideKey(provider)))[guideKey(provider)],
        );
        return parsed.success ? parsed.data : { tabs: [] };
      },
      set: (provider, state) => session.set({ [guideKey(provider)]: state }),
    },
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
    notifyTab: (tabId, provider) =>
      void browser.tabs.sendMessage(tabId, { type: 'vault-changed', provider }).catch(() => {}),
    // Without the tabs permission a tab's URL is unknown: every tab hears it, and only the
    // provider's own content script (never a web page) acts on it.
    broadcast: (notice) =>
      void browser.tabs.query({}).then((tabs) => {
        for (const { id } of tabs)
          if (id !== undefined) void browser.tabs.sendMessage(id, notice).catch(() => {});
      }),
    say,
  });
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  // The toolbar badge: minutes left while a key is held (every vault change, and each minute).
  const badge = createBadge(() => Promise.all(recipes.map((r) => vault.status(r.id))));
  void badge.update();
  // On install only (not on an update or a browser update): the first-run page.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (opensFirstRun(reason))
      void browser.tabs.create({ url: browser.runtime.getURL(FIRST_RUN_PAGE) });
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
    for (const key of Object.keys(changes)) notifyPages(key);
    if (Object.keys(changes).some((key) => key.startsWith(VAULT_PREFIX))) void badge.update();
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

/**
 * A vault entry changed: every extension page and every tab hears which provider's, at once (the
 * Upstack dashboards' Fill frames, and the provider pages' panels: captured, filled, forgotten,
 * expired), and each then asks for the masked status. A page's own storage.onChanged listener
 * would be handed the new entry itself, the secret included; the notice names only the provider.
 * Without the tabs permission a tab's URL is unknown: every tab hears it, and only the provider's
 * own content script (never a web page) acts on it.
 */
function notifyPages(key: string) {
  if (!key.startsWith(VAULT_PREFIX)) return;
  const notice: VaultChanged = { type: 'vault-changed', provider: key.slice(VAULT_PREFIX.length) };
  // No page listening is not an error.
  void browser.runtime.sendMessage(notice).catch(() => {});
  void browser.tabs.query({}).then((tabs) => {
    for (const { id } of tabs)
      if (id !== undefined) void browser.tabs.sendMessage(id, notice).catch(() => {});
  });
}

const DASHBOARD_SCRIPT = 'upstack-dashboard';

async function syncDashboardScript() {
  const { upstackOrigin } = await loadSettings();
  const registered = await browser.scripting.getRegisteredContentScripts({
    ids: [DASHBOARD_SCRIPT],
  });
  if (registered.length)
    await browser.scripting.unregisterContentScripts({ ids: [DASHBOARD_SCRIPT] });
  const matches = [`${upstackOrigin}/*`];
  if (!upstackOrigin || !(await browser.permissions.contains({ origins: matches }))) return;
  await browser.scripting.registerContentScripts([
    { id: DASHBOARD_SCRIPT, matches, js: ['content-scripts/upstack.js'], runAt: 'document_idle' },
  ]);
}

/** One sync at a time: two at once would register the same id twice. */
let providerSync: Promise<void> = Promise.resolve();

/**
 * A provider added after the first release (recipe `optional`) has no content script in the
 * manifest: its own is registered here once the merchant granted its hosts, and unregistered
 * when they are taken back.
 */
function syncProviderScripts(): Promise<void> {
  providerSync = providerSync
    .then(async () => {
      for (const recipe of recipes.filter((r) => r.optional)) {
        const id = providerScriptId(recipe);
        const granted = await browser.permissions.contains({ origins: optionalOrigins(recipe) });
        const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
        if (granted && !registered)
          await browser.scripting.registerContentScripts([
            {
              id,
              matches: recipe.matches,
              js: [`content-scripts/${recipe.id}.js`],
              runAt: 'document_idle',
            },
          ]);
        if (!granted && registered) await browser.scripting.unregisterContentScripts({ ids: [id] });
      }
    })
    .catch(() => {});
  return providerSync;
}
