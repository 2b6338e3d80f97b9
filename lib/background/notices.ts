// What the background tells pages unasked. Without the tabs permission a tab's URL is unknown:
// every tab hears a notice, and only the provider's own content script (never a web page) acts
// on it. A notice names a provider only, never a value.
import { browser } from 'wxt/browser';
import type { GuideEnded, VaultChanged } from '../protocol/messages';
import { entryKey } from './vault';

const VAULT_PREFIX = entryKey('');

/** Every tab hears the notice; no page listening is not an error. */
export function toEveryTab(notice: GuideEnded | VaultChanged) {
  void browser.tabs.query({}).then((tabs) => {
    for (const { id } of tabs)
      if (id !== undefined) void browser.tabs.sendMessage(id, notice).catch(() => {});
  });
}

export function toTab(tabId: number, provider: string) {
  const notice: VaultChanged = { type: 'vault-changed', provider };
  void browser.tabs.sendMessage(tabId, notice).catch(() => {});
}

/** Whether a storage.session key is a vault entry. */
export const isVaultKey = (key: string) => key.startsWith(VAULT_PREFIX);

/**
 * A vault entry changed: every extension page and every tab hears which provider's, at once (the
 * Upstack dashboards' Fill frames, and the provider pages' panels: captured, filled, forgotten,
 * expired), and each then asks for the masked status. A page's own storage.onChanged listener
 * would be handed the new entry itself, the secret included; the notice names only the provider.
 */
export function vaultChanged(key: string) {
  if (!isVaultKey(key)) return;
  const notice: VaultChanged = { type: 'vault-changed', provider: key.slice(VAULT_PREFIX.length) };
  void browser.runtime.sendMessage(notice).catch(() => {});
  toEveryTab(notice);
}
