// Visibility as a person sees it: rendered (not display:none, visibility:hidden or opacity:0)
// and not inert. `aria-hidden` is NOT a visibility signal: modal libraries (MUI, Radix, Headless
// UI, Angular CDK) set it on the whole app behind an open dialog, which is then the page.
import { closestAcross } from './deep';

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
  return (
    box.bottom > 0 && box.right > 0 && box.top < view.innerHeight && box.left < view.innerWidth
  );
}
