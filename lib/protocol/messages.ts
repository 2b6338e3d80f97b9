// The one message protocol between content scripts, extension pages and the background.
// The background parses every request with these schemas (a message that does not parse is
// dropped) and builds its answers from parsed data; the answers' types are below.
import { z } from 'zod/mini';
import type { Settings } from '../background/settings';

const provider = z.string().check(z.regex(/^[a-z]+$/));
/** A vault entry's id. */
const entry = z.string().check(z.regex(/^[\w-]{1,64}$/));
/** A Fill frame's handshake token: crypto.randomUUID(). */
const frameToken = z.string().check(z.regex(/^[0-9a-f-]{36}$/));
const secret = z.record(
  z.string().check(z.regex(/^[A-Za-z]+$/)),
  z.string().check(z.maxLength(1024)),
);

export const Request = z.discriminatedUnion('type', [
  /** A provider page's loader: is a guide running in this tab, and may the API-keys page offer one? */
  z.object({ type: z.literal('wake'), provider }),
  /** A provider page's content script starts its guide (and names the merchant's dashboard). */
  z.object({ type: z.literal('guide'), provider }),
  /** The merchant closed the guide on a provider page: it ends in every tab, and the API-keys
   * pages stop offering it until the merchant starts it from the popup or a help article. */
  z.object({ type: z.literal('close'), provider }),
  /** A provider page's content script captured a secret. `replace`: the held entry the merchant
   * agreed to replace, when it came from another tab or origin. */
  z.object({ type: z.literal('capture'), provider, secret, replace: z.optional(entry) }),
  /** A provider page's credential, submitted but not yet saved by the page: checked, not kept. */
  z.object({ type: z.literal('verify'), provider, secret }),
  /** Masked state of a provider's vault entry; never the secret. */
  z.object({ type: z.literal('status'), provider }),
  /** The Upstack dashboard: which provider's key is held now (the latest captured), if any. One
   * question for the whole site, not one per provider. */
  z.object({ type: z.literal('held') }),
  /** The Upstack content script asks for the secret, on the merchant's click, to fill it: only
   * while the vault still holds the entry the panel showed. */
  z.object({ type: z.literal('reveal'), provider, entry }),
  /** The Upstack content script mounts a Fill frame: the token it will hand that frame alone
   * (lib/background/frame-mounts.ts). */
  z.object({ type: z.literal('frame-mount'), provider, token: frameToken }),
  /** The Fill frame shows the token its parent handed it: to which origin may it post? */
  z.object({ type: z.literal('frame-claim'), provider, token: frameToken }),
  /** The Upstack content script filled the secret: forget it. */
  z.object({ type: z.literal('filled'), provider }),
  /** The merchant pressed the Upstack form's own save button after the fill: the guide is done. */
  z.object({ type: z.literal('done'), provider }),
  z.object({ type: z.literal('forget'), provider }),
  /** A provider page's guide moved to a step (shown in the popup as "step N of M"): `index` of
   * `count` on the merchant's path, which started at the recipe's step `from`. */
  z.object({
    type: z.literal('progress'),
    provider,
    index: z.int(),
    count: z.int(),
    from: z.optional(z.int()),
  }),
  /** Extension pages: every provider's state, progress and check. */
  z.object({ type: z.literal('overview') }),
  /** Extension pages and the help articles: open the provider's API keys page with the guide.
   * From the provider's own page (the offer accepted): run the guide in that tab. */
  z.object({ type: z.literal('start'), provider }),
  /** Extension pages: bring back the tab where the provider's guide is in progress. */
  z.object({ type: z.literal('focus'), provider }),
  /** Extension pages: check the captured key against the provider's API. */
  z.object({ type: z.literal('check'), provider }),
  /** The popup, on the merchant's click, as a last resort: the key for the clipboard. */
  z.object({ type: z.literal('copy'), provider }),
]);
export type Request = z.infer<typeof Request>;

/** The answer to `frame-claim`: the origin of the Upstack dashboard that mounted the frame. */
export type FrameClaim = { ok: true; origin: string } | { ok: false };

