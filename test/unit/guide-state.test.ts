import { describe, expect, it } from 'vitest';
import { initial, reduce } from '../../lib/engine/guide-state';

const shown = { state: 'captured' as const, entry: '', masked: { k: 'pk_…1' }, expiresAt: 1 };
const kept = { ...shown, entry: 'e1' };
const guide = () => initial('guide', { state: 'empty' });

describe('guide reducer', () => {
  it('begin: an offer becomes a guide from this page, an earlier fill forgotten', () => {
    const s = reduce(initial('offer', { state: 'filled' } as never, 2), { type: 'begin' });
    expect(s.mode).toBe('guide');
    expect(s.from).toBeUndefined();
    expect(s.key.state).toBe('empty');
  });
  it('looked: a new step resets its clock; a refusal from another page goes', () => {
    let s = reduce(guide(), { type: 'looked', index: 1, href: 'a', now: 5, pathStart: 1 });
    s = reduce(s, { type: 'refused', reason: 'no' });
    const same = reduce(s, { type: 'looked', index: 1, href: 'a', now: 9, pathStart: 1 });
    expect(same).toBe(s);
    const next = reduce(s, { type: 'looked', index: 2, href: 'b', now: 9, pathStart: 1 });
    expect(next.stepSince).toBe(9);
    expect(next.key.state).toBe('empty');
  });
  it('send: optimistic captured is a sending state the answer resolves', () => {
    const s = reduce(guide(), { type: 'send', fingerprint: 'x', replace: false, shown });
    expect(s.key.state).toBe('sending');
    expect(reduce(s, { type: 'answer', send: s.sends, status: kept }).key).toBe(kept);
    expect(reduce(s, { type: 'refused', send: s.sends, reason: 'r' }).key.state).toBe('refused');
  });
  it('send: the same credential is not sent twice unless it replaces one', () => {
    const s = reduce(guide(), { type: 'send', fingerprint: 'x', replace: false });
    expect(reduce(s, { type: 'send', fingerprint: 'x', replace: false })).toBe(s);
    expect(reduce(s, { type: 'send', fingerprint: 'x', replace: true }).sends).toBe(2);
  });
  it('an answer about an older capture never overwrites a newer one', () => {
    let s = reduce(guide(), { type: 'send', fingerprint: 'x', replace: false, shown });
    s = reduce(s, { type: 'send', fingerprint: 'y', replace: false, shown });
    expect(reduce(s, { type: 'answer', send: 1, status: kept })).toBe(s);
    expect(reduce(s, { type: 'refused', send: 1, reason: 'r' })).toBe(s);
    expect(reduce(s, { type: 'vault', asked: 1, status: { state: 'empty' } })).toBe(s);
  });
  it('refused without a send does not replace a captured key', () => {
    const s = reduce(guide(), { type: 'vault', asked: 0, status: kept });
    expect(reduce(s, { type: 'refused', reason: 'r' })).toBe(s);
  });
  it('choose: a question that stale answers cannot end', () => {
    const s = reduce(guide(), { type: 'choose', values: ['a', 'b'] });
    expect(s.key.state).toBe('choose');
    expect(reduce(s, { type: 'vault', asked: s.sends, status: { state: 'empty' } })).toBe(s);
  });
  it('vault changed: the key this guide kept, gone or expired, is lost', () => {
    const s = reduce(guide(), { type: 'vault', asked: 0, status: kept });
    const gone = reduce(s, { type: 'vault', asked: 0, status: { state: 'empty' } });
    expect(gone.key).toEqual({ state: 'lost', reason: 'forgotten' });
    const old = reduce(s, { type: 'vault', asked: 0, status: { state: 'expired', at: 1 } });
    expect(old.key).toEqual({ state: 'lost', reason: 'expired' });
  });
  it('submit waits, settled ends the wait; retry clears a refusal', () => {
    const s = reduce(initial('offer', { state: 'empty' }), { type: 'submit' });
    expect(s.pending && s.mode === 'guide').toBe(true);
    expect(reduce(s, { type: 'settled' }).pending).toBe(false);
    const r = reduce(reduce(s, { type: 'refused', reason: 'r' }), { type: 'retry' });
    expect(r.key.state).toBe('empty');
  });
  it('ended: the guide stops waiting and says why; an offer is not a guide to end', () => {
    const s = reduce(reduce(guide(), { type: 'submit' }), { type: 'ended', reason: 'closed' });
    expect(s.mode).toBe('closed');
    expect(s.pending).toBe(false);
    const offer = initial('offer', { state: 'empty' });
    expect(reduce(offer, { type: 'ended', reason: 'closed' })).toBe(offer);
  });
});
