import { describe, expect, it } from 'vitest';
import {
  type GuideEvent,
  type GuideState,
  holdsKey,
  initial,
  live,
  OFFER_EVERY_MS,
  offerDue,
  reduce,
  SUBMIT_ACCEPT_MS,
  settlement,
  shownKey,
  stepChanged,
} from '../../lib/engine/guide-state';
import type { VaultStatus } from '../../lib/protocol/messages';

const shown = { state: 'captured' as const, entry: '', masked: { k: 'pk_…1' }, expiresAt: 1 };
const kept = { ...shown, entry: 'e1' };
const guide = (key: VaultStatus = { state: 'empty' }) => initial('guide', key);
const run = (s: GuideState, ...events: GuideEvent[]) => events.reduce(reduce, s);
const reading = { secret: { k: 'v' }, valid: true };
const looked = (index: number, href: string, now = 0): GuideEvent => ({
  type: 'looked',
  index,
  href,
  now,
});
const send = (fingerprint: string, valid = true, replace = false): GuideEvent => ({
  type: 'send',
  fingerprint,
  replace,
  shown: valid ? shown : undefined,
});
const answer = (
  s: GuideState,
  response: Extract<GuideEvent, { type: 'answer' }>['response'],
  valid = true,
): GuideEvent => ({
  type: 'answer',
  send: s.sends,
  valid,
  secret: { k: 'v' },
  masked: 'v…',
  response,
});
const refused = (reason: string): GuideEvent => ({ type: 'refused', reason });

describe('guide reducer: begin', () => {
  it('an offer becomes a guide from this page, an earlier fill forgotten', () => {
    const s = reduce(initial('offer', { state: 'filled', at: 1 }, 2), { type: 'begin' });
    expect(s.mode).toBe('guide');
    expect(s.from).toBeUndefined();
    expect(s.key.state).toBe('empty');
  });
  it('a running guide is unchanged; a key held stays held', () => {
    const g = guide(kept);
    expect(reduce(g, { type: 'begin' })).toBe(g);
    expect(reduce(initial('offer', kept), { type: 'begin' }).key).toBe(kept);
  });
  it('an ended guide starts again', () => {
    const ended = reduce(guide(), { type: 'ended', reason: 'done' });
    expect(reduce(ended, { type: 'begin' }).mode).toBe('guide');
  });
});

describe('guide reducer: looked', () => {
  it('a new page sets the step and its clock; the path starts at the lowest step', () => {
    const s = run(initial('guide', { state: 'empty' }, 2), looked(1, 'a', 5));
    expect(s.stepKey).toBe('1|a');
    expect(s.stepSince).toBe(5);
    expect(s.from).toBe(1);
    expect(run(s, looked(3, 'b', 9)).from).toBe(1);
  });
  it('the same step and page again is no change', () => {
    const s = run(guide(), looked(1, 'a', 5));
    expect(reduce(s, looked(1, 'a', 9))).toBe(s);
  });
  it('a refusal from another page goes with its fingerprint; on the same page it stays', () => {
    const s = run(guide(), looked(1, 'a'), send('x', false), refused('no'));
    expect(s.key.state).toBe('refused');
    const elsewhere = reduce(s, looked(2, 'b', 9));
    expect(elsewhere.key.state).toBe('empty');
    expect(elsewhere.lastSent).toBe('');
    const here = reduce(s, looked(2, 'a', 9));
    expect(here.key.state).toBe('refused');
    expect(here.lastSent).toBe('x');
  });
  it('stepChanged: only a new step index, not a new page of the same step', () => {
    const s = run(guide(), looked(1, 'a'));
    expect(stepChanged(guide(), s)).toBe(true);
    expect(stepChanged(s, reduce(s, looked(1, 'b')))).toBe(false);
    expect(stepChanged(s, reduce(s, looked(2, 'a')))).toBe(true);
    expect(stepChanged(s, s)).toBe(false);
  });
});

