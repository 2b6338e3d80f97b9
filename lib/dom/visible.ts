// Visibility as a person sees it: rendered (not display:none, visibility:hidden or opacity:0,
// with a box) and not inert. `aria-hidden` is NOT a visibility signal: modal libraries (MUI,
// Radix, Headless UI, Angular CDK) set it on the whole app behind an open dialog.
import { closestAcross } from './deep';

/** Rendered with a non-zero box, not hidden by CSS (opacity and visibility included), not inert. */
export function isRendered(el: Element): boolean {
  if (closestAcross(el, '[inert], [hidden]:not([hidden=until-found])')) return false;
  if (
    typeof el.checkVisibility === 'function' &&
    !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
  )
    return false;
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

/** Rendered and at least partly inside the viewport: what a person can actually see now. */
export function isOnScreen(el: Element): boolean {
  if (!isRendered(el)) return false;
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const box = el.getBoundingClientRect();
  return (
    box.bottom > 0 && box.right > 0 && box.top < view.innerHeight && box.left < view.innerWidth
  );
}
