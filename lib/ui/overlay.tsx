// Mounts the overlay in an open shadow root under <upstack-key-assist>, outside the page's
// styles, and re-renders it when the engine has something new to show.
import { render } from 'preact';
import cardCss from '../../components/card.css?inline';
import { Overlay, type Placement } from '../../components/Overlay';
import overlayCss from '../../components/overlay.css?inline';
import type { PanelView } from '../../components/Panel';
import { closestAcross } from '../dom/deep';
import { mountShadowHost } from '../dom/shadow-host';
import { showOnTop, trackTopLayer } from '../dom/top-layer';
import type { Lifetime } from '../engine/lifetime';
import { DEFAULT_DOCK, type Dock, loadDock, saveDock } from './panel-dock';
import { nextCorner } from './position';
import { RING_CSS } from './ring';

/** Where the page's own Esc belongs: a dialog or menu of the page that has focus or is modal. */
const PAGE_LAYER = 'dialog, [role=dialog], [role=alertdialog], [aria-modal=true], [popover]';
const PAGE_MODAL = 'dialog:modal, [aria-modal=true]';

export interface OverlayHandle {
  show(view: PanelView, target?: Element): void;
  /** Shows the view unless it is the one shown (then only places it again: the target may
   * have moved with the page's change). The guide evaluates up to ten times a second.
   * `avoid`: what the panel must not cover besides the target (it collapses rather); `prefer`:
   * what it keeps clear where it can (it covers these rather than collapse). */
  render(view: PanelView, target?: Element, avoid?: Element[], prefer?: Element[]): void;
  /** The page changed but not the view: place the ring and panel against the target again. */
  place(): void;
  /** Moves keyboard focus into the panel, remembering where it was to give it back on close. */
  focus(): void;
  /** Closed by the merchant until reopened from the popup. */
  setHidden(hidden: boolean): void;
}

const sameList = (a: Element[], b: Element[]) =>
  a.length === b.length && a.every((el, i) => el === b[i]);

export function mountOverlay(
  ctx: Pick<Lifetime, 'onInvalidated' | 'addEventListener'>,
  provider: string,
  onClose: () => void,
): OverlayHandle {
  let view: PanelView | undefined;
  let target: Element | undefined;
  let avoid: Element[] = [];
  let prefer: Element[] = [];
  let hidden = false;
  /** The merchant's corner and collapsed state for this provider (metadata, storage.local). */
  let where: Dock = DEFAULT_DOCK;
  let forceOpen = false;
  /** The view last drawn, as JSON (its handlers aside). */
  let shown = '';
  let returnFocus: Element | null = null;
  const placement: Placement = {};
  const ui = mountShadowHost(ctx, cardCss + overlayCss + RING_CSS);
  ctx.onInvalidated(() => render(null, ui.container));

  /** Set by the merchant here: the stored state, if it arrives later, does not overwrite it. */
  let docked = false;
  const setDock = (next: Dock) => {
    docked = true;
    where = next;
    draw();
    void saveDock(provider, next).catch(() => undefined);
  };
  const dock = {
    expand() {
      forceOpen = true;
      setDock({ ...where, collapsed: false });
    },
    collapse() {
      forceOpen = false;
      setDock({ ...where, collapsed: true });
    },
    move: () => setDock({ ...where, corner: nextCorner(where.corner), moved: true }),
  };
  void loadDock(provider)
    .then((stored) => {
      if (docked) return;
      where = stored;
      draw();
    })
    .catch(() => undefined);

  const draw = () => {
    render(
      hidden || !view ? null : (
        <Overlay
          view={view}
          target={target}
          avoid={avoid}
          prefer={prefer}
          onClose={onClose}
          placement={placement}
          where={where}
          forceOpen={forceOpen}
          dock={dock}
        />
      ),
      ui.container,
    );
  };

  // Esc anywhere on the page collapses the panel (in the panel, it closes it), unless the page
  // has a use for it: it handled the key, or focus is in one of its dialogs, or one is modal.
  ctx.addEventListener(window, 'keydown', (event: KeyboardEvent) => {
    if (!event.isTrusted || event.key !== 'Escape' || event.defaultPrevented) return;
    if (hidden || !view || where.collapsed || event.composedPath().includes(ui.host)) return;
    const focused = document.activeElement;
    if (focused && focused !== document.body && closestAcross(focused, PAGE_LAYER)) return;
    if (document.querySelector(PAGE_MODAL)) return;
    dock.collapse();
  });

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
    const watched = target ?? avoid[0] ?? panel();
    if (watched) settled.observe(watched);
  };

  /** Ours in the top layer, ring first, panel above it. */
  const popovers = () =>
    [...ui.shadow.querySelectorAll<HTMLElement>('[popover]')].filter((el) =>
      el.matches(':popover-open'),
    );
  /** Shown again, ours go back on top of the top layer: a modal library (Angular CDK) may open
   * its dialog as a popover after ours, above the panel, where its backdrop takes our clicks.
   * Looked at in the page's document at each render (lib/dom/top-layer.ts): what it has open
   * then counts as below ours until it opens again. */
  const topLayer = trackTopLayer(popovers, () => [document]);
  const raise = () => {
    if (topLayer.isNewer()) showOnTop(popovers());
    topLayer.raised();
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
    render(next, nextTarget, nextAvoid = [], nextPrefer = []) {
      raise();
      const json = JSON.stringify(next);
      const same = sameList(nextAvoid, avoid) && sameList(nextPrefer, prefer);
      avoid = nextAvoid;
      prefer = nextPrefer;
      if (json === shown && nextTarget === target && same) return placeAfterLayout();
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
