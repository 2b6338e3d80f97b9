// Where the overlay's ring and panel go, from rectangles alone: viewport coordinates in,
// coordinates out, no DOM. lib/ui/follow.ts keeps them up to date on the page.
import { CORNERS, type Corner } from './corner';

export type { Corner } from './corner';

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

export function nextCorner(corner: Corner): Corner {
  return CORNERS[(CORNERS.indexOf(corner) + 1) % CORNERS.length] as Corner;
}

/** The floating box docked to `corner`, `margin` inside the viewport. */
export function atCorner(corner: Corner, floating: Size, viewport: Size, margin: number): Point {
  const left = corner.endsWith('left');
  const top = corner.startsWith('top');
  return {
    x: left ? margin : viewport.width - margin - floating.width,
    y: top ? margin : viewport.height - margin - floating.height,
  };
}

/** Whether two rectangles share any area (touching edges do not count). */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The places beside the reference, in order of preference: right, left (tops aligned, then
 * bottoms), below, above (left edges aligned, then right edges). Only those inside the viewport
 * (`padding` from its edges), shifted along the side to stay inside it. */
export function besideCandidates(
  reference: Rect,
  floating: Size,
  viewport: Size,
  { gap, padding }: { gap: number; padding: number },
): Point[] {
  const maxX = viewport.width - padding - floating.width;
  const maxY = viewport.height - padding - floating.height;
  if (maxX < padding || maxY < padding) return [];
  const right = reference.x + reference.width + gap;
  const left = reference.x - gap - floating.width;
  const below = reference.y + reference.height + gap;
  const above = reference.y - gap - floating.height;
  const tops = [reference.y, reference.y + reference.height - floating.height];
  const lefts = [reference.x, reference.x + reference.width - floating.width];
  const points: Point[] = [];
  for (const x of [right, left])
    if (x >= padding && x <= maxX)
      for (const y of tops) points.push({ x, y: clamp(y, padding, maxY) });
  for (const y of [below, above])
    if (y >= padding && y <= maxY)
      for (const x of lefts) points.push({ x: clamp(x, padding, maxX), y });
  return points;
}

export interface PlaceRequest {
  viewport: Size;
  /** The panel's size, expanded. */
  panel: Size;
  /** The collapsed chip's size. */
  chip: Size;
  /** What the panel points at (the ring's box): never covered. */
  target?: Rect;
  /** What else the panel must not cover: the shown key, the step's fields, the submit button. */
  avoid: readonly Rect[];
  /** What it keeps clear where it can, and covers rather than collapse (other controls near). */
  prefer?: readonly Rect[];
  /** The merchant's corner: the first corner tried. */
  corner: Corner;
  /** Corners before the places beside the target (the merchant moved the panel there). */
  cornerFirst?: boolean;
  gap: number;
  /** From the viewport's edges. */
  padding: number;
  /** Where the full panel fits nowhere, the least height it may shrink to (its content scrolls)
   * rather than collapse to the chip. None: it never shrinks. */
  minHeight?: number;
}

export type Placed =
  | { at: Point; collapsed: false /** Shorter than asked, to fit. */; height?: number }
  | { at: Point; collapsed: true };

/** How much a panel that does not fit is shortened at each try. */
const SHRINK_STEP = 8;

/**
 * Where the panel goes: beside its target, else docked to a corner (the merchant's first),
 * wherever it covers neither the target nor anything in `avoid` and stays inside the viewport.
 * When no place fits, the tallest shorter panel (down to `minHeight`) that fits somewhere; else
 * it collapses to the chip, in the first corner where the chip covers nothing (else the
 * merchant's corner).
 */
export function choosePlace(request: PlaceRequest): Placed {
  const { panel, minHeight = Number.POSITIVE_INFINITY } = request;
  const full = placeAt(request, panel);
  if (full) return { at: full, collapsed: false };
  // (An infinite size asks for the chip alone.)
  for (
    let height = panel.height - SHRINK_STEP;
    Number.isFinite(height) && height >= minHeight;
    height -= SHRINK_STEP
  ) {
    const at = placeAt(request, { width: panel.width, height });
    if (at) return { at, collapsed: false, height };
  }
  const { chip, viewport, padding } = request;
  const chipAt = corners(request.corner).map((c) => atCorner(c, chip, viewport, padding));
  return {
    at: chipAt.find(fits(request, chip, avoided(request))) ?? (chipAt[0] as Point),
    collapsed: true,
  };
}

/** The corners from the merchant's, clockwise. */
function corners(first: Corner): Corner[] {
  const i = CORNERS.indexOf(first);
  return [...CORNERS.slice(i), ...CORNERS.slice(0, i)];
}

/** What the panel never covers: the target and `avoid`. */
function avoided({ target, avoid }: PlaceRequest): readonly Rect[] {
  return target ? [target, ...avoid] : avoid;
}

/** Whether a box of `size` at a point stays in the viewport and covers nothing in `clear`. */
const fits =
  ({ viewport }: PlaceRequest, size: Size, clear: readonly Rect[]) =>
  (at: Point) =>
    at.x >= 0 &&
    at.y >= 0 &&
    at.x + size.width <= viewport.width &&
    at.y + size.height <= viewport.height &&
    !clear.some((rect) => overlaps({ ...at, ...size }, rect));

/** The first place for a panel of `size`, keeping `prefer` clear where it can; none: no room. */
function placeAt(request: PlaceRequest, size: Size): Point | undefined {
  const { viewport, target, gap, padding } = request;
  const avoid = avoided(request);
  const docked = corners(request.corner).map((c) => atCorner(c, size, viewport, padding));
  const beside = target ? besideCandidates(target, size, viewport, { gap, padding }) : [];
  const order = request.cornerFirst ? [...docked, ...beside] : [...beside, ...docked];
  return (
    order.find(fits(request, size, [...avoid, ...(request.prefer ?? [])])) ??
    order.find(fits(request, size, avoid))
  );
}
