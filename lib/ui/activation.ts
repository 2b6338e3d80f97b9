// When the Fill frame counts an activation of its Fill button as the merchant's: the button has
// been on screen, unmoved, for half a second (and, where the browser can tell, really visible
// for that long: IntersectionObserver v2), and a key press counts only on a button that has had
// focus for half a second. A page that moves, uncovers or focuses the button just before a
// click or key press the merchant meant for something else gets nothing. Pure: the clock is
// passed in.

/** How long the button must have been settled, visible or focused. */
export const ACTIVATION_SETTLE_MS = 500;

export type Activation = 'pointer' | 'keyboard';

export interface ActivationGuard {
  /** The button appeared (or shows another key), or the frame was placed or moved. */
  reset(): void;
  /** IntersectionObserver v2's verdict; never called where the browser has no v2. */
  visible(isVisible: boolean): void;
  focused(hasFocus: boolean): void;
  /** Milliseconds until an activation can count: 0 when it can, Infinity while not visible. */
  wait(): number;
  accepts(kind: Activation): boolean;
}

export function createActivationGuard(
  now: () => number,
  tracksVisibility: boolean,
): ActivationGuard {
  let settledFrom = now();
  /** Since when v2 says visible; null while it does not (or has not said yet). */
  let visibleFrom: number | null = tracksVisibility ? null : Number.NEGATIVE_INFINITY;
  let focusedFrom: number | null = null;

  const waitFor = (from: number | null) =>
    from === null ? Number.POSITIVE_INFINITY : Math.max(0, from + ACTIVATION_SETTLE_MS - now());

  const wait = () => Math.max(waitFor(settledFrom), waitFor(visibleFrom));
  return {
    reset() {
      settledFrom = now();
    },
    visible(isVisible) {
      if (!isVisible) visibleFrom = null;
      else visibleFrom ??= now();
    },
    focused(hasFocus) {
      focusedFrom = hasFocus ? now() : null;
    },
    wait,
    accepts(kind) {
      if (wait() > 0) return false;
      return kind === 'pointer' || waitFor(focusedFrom) === 0;
    },
  };
}