describe('guide reducer: send and answer', () => {
  it('a value of the key shape is sending (shown as captured) until the answer', () => {
    const s = reduce(initial('offer', { state: 'empty' }), send('x'));
    expect(s.mode).toBe('guide');
    expect(s.key).toEqual({ state: 'sending', send: 1, shown });
    expect(shownKey(s.key)).toBe(shown);
    expect(holdsKey(s.key)).toBe(true);
    expect(reduce(s, answer(s, { ok: true, status: kept })).key).toBe(kept);
  });
  it('a refused answer says why instead of captured', () => {
    const s = reduce(guide(), send('x'));
    const next = reduce(s, answer(s, { ok: false, reason: 'bad' }));
    expect(next.key).toEqual({ state: 'refused', reason: 'bad' });
  });
  it('a value not of the shape is not shown as sending; its refusal keeps a key held', () => {
    const s = reduce(guide(), send('x', false));
    expect(s.key.state).toBe('empty');
    expect(s.sends).toBe(1);
    expect(reduce(s, answer(s, { ok: false, reason: 'bad' }, false)).key.state).toBe('refused');
    const held = reduce(guide(kept), send('y', false));
    expect(reduce(held, answer(held, { ok: false, reason: 'bad' }, false))).toBe(held);
  });
  it('a key held elsewhere: the merchant is asked, the new one kept in memory', () => {
    const s = reduce(guide(), send('x'));
    const held = { ...kept, from: 'other.example' };
    const next = reduce(s, answer(s, { ok: false, held, reason: 'held' }));
    expect(next.key).toEqual({ state: 'replace', held, offered: 'v…' });
    expect(next.offered).toEqual({ secret: { k: 'v' }, held: 'e1' });
    const answered = reduce(next, { type: 'replace' });
    expect(answered.offered).toBeUndefined();
    expect(reduce(answered, { type: 'replace' })).toBe(answered);
  });
  it('the same credential is not sent twice unless it replaces one', () => {
    const s = reduce(guide(), send('x'));
    expect(reduce(s, send('x'))).toBe(s);
    expect(reduce(s, send('x', true, true)).sends).toBe(2);
    expect(reduce(s, send('y')).sends).toBe(2);
  });
  it('an answer about an older capture never overwrites a newer one', () => {
    const first = reduce(guide(), send('x'));
    const s = reduce(first, send('y'));
    expect(reduce(s, answer(first, { ok: true, status: kept }))).toBe(s);
    expect(reduce(s, answer(first, { ok: false, reason: 'r' }))).toBe(s);
    expect(reduce(s, { type: 'vault', asked: 1, status: { state: 'empty' } })).toBe(s);
  });
});

describe('guide reducer: refused, choose, retry', () => {
  it('a refusal of no send shows, but never replaces a key held or being sent', () => {
    expect(reduce(guide(), refused('r')).key).toEqual({ state: 'refused', reason: 'r' });
    const held = guide(kept);
    expect(reduce(held, refused('r'))).toBe(held);
    const sending = reduce(guide(), send('x'));
    expect(reduce(sending, refused('r'))).toBe(sending);
  });
  it('choose: a question that stale answers cannot end, and the key sent may be picked again', () => {
    const sent = reduce(guide(), send('x'));
    const s = reduce(sent, { type: 'choose', values: ['a', 'b'] });
    expect(s.key).toEqual({ state: 'choose', values: ['a', 'b'] });
    expect(s.lastSent).toBe('');
    expect(reduce(s, answer(sent, { ok: true, status: kept }))).toBe(s);
    expect(reduce(s, { type: 'vault', asked: s.sends, status: { state: 'empty' } })).toBe(s);
    expect(reduce(s, send('x')).sends).toBe(s.sends + 1);
  });
  it('retry clears a refusal and the fingerprint', () => {
    const s = run(guide(), send('x', false), refused('r'), { type: 'retry' });
    expect(s.key.state).toBe('empty');
    expect(s.lastSent).toBe('');
  });
});

describe('guide reducer: vault', () => {
  it('the background status replaces the key', () => {
    const s = reduce(guide(), { type: 'vault', asked: 0, status: kept });
    expect(s.key).toBe(kept);
    const filled = reduce(s, { type: 'vault', asked: 0, status: { state: 'filled', at: 2 } });
    expect(filled.key.state).toBe('filled');
  });
  it('the key this guide kept, gone or expired, is lost', () => {
    const s = guide(kept);
    const gone = reduce(s, { type: 'vault', asked: 0, status: { state: 'empty' } });
    expect(gone.key).toEqual({ state: 'lost', reason: 'forgotten' });
    const old = reduce(s, { type: 'vault', asked: 0, status: { state: 'expired', at: 1 } });
    expect(old.key).toEqual({ state: 'lost', reason: 'expired' });
  });
  it('a key only shown (no entry yet) that is gone is simply empty', () => {
    const s = guide(shown);
    expect(reduce(s, { type: 'vault', asked: 0, status: { state: 'empty' } }).key.state).toBe(
      'empty',
    );
  });
  it('a key being sent waits for its own answer', () => {
    const s = reduce(guide(), send('x'));
    expect(reduce(s, { type: 'vault', asked: s.sends, status: { state: 'empty' } })).toBe(s);
  });
});

