// When to act on a prefill and when it is done: a small state machine per control, pure so that
// it is tested without a page. A prefill is done only once the page's own state has held it for
// a moment (a framework may undo a value on its next render); it is tried again a few frames
// later when it did not take, and given up after a few tries: the panel then asks the merchant.

export interface Attempt {
  tries: number;
  lastTry: number;
  /** Since when the control's state has shown the prefill. */
  heldSince?: number;
}

export type Move = 'act' | 'wait' | 'done' | 'failed';

/** How long the state must hold before the prefill counts as done. */
export const PREFILL_HOLD_MS = 250;
/** Frames a framework may take to show the result of one action, before it is tried again. */
export const RETRY_MS = 150;
export const MAX_TRIES = 4;

export const fresh = (): Attempt => ({ tries: 0, lastTry: 0 });

/** The next move for one control, given whether its state holds the prefill now. */
export function nextMove(attempt: Attempt, holds: boolean, now: number): Move {
  if (holds) {
    attempt.heldSince ??= now;
    return now - attempt.heldSince >= PREFILL_HOLD_MS ? 'done' : 'wait';
  }
  attempt.heldSince = undefined;
  if (attempt.tries >= MAX_TRIES) return now - attempt.lastTry >= RETRY_MS ? 'failed' : 'wait';
  if (attempt.tries > 0 && now - attempt.lastTry < RETRY_MS) return 'wait';
  return 'act';
}

/** Records an action taken now. */
export function tried(attempt: Attempt, now: number): void {
  attempt.tries++;
  attempt.lastTry = now;
}
