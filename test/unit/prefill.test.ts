import { describe, expect, it } from 'vitest';
import {
  fresh,
  MAX_TRIES,
  nextMove,
  PREFILL_HOLD_MS,
  RETRY_MS,
  tried,
} from '../../lib/engine/prefill-state';

describe('nextMove', () => {
  it('acts once, waits for the page, and is done only after the state has held a moment', () => {
    const a = fresh();
    expect(nextMove(a, false, 0)).toBe('act');
    tried(a, 0);
    expect(nextMove(a, false, 16)).toBe('wait'); // the framework has not rendered yet
    expect(nextMove(a, true, 32)).toBe('wait');
    expect(nextMove(a, true, 32 + PREFILL_HOLD_MS)).toBe('done');
  });

  it('tries again when the page undid it (a batched update kept only the last click)', () => {
    const a = fresh();
    tried(a, 0);
    expect(nextMove(a, true, 20)).toBe('wait');
    expect(nextMove(a, false, 40)).toBe('wait');
    expect(nextMove(a, false, RETRY_MS + 1)).toBe('act');
  });

  it('gives up after a few tries: the merchant is asked instead', () => {
    const a = fresh();
    for (let i = 0; i < MAX_TRIES; i++) tried(a, i * RETRY_MS);
    const last = (MAX_TRIES - 1) * RETRY_MS;
    expect(nextMove(a, false, last + 1)).toBe('wait');
    expect(nextMove(a, false, last + RETRY_MS)).toBe('failed');
    // ...unless the page shows it after all.
    expect(nextMove(a, true, last + RETRY_MS)).toBe('wait');
  });
});
