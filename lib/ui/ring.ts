// The guide's ring around what the step points at, on both sides: drawn by the provider page's
// overlay (components/Overlay.tsx) and by the Upstack page's Fill frame (lib/engine/fill-frame.ts)
// with the same styles (components/ring.css) and the same box around the target.
import ringCss from '../../components/ring.css?inline';
import { follow } from './follow';
import { cover, type Rect } from './position';

export const RING_CSS = ringCss;
/** Between the target's box and the ring's. */
const RING_PADDING = 4;
/** The ring's border and glow beyond its box: a panel keeps clear of them too. */
const RING_OUTSIDE = 4;

/** Puts the ring (`position: fixed`, in the top layer) around the target's box `box` (in the
 * top frame's viewport); returns the area it paints, border and glow included. */
export function placeRing(ring: HTMLElement, box: Rect): Rect {
  const around = cover(box, RING_PADDING);
  Object.assign(ring.style, {
    left: `${around.x}px`,
    top: `${around.y}px`,
    right: 'auto',
    bottom: 'auto',
    width: `${around.width}px`,
    height: `${around.height}px`,
  });
  return cover(around, RING_OUTSIDE);
}

/** Keeps the ring around `target` (its box read by `rectOf`) through scrolling, resizing and
 * changes of its size, until the returned cleanup runs. */
export function followRing(
  ring: HTMLElement,
  target: Element,
  rectOf: (el: Element) => Rect,
): () => void {
  return follow([target], () => placeRing(ring, rectOf(target)));
}
