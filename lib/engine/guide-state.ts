// The guide's decisions, as a pure reducer: everything runGuide (guide.ts) decides with, in one
// value, and how each event changes it. No timers, listeners, messages or DOM here: the loop
// owns those, reduces each event and renders (guide-effects.ts runs what a change asks for).
import type { CaptureResponse, EndReason, VaultStatus, VerifyResponse } from '../protocol/messages';
import type { Secret } from '../recipes/schema';
import type { CaptureState } from './guide-view';
import { pathStart } from './plan';
import type { Reading } from './submit';

/** `offer`: the API-keys page, no guide yet; `watch`: declined, only a create click (watch.ts). */
export type Mode = 'guide' | 'offer' | 'watch';

/** How long a submitted credential waits for the page to show it was saved. */
export const SUBMIT_ACCEPT_MS = 15_000;
/** How often a key page is looked at for a key already shown (the explicit "use it" offer). */
export const OFFER_EVERY_MS = 1000;
export type Captured = Extract<VaultStatus, { state: 'captured' }>;

/** What the guide knows of the key; `sending`: a value of the key's shape, shown as captured
 * while the background's answer (send number `send`) is due: it resolves it. */
export type KeyState = CaptureState | { state: 'sending'; send: number; shown: Captured };

export interface GuideState {
  mode: Mode | EndReason;
  key: KeyState;
  /** The recipe step the merchant's path started at (kept by the background across pages). */
  from: number | undefined;
  /** The step and page looked at last (`index|href`), and since when. */
  stepKey: string;
  stepSince: number;
  /** The last credential sent (its fingerprint): not sent twice. */
  lastSent: string;
  /** Captures sent so far: an answer about an older one never overwrites a newer one's. */
  sends: number;
  /** A key shown here, waiting for the merchant's answer: replace the one held elsewhere? */
  offered?: { secret: Secret; held: string };
  /** A credential read on submit (number `id`), waiting for the page to accept it. */
  pending?: { id: number; since: number; reading: Reading };
  submits: number;
  /** Endings so far: only the last one's timer takes the panel away. */
  endings: number;
  /** Values of the key's shape an idle key page showed when last looked at, and when. */
  shown: { at: number; values: string[] };
  /** The engine is done here (`closed`: the merchant declined: no more offers). */
  stopped?: { closed: boolean };
}

export type GuideEvent =
  /** The offer accepted, a key created by hand, a submit: this tab runs the guide. */
  | { type: 'begin' }
  | { type: 'looked'; index: number; href: string; now: number }
  | { type: 'send'; fingerprint: string; replace: boolean; shown?: Captured }
  /** The background's answer to send number `send` (`masked`: the value, masked). */
  | {
      type: 'answer';
      send: number;
      valid: boolean;
      secret: Secret;
      masked: string;
      response: CaptureResponse;
    }
  /** A refusal of no send: the submitted credential's (by the background or the page). */
  | { type: 'refused'; reason: string }
  | { type: 'choose'; values: string[] }
  /** The vault's status, asked when `sends` was `asked` (a notice, the tab shown, expiry). */
  | { type: 'vault'; asked: number; status: VaultStatus }
  /** The merchant's answer to "replace the key held elsewhere?" (the loop sends or asks). */
  | { type: 'replace' }
  | { type: 'retry' }
  | { type: 'submit'; reading: Reading; now: number }
  | { type: 'verified'; id: number; answer: VerifyResponse }
  /** The page looked at while a submit waits: what it shows of the submitted credential. */
  | { type: 'settled'; outcome: 'accepted' | 'refused' | undefined; now: number }
  | { type: 'shown'; values: string[]; at?: number }
  | { type: 'ended'; reason: EndReason }
  /** The ending panel's time is up. */
  | { type: 'ending-over'; ending: number; reason: EndReason }
  /** The merchant closed the panel. */
  | { type: 'close' };

export const initial = (mode: Mode, status: VaultStatus, from?: number): GuideState => ({
  mode,
  key: status,
  from,
  stepKey: '',
  stepSince: 0,
  lastSent: '',
  sends: 0,
  submits: 0,
  endings: 0,
  shown: { at: 0, values: [] },
});

/** The guide or the offer runs (not how it ended). */
export const live = (mode: GuideState['mode']): mode is Mode =>
  mode === 'guide' || mode === 'offer';

/** What the panel shows of the key: one being sent shows as captured. */
export const shownKey = (key: KeyState): CaptureState =>
  key.state === 'sending' ? key.shown : key;

/** Once this guide holds the key (or sends one), it never goes back to creating one. */
export const holdsKey = (key: KeyState) =>
  key.state === 'captured' || key.state === 'filled' || key.state === 'sending';

/** The step (not only the page) changed between two states: its progress is told. */
export const stepChanged = (prev: GuideState, next: GuideState) =>
  next.stepKey !== prev.stepKey && !prev.stepKey.startsWith(`${next.stepKey.split('|')[0]}|`);

/** Where the submitted credential stands: `refused` by the page, or not saved in time. */
export function settlement(
  pending: NonNullable<GuideState['pending']>,
  outcome: 'accepted' | 'refused' | undefined,
  now: number,
): 'accepted' | 'refused' | 'waiting' {
  if (outcome === 'accepted') return 'accepted';
  return outcome === 'refused' || now - pending.since >= SUBMIT_ACCEPT_MS ? 'refused' : 'waiting';
}

/** On a key page with no capture armed and no key: look again for a key shown (`look`), not
 * now (`clear`), or in so many milliseconds (the page changed within the second). */
