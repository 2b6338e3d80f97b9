// Mounts the overlay in an open shadow root under <upstack-key-assist>, outside the page's
// styles, and re-renders it when the engine has something new to show.
import { render } from 'preact';
import { Overlay, type Placement } from '../components/Overlay';
import overlayCss from '../components/overlay.css?inline';
import type { PanelView } from '../components/Panel';
import type { Lifetime } from './lifetime';
import { mountShadowHost } from './shadow-host';

export interface OverlayHandle {
  show(view: PanelView, target?: Element): void;
  /** Shows the view unless it is the one shown (then only places it again: the target may
   * have moved with the page's change). The guide evaluates up to ten times a second. */
  render(view: PanelView, target?: Element): void;
  /** The page changed but not the view: place the ring and panel against the target again. */
  place(): void;
  /** Moves keyboard focus into the panel, remembering where it was to give it back on close. */
  focus(): void;
  /** Closed by the merchant until reopened from the popup. */
  setHidden(hidden: boolean): void;
}

export function mountOverlay(
  ctx: Pick<Lifetime, 'onInvalidated'>,
  onClose: () => void,
): OverlayHandle {
  let view: PanelView | undefined;
  let target: Element | undefined;
  let hidden = false;
  /** The view last drawn, as JSON (its handlers aside). */
  let shown = '';
  let returnFocus: Element | null = null;
  const placement: Placement = {};
  const ui = mountShadowHost(ctx, overlayCss);
  ctx.onInvalidated(() => render(null, ui.container));

  const draw = () => {
    render(
      hidden || !view ? null : (
        <Overlay view={view} target={target} onClose={onClose} placement={placement} />
      ),
      ui.container,
    );
  };

  const panel = () => ui.shadow.querySelector<HTMLElement>('[role=dialog]');

  /** Places the ring and panel again once the browser has laid the page out for its next frame:
   * a ResizeObserver reports a newly observed element then, so reading its box forces no layout
   * of its own in the middle of the page's work. */
  const settled = new ResizeObserver(() => {
    settled.disconnect();
    placement.current?.();
  });
  ctx.onInvalidated(() => settled.disconnect());
  const placeAfterLayout = () => {
    settled.disconnect();
    if (target) settled.observe(target);
  };

  /** The page's own top-layer elements we last saw: a modal library (Angular CDK) may open its
   * dialog as a popover after ours, above the panel, where its backdrop takes our clicks. */
  let pageTopLayer = new Set<Element>();
  const raise = () => {
    const open = new Set(document.querySelectorAll(':popover-open, dialog:modal'));
    const newer = [...open].some((el) => !pageTopLayer.has(el));
    pageTopLayer = open;
    if (!newer) return;
    // Shown again, ours go back on top of the top layer (ring first, panel above it).
    for (const el of ui.shadow.querySelectorAll<HTMLElement>('[popover]')) {
      if (!el.matches(':popover-open')) continue;
      el.hidePopover();
      el.showPopover();
    }
  };
  const focus = () => {
    if (!ui.shadow.activeElement) returnFocus = document.activeElement;
    panel()?.focus({ preventScroll: true });
  };
  return {
    show(next, nextTarget) {
      view = next;
      target = nextTarget;
      draw();
    },
    render(next, nextTarget) {
      raise();
      const json = JSON.stringify(next);
      if (json === shown && nextTarget === target) return placeAfterLayout();
      shown = json;
      view = next;
      target = nextTarget;
      draw();
    },
    place: placeAfterLayout,
    focus,
    setHidden(next) {
      if (next === hidden) return;
      const hadFocus = !!ui.shadow.activeElement;
      hidden = next;
      draw();
      if (!next) focus();
      else if (hadFocus && returnFocus instanceof HTMLElement) returnFocus.focus();
    },
  };
}
