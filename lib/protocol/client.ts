// The content scripts' and pages' side of lib/protocol/messages.ts. The background parses every request
// with zod and answers from data it parsed itself: no web page can forge an answer, so answers
// are taken as typed here, and the content scripts carry no zod of their own.
import { browser } from 'wxt/browser';
import type {
  CaptureResponse,
  GuideStart,
  Overview,
  Request,
  RevealResponse,
  VaultStatus,
  VerifyResponse,
  WakeAnswer,
} from './messages';

// Async: once the extension is reloaded, the browser's own sendMessage throws at the call; that
// becomes a rejection the callers already handle.
const send = async <T = void>(message: Request) =>
  (await browser.runtime.sendMessage(message)) as T;

export const messages = {
  wake: (provider: string) => send<WakeAnswer>({ type: 'wake', provider }),
  guide: (provider: string) => send<GuideStart>({ type: 'guide', provider }),
  close: (provider: string) => send({ type: 'close', provider }),
  capture: (provider: string, secret: Record<string, string>, replace?: string) =>
    send<CaptureResponse>({ type: 'capture', provider, secret, replace }),
  verify: (provider: string, secret: Record<string, string>) =>
    send<VerifyResponse>({ type: 'verify', provider, secret }),
  status: (provider: string) => send<VaultStatus>({ type: 'status', provider }),
  reveal: (provider: string, entry: string) =>
    send<RevealResponse>({ type: 'reveal', provider, entry }),
  filled: (provider: string) => send<VaultStatus>({ type: 'filled', provider }),
  done: (provider: string) => send({ type: 'done', provider }),
  forget: (provider: string) => send<VaultStatus>({ type: 'forget', provider }),
  /** `index` of `count` on the merchant's path; `from`: the recipe step it started at. */
  progress: (provider: string, index: number, count: number, from: number) =>
    send({ type: 'progress', provider, index, count, from }),
  overview: () => send<Overview>({ type: 'overview' }),
  start: (provider: string) => send({ type: 'start', provider }),
  focus: (provider: string) => send({ type: 'focus', provider }),
  check: (provider: string) => send<VaultStatus>({ type: 'check', provider }),
  copy: (provider: string) => send<RevealResponse>({ type: 'copy', provider }),
};
