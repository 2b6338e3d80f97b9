// The content scripts' and pages' side of lib/messages.ts: send, then parse the answer.
import { browser } from 'wxt/browser';
import type { z } from 'zod/mini';
import { CaptureResponse, type Request, RevealResponse, VaultStatus } from '../lib/messages';

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
};
