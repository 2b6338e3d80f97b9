// Where the Fill frame sits (lib/engine/fill-frame.ts): docked at the bottom right, or wherever
// lib/ui/position.ts finds it clear of what the content script asks it not to cover (the step's
// target, the form's key fields and its save button), kept so through scrolling and resizing.
import { atCorner, choosePlace, type Rect } from '../ui/position';
import type { Lifetime } from './lifetime';

/** From the viewport's edges, and between the frame and what it keeps clear. */
export const MARGIN = 16;

const rectOf = (el: Element): Rect => {
  const { x, y, width, height } = el.getBoundingClientRect();
  return { x, y, width, height };
};

export interface FramePlace {
  /** What the frame must not cover, from the content script; placed at once. */
  set(target: Element | undefined, avoid: Element[]): void;
  /** Places it again now (its size changed). */
  now(): void;
}

/** `size`: the frame's size now (nothing is placed while it is 0 px tall); `moved`: the dock
 * was moved (a move is a change: the guard settles again). */
export function placeFrame(
  ctx: Pick<Lifetime, 'onInvalidated' | 'addEventListener'>,
  dock: HTMLElement,
  size: () => { width: number; height: number },
  moved: () => void,
): FramePlace {
  let target: Element | undefined;
  let avoid: Element[] = [];
  let inset = '';
  function position() {
    const frameSize = size();
    if (!frameSize.height) return;
    const { clientWidth, clientHeight } = document.documentElement;
    const viewport = { width: clientWidth, height: clientHeight };
    const placed = choosePlace({
      viewport,
      panel: frameSize,
      chip: frameSize,
      target: target?.isConnected ? rectOf(target) : undefined,
      avoid: avoid
        .filter((el) => el.isConnected)
        .map(rectOf)
        .filter((r) => r.width > 0 && r.height > 0),
      corner: 'bottom-right',
      gap: MARGIN,
      padding: MARGIN,
    });
    // Nowhere clear: the bottom right, as before.
    const at = placed.collapsed ? atCorner('bottom-right', frameSize, viewport, MARGIN) : placed.at;
    const next = `${Math.round(at.y)}px auto auto ${Math.round(at.x)}px`;
    if (next === inset) return;
    inset = next;
    dock.style.inset = next;
    moved();
  }
  let positionFrame = 0;
  const positionSoon = () => {
    positionFrame ||= requestAnimationFrame(() => {
      positionFrame = 0;
      position();
    });
  };
  ctx.onInvalidated(() => cancelAnimationFrame(positionFrame));
  ctx.addEventListener(window, 'scroll', positionSoon, { capture: true, passive: true });
  return {
    set(nextTarget, nextAvoid) {
      target = nextTarget;
      avoid = nextAvoid;
      position();
    },
    now: position,
  };
}
