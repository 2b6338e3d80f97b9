// The content scripts' and pages' side of lib/messages.ts: send, then parse the answer.
import { browser } from 'wxt/browser';
import type { z } from 'zod/mini';
import {
  CaptureResponse,
  Overview,
  type Request,
  RevealResponse,
  VaultStatus,
} from '../lib/messages';

async function send<S extends z.ZodMiniType>(message: Request, schema: S): Promise<z.infer<S>> {
  return schema.parse(await browser.runtime.sendMessage(message));
}

export const messages = {
  capture: (provider: string, secret: Record<string, string>) =>
    send({ type: 'capture', provider, secret }, CaptureResponse),
  status: (provider: string) => send({ type: 'status', provider }, VaultStatus),
  reveal: (provider: string) => send({ type: 'reveal', provider }, RevealResponse),
  filled: (provider: string) => send({ type: 'filled', provider }, VaultStatus),
  forget: (provider: string) => send({ type: 'forget', provider }, VaultStatus),
  progress: (provider: string, index: number, count: number) =>
    browser.runtime.sendMessage({ type: 'progress', provider, index, count } satisfies Request),
  overview: () => send({ type: 'overview' }, Overview),
  start: (provider: string) =>
    browser.runtime.sendMessage({ type: 'start', provider } satisfies Request),
  focus: (provider: string) =>
    browser.runtime.sendMessage({ type: 'focus', provider } satisfies Request),
  check: (provider: string) => send({ type: 'check', provider }, VaultStatus),
  copy: (provider: string) => send({ type: 'copy', provider }, RevealResponse),
};
