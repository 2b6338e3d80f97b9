// Who may send what. A secret is accepted only from a content script in the top frame of that
// provider's own dashboard, and given out only to one on the Upstack dashboard over HTTPS.
import { isUpstackDashboard, recipeForUrl } from '../recipes/pages';
import type { Role } from './policy';

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

/** One of our pages in a subframe of a web page's tab: the Fill frame. Its URL is checked by
 * protocol, not origin: Chrome loads it from a per-session address (use_dynamic_url). Who
 * embedded it is not told here: the handshake (lib/background/frame-mounts.ts) proves that. */
export function isExtensionFrame(sender: Sender, extensionId: string): boolean {
  const protocol = URL.parse(sender.url ?? '')?.protocol;
  return (
    sender.id === extensionId &&
    sender.tab?.id !== undefined &&
    typeof sender.frameId === 'number' &&
    sender.frameId !== 0 &&
    (protocol === 'chrome-extension:' || protocol === 'moz-extension:')
  );
}

/** Our "Start guided setup" button on one of Upstack's help articles. */
export function isHelpArticle(sender: Sender, extensionId: string): boolean {
  return (
    !!sender.tab &&
    sender.id === extensionId &&
    !!sender.url?.startsWith('https://docs.upstackdata.com/')
  );
}

/** What the browser says the sender is, as the roles of lib/protocol/policy.ts. */
export function rolesOf(
  sender: Sender,
  provider: string | undefined,
  ids: { extensionId: string; extensionOrigin: string; dashboards: readonly string[] },
): Set<Role> {
  const { extensionId } = ids;
  const roles = new Set<Role>();
  if (provider && mayCapture(sender, extensionId, provider)) roles.add('provider');
  if (mayReveal(sender, extensionId, ids.dashboards)) roles.add('upstack');
  if (isExtensionPage(sender, extensionId, ids.extensionOrigin)) roles.add('extension');
  if (isExtensionFrame(sender, extensionId)) roles.add('frame');
  if (isHelpArticle(sender, extensionId)) roles.add('help');
  return roles;
}
