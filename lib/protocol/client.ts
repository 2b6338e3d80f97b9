// The content scripts' and pages' side of lib/protocol/messages.ts. The background parses every request
// with zod and answers from data it parsed itself: no web page can forge an answer, so answers
// are taken as typed here, and the content scripts carry no zod of their own.
import { browser } from 'wxt/browser';
import type { Answers, Request, RequestOf, VaultChanged } from './messages';

// Async: once the extension is reloaded, the browser's own sendMessage throws at the call; that
// becomes a rejection the callers already handle.
// The answer's type is the message type's row of `Answers`, the table the background's handlers
// are typed by.
const send = async <T extends Request['type']>(message: RequestOf<T>) =>
  (await browser.runtime.sendMessage(message)) as Answers[T];

export const messages = {
  wake: (provider: string) => send({ type: 'wake', provider }),
  guide: (provider: string) => send({ type: 'guide', provider }),
  close: (provider: string) => send({ type: 'close', provider }),
  capture: (provider: string, secret: Record<string, string>, replace?: string) =>
    send({ type: 'capture', provider, secret, replace }),
  verify: (provider: string, secret: Record<string, string>) =>
    send({ type: 'verify', provider, secret }),
  status: (provider: string) => send({ type: 'status', provider }),
  /** The Upstack dashboard: whose key is held now, if anyone's. */
  held: () => send({ type: 'held' }),
  reveal: (provider: string, entry: string) => send({ type: 'reveal', provider, entry }),
  /** The Upstack content script: the token it hands its Fill frame alone. */
  frameMount: (provider: string, token: string) => send({ type: 'frame-mount', provider, token }),
  /** The Fill frame: the token its parent handed it; to which origin may it post? */
  frameClaim: (provider: string, token: string) => send({ type: 'frame-claim', provider, token }),
  filled: (provider: string) => send({ type: 'filled', provider }),
  done: (provider: string) => send({ type: 'done', provider }),
  forget: (provider: string) => send({ type: 'forget', provider }),
  /** `index` of `count` on the merchant's path; `from`: the recipe step it started at. */
  progress: (provider: string, index: number, count: number, from: number) =>
    send({ type: 'progress', provider, index, count, from }),
  overview: () => send({ type: 'overview' }),
  start: (provider: string) => send({ type: 'start', provider }),
  focus: (provider: string) => send({ type: 'focus', provider }),
  check: (provider: string) => send({ type: 'check', provider }),
  copy: (provider: string) => send({ type: 'copy', provider }),
};

/** Whether a message is the background's notice that a vault entry changed: of `provider`, or
 * of any provider when none is given. (Only this extension can message its scripts and pages;
 * the notice carries a provider's id, never a value.) */
export function isVaultChanged(message: unknown, provider?: string): message is VaultChanged {
  const notice = message as Partial<VaultChanged> | null;
  return (
    typeof notice === 'object' &&
    notice !== null &&
    notice.type === 'vault-changed' &&
    (provider === undefined || notice.provider === provider)
  );
}

/** Hears every vault notice (of `provider`, or of any): the one listener of the dashboard's
 * loader and engine, the Fill frame and the popup. Returns how to stop hearing. */
export function onVaultChanged(heard: () => void, provider?: string): () => void {
  const listener = (message: unknown) => {
    if (isVaultChanged(message, provider)) heard();
    // Nothing returned: no one's request is answered here.
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
