// Visibility as a person sees it: rendered (not display:none, visibility:hidden or opacity:0)
// and not inert. `aria-hidden` is NOT a visibility signal: modal libraries (MUI, Radix, Headless
// UI, Angular CDK) set it on the whole app behind an open dialog, which is then the page.
import { closestAcross, parentAcross } from './deep';
import { frameOf } from './frames';

/**
 * Rendered (not display:none, visibility:hidden or opacity:0 on it or an ancestor) and not inert.
 * Style only: no box is read, so no layout is forced on a page that has just changed.
 */
export function isRendered(el: Element): boolean {
  if (closestAcross(el, '[inert], [hidden]:not([hidden=until-found])')) return false;
  return (
    typeof el.checkVisibility !== 'function' ||
    el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
  );
}

/** Rendered with a box at least partly inside the viewport: what a person can see now. */
export function isOnScreen(el: Element): boolean {
  if (!isRendered(el)) return false;
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const box = el.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return false;
  const inFrame =
    box.bottom > 0 && box.right > 0 && box.top < view.innerHeight && box.left < view.innerWidth;
  // In a same-origin frame: the frame itself must be on screen too.
  const frame = frameOf(el.ownerDocument);
  return inFrame && (!frame || isOnScreen(frame));
}

// Legible: what a sighting of a key needs besides being rendered, read only for the few
// elements whose text already has the key's shape. A page can render a value a person cannot
// see (opacity 0.05, transparent text, a 1 px font, an sr-only clip); such a value is no key
// shown to the merchant.

/** The thresholds: at least half opaque, a box of 4 × 4 px, an 8 px font, text colour alpha. */
export const LEGIBLE = { opacity: 0.5, box: 4, fontSize: 8, textAlpha: 0.3 } as const;

/** How an element looks, from its computed style and its flat-tree ancestors'. */
export interface Look {
  /** The product of `opacity` (and `filter: opacity()`) along the element and its ancestors. */
  opacity: number;
  visibility: string;
  /** Computed `font-size`, px. */
  fontSize: number;
  /** Computed `color` and `-webkit-text-fill-color`. */
  color: string;
  fill: string;
  /** A `clip` or `clip-path` on it or an ancestor leaves nothing to see. */
  clipped: boolean;
}

/** The alpha of a computed colour (`rgb()`, `rgba()`, `rgb(r g b / a)`, `color(srgb … / a)`,
 * `transparent`); 1 when it names none. */
export function colorAlpha(color: string): number {
  const value = color.trim().toLowerCase();
  if (value === 'transparent') return 0;
  const inside = /\(([^)]*)\)\s*$/.exec(value)?.[1];
  if (!inside) return 1;
  const slash = inside.split('/');
  const part =
    slash.length > 1 ? slash[1] : /^(rgba|hsla)\(/.test(value) ? inside.split(',')[3] : undefined;
  if (part === undefined) return 1;
  const alpha = part.trim();
  const number = Number.parseFloat(alpha);
  if (Number.isNaN(number)) return 1;
  return alpha.endsWith('%') ? number / 100 : number;
}

/** The `opacity()` factors of a computed `filter` (1 when none). */
export function filterOpacity(filter: string): number {
  let product = 1;
  for (const [, value = '1', percent] of filter.matchAll(/opacity\(\s*([\d.]+)(%?)\s*\)/g))
    product *= Number.parseFloat(value) / (percent ? 100 : 1);
  return product;
}

/** A computed `clip` (on an absolutely positioned box) or `clip-path` that leaves nothing:
 * `rect(0 0 0 0)`, `rect(1px, 1px, 1px, 1px)`, `inset(50%)`, `inset(0 0 100%)`. */
export function clipsAway(style: { clip: string; clipPath: string; position: string }): boolean {
  if (style.position === 'absolute' || style.position === 'fixed') {
    const rect = /^rect\(([^)]*)\)$/.exec(style.clip.trim())?.[1];
    if (rect) {
      const [top, right, bottom, left] = rect
        .split(/[\s,]+/)
        .map((v) => (v === 'auto' ? Number.NaN : Number.parseFloat(v)));
      if (bottom !== undefined && top !== undefined && bottom - top < 1) return true;
      if (right !== undefined && left !== undefined && right - left < 1) return true;
    }
  }
  // inset(top right bottom left), as in `margin`; only percentages are judged.
  const inset = /^inset\(([^)]*)\)$/.exec(style.clipPath.trim())?.[1];
  if (!inset) return false;
  const sides = inset
    .split(/\s+round\s/)[0]
    ?.trim()
    .split(/\s+/)
    .map((v) => (v.endsWith('%') ? Number.parseFloat(v) : 0));
  if (!sides?.length) return false;
  const [top = 0, right = top, bottom = top, left = right] = sides;
  return top + bottom >= 100 || left + right >= 100;
}

/** How `el` looks (see Look): a computed style read per ancestor, for one candidate at a time. */
export function lookOf(el: Element): Look {
  const view = el.ownerDocument.defaultView;
  const own = view?.getComputedStyle(el);
  const look: Look = {
    opacity: 1,
    visibility: own?.visibility ?? 'visible',
    fontSize: Number.parseFloat(own?.fontSize ?? '') || 16,
    color: own?.color ?? '',
    fill: own?.getPropertyValue('-webkit-text-fill-color') ?? '',
    clipped: false,
  };
  if (!view) return look;
  for (let at: Element | null = el; at && look.opacity >= LEGIBLE.opacity; at = parentAcross(at)) {
    const style = at === el && own ? own : view.getComputedStyle(at);
    const opacity = Number.parseFloat(style.opacity);
    look.opacity *= (Number.isNaN(opacity) ? 1 : opacity) * filterOpacity(style.filter ?? '');
    look.clipped ||= clipsAway({
      clip: style.clip ?? '',
      clipPath: style.clipPath ?? '',
      position: style.position ?? '',
    });
    if (look.clipped) break;
  }
  return look;
}

/** Whether a value shown this way can be read: `text` for a text (a field counts by its box).
 * `box` is the part of the element on screen. */
export function legible(look: Look, box: { width: number; height: number }, text: boolean) {
  if (look.clipped || look.visibility !== 'visible' || look.opacity < LEGIBLE.opacity) return false;
  if (box.width < LEGIBLE.box || box.height < LEGIBLE.box) return false;
  if (!text) return true;
  return (
    look.fontSize >= LEGIBLE.fontSize &&
    colorAlpha(look.color) > LEGIBLE.textAlpha &&
    (!look.fill || colorAlpha(look.fill) > LEGIBLE.textAlpha)
  );
}

/** A field shows its value; any other element its text. */
const isField = (el: Element) => el.localName === 'input' || el.localName === 'textarea';

/** Legible now, with the part of its box on screen: for a candidate element only. */
export function isLegible(el: Element, box: { width: number; height: number }): boolean {
  return legible(lookOf(el), box, !isField(el));
}