export function offerDue(s: GuideState, keyPage: boolean, armed: boolean, now: number) {
  const idle = s.key.state === 'empty' || s.key.state === 'refused' || s.key.state === 'expired';
  if (!keyPage || armed || !idle) return 'clear';
  const age = now - s.shown.at;
  return age >= OFFER_EVERY_MS ? 'look' : OFFER_EVERY_MS - age;
}

const begin = (s: GuideState): GuideState =>
  s.mode === 'guide'
    ? s
    : {
        ...s,
        mode: 'guide',
        from: undefined, // a new path: numbered from this page's step
        // An earlier guide's fill is not this one's (the background forgets its record too).
        key: s.key.state === 'filled' ? { state: 'empty' } : s.key,
      };

/** A refusal of no send does not replace a key held or being sent. */
const refuse = (s: GuideState, reason: string): GuideState =>
  s.key.state === 'captured' || s.key.state === 'sending'
    ? s
    : { ...s, key: { state: 'refused', reason } };

function answer(s: GuideState, e: Extract<GuideEvent, { type: 'answer' }>): GuideState {
  if (e.send !== s.sends) return s; // a newer key was sent meanwhile
  const { response } = e;
  if (!response.ok && 'held' in response)
    // A key from elsewhere is held: nothing replaces it until the merchant says so.
    return {
      ...s,
      offered: { secret: e.secret, held: response.held.entry },
      key: { state: 'replace', held: response.held, offered: e.masked },
    };
  if (!response.ok)
    // What showed as captured was not kept: say why instead.
    return e.valid
      ? { ...s, key: { state: 'refused', reason: response.reason } }
      : refuse(s, response.reason);
  return { ...s, key: response.status };
}

function vault(s: GuideState, e: Extract<GuideEvent, { type: 'vault' }>): GuideState {
  if (e.asked !== s.sends) return s; // a capture since then answers for itself
  if (s.key.state === 'sending') return s; // the send's own answer resolves it
  // The merchant is picking between two values: an empty vault is what that wait looks like.
  if (s.key.state === 'choose' && e.status.state === 'empty') return s;
  // The key this guide kept is gone before it was filled. `entry`: kept, not only shown.
  const gone = e.status.state === 'empty' || e.status.state === 'expired';
  if (s.key.state === 'captured' && s.key.entry && gone)
    return {
      ...s,
      key: { state: 'lost', reason: e.status.state === 'empty' ? 'forgotten' : 'expired' },
    };
  return { ...s, key: e.status };
}

export function reduce(s: GuideState, e: GuideEvent): GuideState {
  switch (e.type) {
    case 'begin':
      return begin(s);
    case 'looked': {
      const stepKey = `${e.index}|${e.href}`;
      const from = pathStart(s.from, e.index);
      if (stepKey === s.stepKey) return s.from === from ? s : { ...s, from };
      // A refusal belongs to the page that showed the value.
      const stale = s.key.state === 'refused' && !s.stepKey.endsWith(`|${e.href}`);
      const cleared = stale ? { key: { state: 'empty' } as KeyState, lastSent: '' } : {};
      return { ...s, from, stepKey, stepSince: e.now, ...cleared };
    }
    case 'send': {
      if (e.fingerprint === s.lastSent && !e.replace) return s;
      const sends = s.sends + 1;
      const next = { ...begin(s), lastSent: e.fingerprint, sends };
      return e.shown ? { ...next, key: { state: 'sending', send: sends, shown: e.shown } } : next;
    }
    case 'answer':
      return answer(s, e);
    case 'refused':
      return refuse(s, e.reason);
    case 'choose':
      // A key already sent is in question too: nothing is kept until the merchant picks, its
      // answer must not end the question, and the merchant may pick it again.
      return { ...s, sends: s.sends + 1, lastSent: '', key: { state: 'choose', values: e.values } };
    case 'vault':
      return vault(s, e);
    case 'replace':
      return s.offered ? { ...s, offered: undefined } : s;
    case 'retry':
      return { ...s, key: { state: 'empty' }, lastSent: '' };
    case 'submit': {
      const submits = s.submits + 1;
      return { ...begin(s), submits, pending: { id: submits, since: e.now, reading: e.reading } };
    }
    case 'verified':
      // A refusal from the background ends the wait at once.
      if (e.answer.ok || s.pending?.id !== e.id) return s;
      return refuse({ ...s, pending: undefined }, e.answer.reason);
    case 'settled':
      if (!s.pending || settlement(s.pending, e.outcome, e.now) === 'waiting') return s;
      return { ...s, pending: undefined };
    case 'shown': {
      const at = e.at ?? s.shown.at;
      if (at === s.shown.at && e.values.length === 0 && s.shown.values.length === 0) return s;
      return { ...s, shown: { at, values: e.values } };
    }
    case 'ended':
      if (s.mode === 'watch') return s; // no guide to end: the key page keeps listening
      if (s.mode !== 'guide')
        return s.stopped ? s : { ...s, stopped: { closed: e.reason === 'closed' } };
      return {
        ...s,
        mode: e.reason,
        endings: s.endings + 1,
        pending: undefined,
        stepKey: '',
        lastSent: '',
        key: { state: 'empty' },
      };
    case 'ending-over':
      if (e.ending !== s.endings || s.mode !== e.reason || s.stopped) return s;
      return { ...s, stopped: { closed: e.reason === 'closed' } };
    case 'close':
      // Closing the offer or the guide ends it everywhere (the loop tells the background);
      // closing how it ended: gone at once.
      if (live(s.mode) || s.stopped) return s;
      return { ...s, stopped: { closed: s.mode === 'closed' } };
  }
}
