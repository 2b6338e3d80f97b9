// Who may send what. A secret is accepted only from a content script in the top frame of that
// provider's own dashboard, and given out only to one on the Upstack dashboard over HTTPS.
import { isUpstackDashboard, recipeForUrl } from '../recipes/pages';

export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; incognito?: boolean };
}

function isOwnContentScript(
  sender: Sender,
  extensionId: string,
): sender is Sender & { url: string } {
  return sender.id === extensionId && !!sender.tab && sender.frameId === 0 && !!sender.url;
}

/**
 * The popup or options page, in a tab too: `extensionOrigin` is `runtime.getURL('')`. A content
 * script's sender URL is its web page's, never the extension's own origin.
 */
export function isExtensionPage(
  sender: Sender,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  return sender.id === extensionId && !!sender.url?.startsWith(extensionOrigin);
}

export function mayCapture(
  sender: Sender,
  extensionId: string,
  provider: string,
): sender is Sender & { url: string } {
  return isOwnContentScript(sender, extensionId) && recipeForUrl(sender.url)?.id === provider;
}

/** `dashboards`: a dashboard origin the merchant added in the options. */
export function mayReveal(
  sender: Sender,
  extensionId: string,
  dashboards: readonly string[] = [],
): boolean {
  return isOwnContentScript(sender, extensionId) && isUpstackDashboard(sender.url, dashboards);
}
