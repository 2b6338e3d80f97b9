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
  /** A provider page's guide moved to a step (shown in the popup as "step N of M"). */
  z.object({ type: z.literal('progress'), provider, index: z.int(), count: z.int() }),
  /** Extension pages: every provider's state, progress and check. */
  z.object({ type: z.literal('overview') }),
  /** Extension pages and the help articles: open the provider's API keys page with the guide. */
  z.object({ type: z.literal('start'), provider }),
  /** Extension pages: bring back the tab where the provider's guide is in progress. */
  z.object({ type: z.literal('focus'), provider }),
  /** Extension pages: check the captured key against the provider's API. */
  z.object({ type: z.literal('check'), provider }),
  /** The popup, on the merchant's click, as a last resort: the key for the clipboard. */
  z.object({ type: z.literal('copy'), provider }),
]);
export type Request = z.infer<typeof Request>;

export const Verdict = z.enum(['valid', 'invalid', 'unknown']);
export type Verdict = z.infer<typeof Verdict>;

export const VaultStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('empty') }),
  z.object({
    state: z.literal('captured'),
    masked: z.record(z.string(), z.string()),
    expiresAt: z.number(),
    check: z.optional(Verdict),
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

export const Progress = z.object({ index: z.int(), count: z.int(), tabId: z.optional(z.int()) });
export type Progress = z.infer<typeof Progress>;

export const Overview = z.array(
  z.object({ provider, status: VaultStatus, progress: z.optional(Progress) }),
);
export type Overview = z.infer<typeof Overview>;

/** A notice from the background to the tab that captured a key: its status changed. */
export const VaultChanged = z.object({ type: z.literal('vault-changed'), provider });
