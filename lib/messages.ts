// The one message protocol between content scripts, extension pages and the background.
// Both ends parse with these schemas: a message that does not parse is dropped.
import { z } from 'zod/mini';

const provider = z.string().check(z.regex(/^[a-z]+$/));
const secret = z.record(
  z.string().check(z.regex(/^[A-Za-z]+$/)),
  z.string().check(z.maxLength(1024)),
);

export const Request = z.discriminatedUnion('type', [
  /** A provider page's content script captured a secret. */
  z.object({ type: z.literal('capture'), provider, secret }),
  /** Masked state of a provider's vault entry; never the secret. */
  z.object({ type: z.literal('status'), provider }),
  /** The Upstack content script asks for the secret, on the merchant's click, to fill it. */
  z.object({ type: z.literal('reveal'), provider }),
  /** The Upstack content script filled the secret: forget it. */
  z.object({ type: z.literal('filled'), provider }),
  z.object({ type: z.literal('forget'), provider }),
]);
export type Request = z.infer<typeof Request>;

export const VaultStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('empty') }),
  z.object({
    state: z.literal('captured'),
    masked: z.record(z.string(), z.string()),
    expiresAt: z.number(),
  }),
  z.object({ state: z.literal('expired'), at: z.number() }),
  z.object({ state: z.literal('filled'), at: z.number() }),
]);
export type VaultStatus = z.infer<typeof VaultStatus>;

export const CaptureResponse = z.union([
  z.object({ ok: z.literal(true), status: VaultStatus }),
  z.object({ ok: z.literal(false), reason: z.string() }),
]);
export type CaptureResponse = z.infer<typeof CaptureResponse>;

export const RevealResponse = z.union([
  z.object({ ok: z.literal(true), secret }),
  z.object({ ok: z.literal(false), reason: z.string() }),
]);
export type RevealResponse = z.infer<typeof RevealResponse>;
