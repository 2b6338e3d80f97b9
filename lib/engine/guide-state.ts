// The guide's decisions, as a pure reducer: what runGuide (guide.ts) holds in its closure today,
// in one value, and how each event changes it. No timers, listeners or messages here: the loop
// owns those and renders once per changed state. Not wired into guide.ts yet (issue 27, part 1).
import type { EndReason, VaultStatus } from '../protocol/messages';
import type { Mode } from './guide';
import type { CaptureState } from './guide-view';

type Captured = Extract<VaultStatus, { state: 'captured' }>;

/** What the guide shows about the key; `sending`: shown as captured, the background's answer due. */
export type KeyState = CaptureState | { state: 'sending'; send: number; shown: Captured };

export interface GuideState {
  mode: Mode | EndReason;
  key: KeyState;
  /** The recipe step the merchant's path started at. */
  from: number | undefined;
  /** The step and page looked at last (`index|href`), and since when. */
  stepKey: string;
  stepSince: number;
  /** The last credential sent (its fingerprint): not sent twice. */
  lastSent: string;
  /** Captures sent so far: an answer about an older one never overwrites a newer one's. */
  sends: number;
  /** A credential submitted in its form, waiting for the page to accept it. */
  pending: boolean;
}

export type GuideEvent =
  | { type: 'begin' }
  | { type: 'looked'; index: number; href: string; now: number; pathStart: number | undefined }
  | { type: 'send'; fingerprint: string; replace: boolean; shown?: Captured }
  | { type: 'answer'; send: number; status: VaultStatus }
  | { type: 'refused'; send?: number; reason: string }
  | { type: 'choose'; values: string[] }
  | { type: 'vault'; asked: number; status: VaultStatus }
  | { type: 'submit' }
  | { type: 'settled' }
  | { type: 'retry' }
  | { type: 'ended'; reason: EndReason };

export const initial = (mode: Mode, status: VaultStatus, from?: number): GuideState => ({
  mode,
  key: status,
  from,
  stepKey: '',
  stepSince: 0,
  lastSent: '',
  sends: 0,
  pending: false,
});

const begin = (s: GuideState): GuideState =>
  s.mode === 'guide'
    ? s
    : {
        ...s,
        mode: 'guide',
        from: undefined,
        key: s.key.state === 'filled' ? { state: 'empty' } : s.key,
      };

export function reduce(s: GuideState, e: GuideEvent): GuideState {
  switch (e.type) {
    case 'begin':
      return begin(s);
    case 'looked': {
      const key = `${e.index}|${e.href}`;
      if (key === s.stepKey) return s.from === e.pathStart ? s : { ...s, from: e.pathStart };
      // A refusal belongs to the page that showed the value.
      const stale = s.key.state === 'refused' && !s.stepKey.endsWith(`|${e.href}`);
      return {
        ...s,
        from: e.pathStart,
        stepKey: key,
        stepSince: e.now,
        ...(stale ? { key: { state: 'empty' } as KeyState, lastSent: '' } : {}),
      };
    }
    case 'send': {
      if (e.fingerprint === s.lastSent && !e.replace) return s;
      const sends = s.sends + 1;
      const next = { ...begin(s), lastSent: e.fingerprint, sends };
      return e.shown ? { ...next, key: { state: 'sending', send: sends, shown: e.shown } } : next;
    }
    case 'answer':
      return e.send === s.sends ? { ...s, key: e.status } : s;
    case 'refused':
      if (e.send !== undefined && e.send !== s.sends) return s;
      // A refusal of a value never shown as captured does not replace a key already held.
      if (e.send === undefined && s.key.state === 'captured') return s;
      return { ...s, key: { state: 'refused', reason: e.reason } };
    case 'choose':
      return { ...s, sends: s.sends + 1, lastSent: '', key: { state: 'choose', values: e.values } };
    case 'vault': {
      if (e.asked !== s.sends) return s; // a capture since then answers for itself
      if (s.key.state === 'choose' && e.status.state === 'empty') return s;
      if (
        s.key.state === 'captured' &&
        s.key.entry &&
        (e.status.state === 'empty' || e.status.state === 'expired')
      )
        return {
          ...s,
          key: { state: 'lost', reason: e.status.state === 'empty' ? 'forgotten' : 'expired' },
        };
      return { ...s, key: e.status };
    }
    case 'submit':
      return { ...begin(s), pending: true };
    case 'settled':
      return s.pending ? { ...s, pending: false } : s;
    case 'retry':
      return { ...s, key: { state: 'empty' }, lastSent: '' };
    case 'ended':
      if (s.mode !== 'guide') return s;
      return {
        ...s,
        mode: e.reason,
        pending: false,
        stepKey: '',
        lastSent: '',
        key: { state: 'empty' },
      };
  }
}
