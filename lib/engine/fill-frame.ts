// The Fill frame's place on the Upstack page: an extension-page iframe (/fill.html) in a
// `popover` container, in the top layer, under <upstack-key-assist>: docked at the bottom right,
// or wherever lib/ui/position.ts finds it clear of what the content script asks it not to cover
// (the form's key fields and its save button; `place`).
// The page can restyle, move, cover or remove all of this (it owns the DOM), so a Fill the
// frame reports counts only if `check()` finds, at that moment, the frame painted as is, where
// we put it, the size we made it, with nothing of the page's opened above it since we last
// raised it, and all of that unchanged for half a second. A failed check raises the frame again.
// Beside it, the guide's ring around what the step points at: drawn below the frame, never
// taking a click.
import { browser } from 'wxt/browser';
import { alteredStyle, flatTreePath } from '../dom/intact';
import { mountShadowHost } from '../dom/shadow-host';
import { watchTopLayer } from '../dom/top-layer';
import {
  type FrameMessage,
  type HostMessage,
  type NoteCode,
  parseFrameMessage,
  type StepState,
} from '../protocol/fill-frame';
import { SETTLE_MS } from '../ui/activation';
import { follow } from '../ui/follow';
import { atCorner, choosePlace, cover, type Rect } from '../ui/position';
import { greetFrame } from './frame-handshake';
import type { Lifetime } from './lifetime';

const WIDTH = 320;
/** From the viewport's right and bottom edges. */
const MARGIN = 16;
/** How often the frame's looks are compared with the last time (a page's restyle starts the
 * half-second wait again). */
const WATCH_MS = 100;

const CSS = `
.dock {
  position: fixed; inset: auto ${MARGIN}px ${MARGIN}px auto; margin: 0; padding: 0; border: 0;
  width: auto; height: auto; overflow: visible; background: transparent; color-scheme: normal;
  z-index: 2147483647;
}
.dock > iframe {
  display: block; margin: 0; padding: 0; border: 0; border-radius: 10px; outline: none;
  background: transparent; color-scheme: normal; box-shadow: 0 8px 28px rgb(0 0 0 / 0.22);
}
.ring {
  position: fixed; inset: auto; margin: 0; padding: 0; background: transparent;
  border: 3px solid #4f46e5; border-radius: 8px; box-shadow: 0 0 0 4px rgb(79 70 229 / 0.25);
  pointer-events: none; overflow: visible; box-sizing: border-box;
}`;

export interface FillFrameHandlers {
  /** The frame reports the merchant's Fill of `entry`; the guard has not run yet. */
  fill(entry: string): void;
  close(): void;
}

export interface FillFrame {
  /** The click-time guard: undefined when a Fill may count now; otherwise why not (for tests,
   * never shown), and the frame is raised and placed again. */
  check(): string | undefined;
  note(code: NoteCode): void;
  /** The guide's step, shown in the frame in its own words (numbered on the journey from the
   * recipe step `from`). */
  step(id: string, state: StepState, name: number, from: number): void;
  /** The ring around what the step points at; none without a target. */
  point(target: Element | undefined): void;
  /** The vault changed: the frame asks for the masked status again. */
  vaultChanged(): void;
  /** Places the frame beside `target` (when given), else in a corner, covering neither it nor
   * `avoid`, and keeps it so through scrolling and resizing. A move starts the half-second
   * wait again. */
  place(target: Element | undefined, avoid: Element[]): void;
  remove(): void;
}

const rectOf = (el: Element): Rect => {
  const { x, y, width, height } = el.getBoundingClientRect();
  return { x, y, width, height };
};

type Box = Pick<DOMRect, 'left' | 'top' | 'width' | 'height'>;
const same = (a: Box, b: Box): boolean =>
  Math.abs(a.left - b.left) < 0.5 &&
  Math.abs(a.top - b.top) < 0.5 &&
  Math.abs(a.width - b.width) < 0.5 &&
  Math.abs(a.height - b.height) < 0.5;

/** Whether a view transition is running: its snapshots are drawn above the top layer. */
function inViewTransition(doc: Document): boolean {
  try {
    return doc.documentElement.matches(':active-view-transition');
  } catch {
    return false; // a browser without the selector has no such transitions to check
  }
}