/** A key check's result (lib/key/check.ts), kept on the vault entry: read back with this schema. */
export const CheckResult = z.object({
  verdict: z.enum(['valid', 'invalid', 'forbidden', 'unknown']),
  reason: z.optional(
    z.enum(['request', 'missing', 'retired', 'busy', 'server', 'network', 'limit']),
  ),
});
export type CheckResult = z.infer<typeof CheckResult>;

/** A provider's vault entry as anyone but the vault sees it: masked, never the secret. */
export type VaultStatus =
  | { state: 'empty' }
  | {
      state: 'captured';
      /** The entry's id: a fill names the one the merchant saw. */
      entry: string;
      masked: Record<string, string>;
      expiresAt: number;
      /** The host it came from (never a secret). */
      from?: string;
      check?: CheckResult;
    }
  | { state: 'expired'; at: number }
  | { state: 'filled'; at: number };

type Refused = { ok: false; reason: string };
/** A key from another tab or origin would replace the one held: the merchant is asked first. */
export type HeldElsewhere = {
  ok: false;
  held: Extract<VaultStatus, { state: 'captured' }>;
  reason: string;
};
export type CaptureResponse = { ok: true; status: VaultStatus } | HeldElsewhere | Refused;
export type VerifyResponse = { ok: true } | Refused;
export type RevealResponse = { ok: true; secret: Record<string, string> } | Refused;

/** Guide progress, in session memory: read back by the background with this schema. */
export const Progress = z.object({
  index: z.int(),
  count: z.int(),
  tabId: z.optional(z.int()),
  /** The recipe step the merchant's path started at: a reloaded page numbers from there too. */
  from: z.optional(z.int()),
});
export type Progress = z.infer<typeof Progress>;

export type Overview = { provider: string; status: VaultStatus; progress?: Progress }[];

/** What a provider page's guide starts with; null when the merchant turned the provider off. */
export type GuideStart = {
  settings: Pick<Settings, 'keyName' | 'contactEmail' | 'ttlMinutes'>;
  /** The recipe's own options (`{id}` in its texts), each with its value. */
  options: Record<string, string>;
  /** A password for a credential the extension makes up (Dotdigital's API user). */
  password: string;
  status: VaultStatus;
  /** The recipe step where this guide's path started, if it ran on a page before. */
  from?: number;
} | null;

/** What a provider page's loader does: run the guide (this tab's is running), offer it on the
 * API-keys pages, or neither; null when the merchant turned the provider off. */
export type WakeAnswer = { guide: boolean; offer: boolean } | null;

/** The Upstack dashboard's one question: the provider whose key is held now, and the recipe step
 * where its guide's path started (the journey's count, lib/engine/journey.ts). */
export type HeldAnswer = { provider: string; from?: number } | null;

/** Each request's answer, by type: the background's handlers and the senders share it. */
export interface Answers {
  wake: WakeAnswer;
  guide: GuideStart;
  close: undefined;
  capture: CaptureResponse;
  verify: VerifyResponse;
  status: VaultStatus;
  held: HeldAnswer;
  reveal: RevealResponse;
  'frame-mount': undefined;
  'frame-claim': FrameClaim;
  filled: VaultStatus;
  done: undefined;
  forget: VaultStatus;
  progress: undefined;
  overview: Overview;
  start: undefined;
  focus: undefined;
  check: VaultStatus;
  copy: RevealResponse;
}
export type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;

/** Where a provider's guide runs, in session memory: read back with this schema. `origin`: the
 * merchant's dashboard, bound by the first page that starts it or the first key captured; keys
 * are taken from there alone while the guide runs (an Optimove tenant, a Dotdigital region). */
export const GuideState = z.object({ tabs: z.array(z.int()), origin: z.optional(z.string()) });
export type GuideState = z.infer<typeof GuideState>;

export type EndReason = 'done' | 'closed' | 'forgotten' | 'expired';
/** To every tab: the provider's guide ended (its panel says why and what next, then goes). */
export type GuideEnded = { type: 'guide-ended'; provider: string; reason: EndReason };

/** A notice from the background: a provider's vault state changed. To every tab (the provider
 * pages' panels) and every extension page (the Upstack Fill frames), which then ask for the status. */
export type VaultChanged = { type: 'vault-changed'; provider: string };
