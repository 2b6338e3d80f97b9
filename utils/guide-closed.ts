// Whether the merchant closed a provider's guide: a flag per provider in storage.local, written
// by the background and the popup (utils/preferences.ts), watched here by the provider's page.
import { browser } from 'wxt/browser';

export const CLOSED_GUIDES = 'closedGuides';

/** Calls `onChange` when the provider's flag changes; returns the unsubscribe. */
export function watchGuideClosed(
  provider: string,
  onChange: (closed: boolean) => void,
): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(CLOSED_GUIDES in changes)) return;
    const flags = changes[CLOSED_GUIDES]?.newValue;
    // The one value read is compared with `true`: anything else, damaged included, is open.
    onChange(typeof flags === 'object' && flags !== null && Reflect.get(flags, provider) === true);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