describe('guide reducer: submit, verified, settled', () => {
  it('submit begins the guide and waits for the page', () => {
    const s = reduce(initial('offer', { state: 'empty' }), { type: 'submit', reading, now: 7 });
    expect(s.mode).toBe('guide');
    expect(s.pending).toEqual({ id: 1, since: 7, reading });
    expect(reduce(s, { type: 'submit', reading, now: 8 }).pending?.id).toBe(2);
  });
  it("the background's refusal ends the wait at once, only for the credential it checked", () => {
    const s = run(
      guide(),
      { type: 'submit', reading, now: 0 },
      { type: 'submit', reading, now: 1 },
    );
    const old = reduce(s, { type: 'verified', id: 1, answer: { ok: false, reason: 'r' } });
    expect(old).toBe(s);
    expect(reduce(s, { type: 'verified', id: 2, answer: { ok: true } })).toBe(s);
    const now = reduce(s, { type: 'verified', id: 2, answer: { ok: false, reason: 'r' } });
    expect(now.pending).toBeUndefined();
    expect(now.key).toEqual({ state: 'refused', reason: 'r' });
  });
  it('settled: accepted or refused by the page, or out of time, ends the wait', () => {
    const s = reduce(guide(), { type: 'submit', reading, now: 0 });
    const p = s.pending as NonNullable<GuideState['pending']>;
    expect(reduce(s, { type: 'settled', outcome: undefined, now: 1 })).toBe(s);
    for (const [outcome, now] of [
      ['accepted', 1],
      ['refused', 1],
      [undefined, SUBMIT_ACCEPT_MS],
    ] as const) {
      expect(reduce(s, { type: 'settled', outcome, now }).pending).toBeUndefined();
    }
    expect(settlement(p, 'accepted', 1)).toBe('accepted');
    expect(settlement(p, 'refused', 1)).toBe('refused');
    expect(settlement(p, undefined, SUBMIT_ACCEPT_MS - 1)).toBe('waiting');
    expect(settlement(p, undefined, SUBMIT_ACCEPT_MS)).toBe('refused');
    const idle = guide();
    expect(reduce(idle, { type: 'settled', outcome: 'accepted', now: 1 })).toBe(idle);
  });
});

describe('guide reducer: the offer of a key shown', () => {
  it('offerDue: only on an idle key page with no capture armed, once a second', () => {
    const s = guide();
    expect(offerDue(s, false, false, 5000)).toBe('clear');
    expect(offerDue(s, true, true, 5000)).toBe('clear');
    expect(offerDue(guide(kept), true, false, 5000)).toBe('clear');
    expect(offerDue(s, true, false, 5000)).toBe('look');
    const looked = reduce(s, { type: 'shown', values: ['a'], at: 5000 });
    expect(looked.shown).toEqual({ at: 5000, values: ['a'] });
    expect(offerDue(looked, true, false, 5400)).toBe(OFFER_EVERY_MS - 400);
    expect(offerDue(reduce(guide(), refused('r')), true, false, 5000)).toBe('look');
  });
  it('shown: cleared keeps when it was looked at; nothing to clear is no change', () => {
    const s = reduce(guide(), { type: 'shown', values: ['a'], at: 5 });
    expect(reduce(s, { type: 'shown', values: [] }).shown).toEqual({ at: 5, values: [] });
    const idle = guide();
    expect(reduce(idle, { type: 'shown', values: [] })).toBe(idle);
  });
});

describe('guide reducer: ended, ending-over, close', () => {
  it('ended: the guide stops waiting, forgets its step and key, and says why', () => {
    const s = run(guide(kept), looked(1, 'a'), { type: 'submit', reading, now: 0 });
    const e = reduce(s, { type: 'ended', reason: 'closed' });
    expect(e.mode).toBe('closed');
    expect(live(e.mode)).toBe(false);
    expect(e.pending).toBeUndefined();
    expect(e.stepKey).toBe('');
    expect(e.key.state).toBe('empty');
    expect(e.endings).toBe(1);
    expect(e.stopped).toBeUndefined();
  });
  it('ended on an offer or an ended guide stops the engine, once', () => {
    const offer = reduce(initial('offer', { state: 'empty' }), { type: 'ended', reason: 'closed' });
    expect(offer.stopped).toEqual({ closed: true });
    expect(reduce(offer, { type: 'ended', reason: 'done' })).toBe(offer);
    const done = run(guide(), { type: 'ended', reason: 'done' }, { type: 'ended', reason: 'done' });
    expect(done.stopped).toEqual({ closed: false });
  });
  it('watching after a declined offer: an ending changes nothing, a key kept runs the guide', () => {
    const watching = initial('watch', { state: 'empty' });
    expect(reduce(watching, { type: 'ended', reason: 'closed' })).toBe(watching);
    const sent = reduce(watching, send('x'));
    expect(sent.mode).toBe('guide');
  });
  it("ending-over: only the last ending's timer, while it still shows, stops the engine", () => {
    const e = reduce(guide(), { type: 'ended', reason: 'done' });
    expect(reduce(e, { type: 'ending-over', ending: 0, reason: 'done' })).toBe(e);
    expect(reduce(e, { type: 'ending-over', ending: 1, reason: 'closed' })).toBe(e);
    const over = reduce(e, { type: 'ending-over', ending: 1, reason: 'done' });
    expect(over.stopped).toEqual({ closed: false });
    const again = reduce(e, { type: 'begin' });
    expect(reduce(again, { type: 'ending-over', ending: 1, reason: 'done' })).toBe(again);
  });
  it('close: the guide or offer is ended by the background; how it ended goes at once', () => {
    const g = guide();
    expect(live(g.mode)).toBe(true);
    expect(reduce(g, { type: 'close' })).toBe(g);
    const e = reduce(g, { type: 'ended', reason: 'closed' });
    expect(reduce(e, { type: 'close' }).stopped).toEqual({ closed: true });
    const d = reduce(g, { type: 'ended', reason: 'forgotten' });
    expect(reduce(d, { type: 'close' }).stopped).toEqual({ closed: false });
  });
});
