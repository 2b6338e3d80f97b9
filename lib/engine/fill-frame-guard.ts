// The Fill frame's click-time guard (lib/engine/fill-frame.ts). The page can restyle, move,
// cover or remove the frame (it owns the DOM), so a Fill the frame reports counts only if the
// guard finds, at that moment, the frame painted as is, where we put it, the size we made it,
// with nothing of the page's opened above it since we last raised it, and all of that unchanged
// for half a second. Every 100 ms it compares the frame's looks with the last time: a change
// (the page's or ours) starts the half-second wait again. A filter on the page's root (a
// dark-mode extension's) is judged after every other reason: where it is the only one, the frame
// is told (`filtered`), says so and holds its Fill until the filter is gone.
import { alteredStyle, flatTreePath, isRootFilter } from '../dom/intact';
import type { ShadowHost } from '../dom/shadow-host';
import type { TopLayerWatch } from '../dom/top-layer';
import { ACTIVATION_SETTLE_MS } from '../ui/activation';
import type { Lifetime } from './lifetime';

/** How often the frame's looks are compared with the last time. */
const WATCH_MS = 100;

/** What the guard looks at: the frame as we made it. */
export interface FramePaint {
  ui: ShadowHost;
  dock: HTMLElement;
  iframe: HTMLIFrameElement;
  /** The size we gave the iframe (0 px tall until the frame has said how tall it is). */
  size(): { width: number; height: number };
  topLayer: TopLayerWatch;
}

export interface FrameGuard {
  /** We showed, raised or placed the frame: the half-second wait starts again. */
  settle(): void;
  /** Undefined when a Fill may count now; otherwise why not (for tests, never shown). */
  why(): string | undefined;
  /** Whether a filter on the page's root is, just now, the only reason a Fill would not count
   * (besides the half-second wait). */
  filtered(): boolean;
  stop(): void;
}

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

/** `changed`: the frame was settled again (the frame's own wait starts again too). */
/** `filtered`: whether a root filter is now the only reason, told each time that changes. */
export function createFrameGuard(
  ctx: Pick<Lifetime, 'onInvalidated'>,
  frame: FramePaint,
  changed: () => void,
  filtered: (only: boolean) => void = () => {},
): FrameGuard {
  const { ui, dock, iframe } = frame;
  /** When the frame was last shown, raised or placed by us, or found looking different (moved,
   * resized, restyled): a Fill counts only once it has looked the same for half a second. */
  let settledFrom = performance.now();
  let looks = '';

  /** Everything a page could change about how the frame looks, in one comparable string. */
  let styledLast: string | undefined;
  const snapshot = () => {
    styledLast = alteredStyle(iframe, [iframe, dock]);
    const box = iframe.getBoundingClientRect();
    const dockBox = dock.getBoundingClientRect();
    return JSON.stringify([
      dock.isConnected && dock.matches(':popover-open'),
      [box.left, box.top, box.width, box.height],
      [dockBox.left, dockBox.top, dockBox.width, dockBox.height],
      styledLast ?? '',
      flatTreePath(iframe).length,
    ]);
  };

  function settle() {
    settledFrom = performance.now();
    looks = snapshot();
    changed();
  }

  let wasFiltered = false;
  const watch = setInterval(() => {
    if (!frame.size().height) return;
    const now = snapshot();
    // The whole judgement only while the root is filtered (its other checks cost more).
    const only = isRootFilter(styledLast) && isRootFilter(blocking());
    if (only !== wasFiltered) {
      wasFiltered = only;
      filtered(only);
    }
    if (now === looks) return;
    // Moved, resized or restyled, by us or by the page: the half-second wait starts again (and
    // the frame's own, told by `changed`); `why()` refuses what the page changed.
    looks = now;
    settledFrom = performance.now();
    changed();
  }, WATCH_MS);
  ctx.onInvalidated(() => clearInterval(watch));

  /** Why a Fill would not count, the half-second wait aside; the root filter last. */
  function blocking(): string | undefined {
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
    if (styled && !isRootFilter(styled)) return styled;
    const box = iframe.getBoundingClientRect();
    const { width, height } = frame.size();
    if (Math.abs(box.width - width) >= 0.5 || Math.abs(box.height - height) >= 0.5)
      return 'resized';
    if (!same(dock.getBoundingClientRect(), box)) return 'clipped';
    if (box.left < 0 || box.top < 0 || box.right > innerWidth || box.bottom > innerHeight)
      return 'outside the viewport';
    if (frame.topLayer.isNewer()) return 'covered';
    if (inViewTransition(document)) return 'view transition';
    // Judged last: the root filter refuses as any other reason does, and is named apart only
    // where it is the only one.
    return styled;
  }

  function why(): string | undefined {
    const reason = blocking();
    if (reason) return reason;
    // Moved, resized or restyled since the last look. A change the looks missed went there and
    // back within 100 ms: the frame looked as it does now before and after it.
    const now = snapshot();
    if (now !== looks) {
      looks = now;
      settledFrom = performance.now();
    }
    if (performance.now() - settledFrom < ACTIVATION_SETTLE_MS) return 'just placed or changed';
    return undefined;
  }

  return {
    settle,
    why,
    filtered: () => isRootFilter(blocking()),
    stop: () => clearInterval(watch),
  };
}
