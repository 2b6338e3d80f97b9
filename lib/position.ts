// Where the overlay's ring and panel go, from rectangles alone: viewport coordinates in,
// coordinates out, no DOM. utils/follow.ts keeps them up to date on the page.

export interface Size {
  width: number;
  height: number;
}
export interface Point {
  x: number;
  y: number;
}
export type Rect = Point & Size;

/** The ring: the reference grown by `padding` on every side. */
export function cover(reference: Rect, padding: number): Rect {
  return {
    x: reference.x - padding,
    y: reference.y - padding,
    width: reference.width + 2 * padding,
    height: reference.height + 2 * padding,
  };
}

/**
 * The panel beside the reference, `gap` away: to its right with the tops aligned; else to its
 * left; else below, else above, with the left edges aligned; else (no side has room) to its right
 * anyway. Then shifted to stay `padding` inside the viewport, keeping the top-left corner (the
 * panel's header) on screen when the panel is larger than the viewport.
 */
export function placeBeside(
  reference: Rect,
  floating: Size,
  viewport: Size,
  { gap, padding }: { gap: number; padding: number },
): Point {
  const fitsX = (x: number) => x >= padding && x + floating.width <= viewport.width - padding;
  const fitsY = (y: number) => y >= padding && y + floating.height <= viewport.height - padding;
  const right = reference.x + reference.width + gap;
  const left = reference.x - gap - floating.width;
  const below = reference.y + reference.height + gap;
  const above = reference.y - gap - floating.height;
  const { x, y } = fitsX(right)
    ? { x: right, y: reference.y }
    : fitsX(left)
      ? { x: left, y: reference.y }
      : fitsY(below)
        ? { x: reference.x, y: below }
        : fitsY(above)
          ? { x: reference.x, y: above }
          : { x: right, y: reference.y };
  return {
    x: clamp(x, padding, viewport.width - padding - floating.width),
    y: clamp(y, padding, viewport.height - padding - floating.height),
  };
}

/** `value` within [min, max]; `min` wins when the range is empty. */
function clamp(value: number, min: number, max: number) {
  return Math.max(min, Math.min(value, max));
}