export function mountFillFrame(
  ctx: Pick<Lifetime, 'onInvalidated' | 'addEventListener' | 'setTimeout'>,
  provider: string,
  handlers: FillFrameHandlers,
): FillFrame {
  const ui = mountShadowHost(ctx, CSS);
  const dock = document.createElement('div');
  dock.className = 'dock';
  dock.popover = 'manual';
  const iframe = document.createElement('iframe');
  const src = `${browser.runtime.getURL('/fill.html')}?provider=${encodeURIComponent(provider)}`;
  // The frame's document has the extension's own origin, even where Chrome loads it from a
  // per-session URL (use_dynamic_url). From the base URL's text: URL.origin is "null" for a
  // scheme it does not know.
  const origin = browser.runtime.getURL('/').replace(/\/$/, '');
  iframe.src = src;
  greetFrame(ctx, iframe, provider, (message) => post(message));
  iframe.title = 'Upstack Key Assist';
  let width = WIDTH;
  // Shown at once, 0 px tall until the frame says how tall it is: a frame whose iframe has no
  // box (a hidden popover) is not even laid out.
  let height = 0;
  const size = () => {
    width = Math.max(0, Math.min(WIDTH, document.documentElement.clientWidth - 2 * MARGIN));
    iframe.style.width = `${width}px`;
    iframe.style.height = `${height}px`;
  };
  size();
  dock.append(iframe);
  ui.container.append(dock);

  /** When the frame was last shown, raised or placed by us, or found looking different (moved,
   * resized, restyled): a Fill counts only once it has looked the same for half a second. */
  let settledFrom = performance.now();
  let looks = '';

  const post = (message: HostMessage) => iframe.contentWindow?.postMessage(message, origin);
  const ring = document.createElement('div');
  ring.className = 'ring';
  ring.popover = 'manual';
  ring.setAttribute('aria-hidden', 'true');
  ui.container.prepend(ring);
  let ringTarget: Element | undefined;
  let unfollow: (() => void) | undefined;
  /** The guide's step last told; kept until the frame has loaded (a message to a frame still
   * loading is lost). */
  let step: HostMessage | undefined;
  let loaded = false;
  const topLayer = watchTopLayer(ctx, [dock, ring], () => raise());

  /** Everything a page could change about how the frame looks, in one comparable string. */
  const snapshot = () => {
    const box = iframe.getBoundingClientRect();
    const dockBox = dock.getBoundingClientRect();
    return JSON.stringify([
      dock.isConnected && dock.matches(':popover-open'),
      [box.left, box.top, box.width, box.height],
      [dockBox.left, dockBox.top, dockBox.width, dockBox.height],
      alteredStyle(iframe, [iframe, dock]) ?? '',
      flatTreePath(iframe).length,
    ]);
  };

  const settle = () => {
    settledFrom = performance.now();
    looks = snapshot();
    post({ type: 'placed' });
  };

  /** Shown again above everything the page has open, and placed where it belongs. */
  function raise() {
    if (!ui.host.isConnected) document.documentElement.append(ui.host);
    // The ring first: the frame is drawn above it.
    if (ringTarget && !ring.matches(':popover-open')) ring.showPopover();
    if (dock.parentNode !== ui.container) ui.container.append(dock);
    if (dock.matches(':popover-open')) dock.hidePopover();
    dock.showPopover();
    topLayer.raised();
    settle();
  }
  raise();

  const watch = setInterval(() => {
    if (!height) return;
    const now = snapshot();
    if (now === looks) return;
    // Moved, resized or restyled, by us or by the page: the half-second wait starts again (and
    // the frame's own, told by `placed`); `check()` refuses what the page changed.
    looks = now;
    settledFrom = performance.now();
    post({ type: 'placed' });
  }, WATCH_MS);
  ctx.onInvalidated(() => clearInterval(watch));

  /** What the frame must not cover, from the content script. */
  let target: Element | undefined;
  let avoid: Element[] = [];
  let inset = '';
  /** Moves the dock clear of the target and `avoid` (a move is a change: settled again). */
  function position() {
    if (!height) return;
    const { clientWidth, clientHeight } = document.documentElement;
    const viewport = { width: clientWidth, height: clientHeight };
    const frameSize = { width, height };
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
    settle();
  }
  let positionFrame = 0;
  const positionSoon = () => {
    positionFrame ||= requestAnimationFrame(() => {
      positionFrame = 0;
      position();
    });
  };
  ctx.onInvalidated(() => cancelAnimationFrame(positionFrame));

  ctx.addEventListener(window, 'resize', () => {
    if (!height) return;
    size();
    settle();
    position();
  });
  ctx.addEventListener(window, 'scroll', positionSoon, { capture: true, passive: true });

  ctx.addEventListener(window, 'message', (event: MessageEvent) => {
    // Only our own frame's window, at the extension's origin: a page can forge neither.
    if (event.source !== iframe.contentWindow || event.origin !== origin) return;
    const message: FrameMessage | undefined = parseFrameMessage(event.data);
    if (!message) return;
    if (message.type === 'size') {
      // The frame is up: what it missed while it loaded, the step.
      if (!loaded && step) post(step);
      loaded = true;
      height = Math.min(message.height, Math.max(0, window.innerHeight - 2 * MARGIN));
      size();
      if (!dock.matches(':popover-open')) raise();
      else settle();
      position();
    } else if (message.type === 'fill') handlers.fill(message.entry);
    else handlers.close();
  });

  function point(target: Element | undefined) {
    if (target === ringTarget) return;
    unfollow?.();
    unfollow = undefined;
    ringTarget = target;
    if (!target) {
      if (ring.matches(':popover-open')) ring.hidePopover();
      return;
    }
    unfollow = follow([target], () => {
      const box = cover(target.getBoundingClientRect(), 4);
      Object.assign(ring.style, {
        left: `${box.x}px`,
        top: `${box.y}px`,
        width: `${box.width}px`,
        height: `${box.height}px`,
      });
    });
    // Shown below the frame: the frame is raised again above it.
    if (!ring.matches(':popover-open')) raise();
  }
  ctx.onInvalidated(() => unfollow?.());

  function check(): string | undefined {
    const failure = why();
    if (failure) raise();
    return failure;
  }

  function why(): string | undefined {
    if (!ui.host.isConnected || ui.shadow.host !== ui.host) return 'host gone';
    if (dock.parentNode !== ui.container || ui.container.parentNode !== ui.shadow)
      return 'moved in the DOM';
    if (dock.childNodes.length !== 1 || dock.firstChild !== iframe) return 'something added';
    if (!dock.matches(':popover-open')) return 'not shown';
    if (
      !iframe.checkVisibility({
        opacityProperty: true,
        visibilityProperty: true,
        contentVisibilityAuto: true,
      })
    )
      return 'not visible';
    const styled = alteredStyle(iframe, [iframe, dock]);
    if (styled) return styled;
    const box = iframe.getBoundingClientRect();
    if (Math.abs(box.width - width) >= 0.5 || Math.abs(box.height - height) >= 0.5)
      return 'resized';
    if (!same(dock.getBoundingClientRect(), box)) return 'clipped';
    if (box.left < 0 || box.top < 0 || box.right > innerWidth || box.bottom > innerHeight)
      return 'outside the viewport';
    if (topLayer.isNewer()) return 'covered';
    if (inViewTransition(document)) return 'view transition';
    // Moved, resized or restyled since the last look. A change the looks missed went there and
    // back within 100 ms: the frame looked as it does now before and after it.
    const now = snapshot();
    if (now !== looks) {
      looks = now;
      settledFrom = performance.now();
    }
    if (performance.now() - settledFrom < SETTLE_MS) return 'just placed or changed';
    return undefined;
  }

  return {
    check,
    note: (code) => post({ type: 'note', code }),
    step(id, state, name, from) {
      step = { type: 'step', id, state, name, from };
      if (loaded) post(step);
    },
    point,
    vaultChanged: () => loaded && post({ type: 'vault' }),
    place(nextTarget, nextAvoid) {
      target = nextTarget;
      avoid = nextAvoid;
      position();
    },
    remove() {
      clearInterval(watch);
      unfollow?.();
      ui.host.remove();
    },
  };
}
