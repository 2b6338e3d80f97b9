// The page's own top-layer elements (open popovers, modal dialogs, the fullscreen element), in
// the document and in every shadow root, closed ones too where the browser lets a content
// script see them. An element shown after ours is drawn above ours, whatever its z-index or
// pointer-events: `isNewer()` says whether one is open that opened after our last raise, and
// the watcher calls `onNewer` when one opens, for the owner to raise ours again (`showOnTop`).
// Both sides use it: the provider page's overlay (`trackTopLayer`, at each render) and the
// Upstack page's Fill frame (`watchTopLayer`, which also listens).
import type { Lifetime } from '../engine/lifetime';

const OPEN = ':popover-open, dialog:modal, :fullscreen';
/** Events that say a top-layer element opened or closed. Not composed: heard on each root. */
const EVENTS = ['beforetoggle', 'toggle', 'close', 'cancel', 'fullscreenchange'] as const;

type Root = Document | ShadowRoot;

/** A closed shadow root too: Chrome's `chrome.dom`, Firefox's `openOrClosedShadowRoot`. */
export function shadowRootOf(el: Element): ShadowRoot | null {
  const dom = (
    globalThis as unknown as {
      chrome?: { dom?: { openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null } };
    }
  ).chrome?.dom;
  if (typeof dom?.openOrClosedShadowRoot === 'function') {
    // Only HTML elements can host a shadow root (Chrome throws on any other).
    if (!(el instanceof HTMLElement)) return null;
    try {
      return dom.openOrClosedShadowRoot(el) ?? null;
    } catch {
      return el.shadowRoot;
    }
  }
  const firefox = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null })
    .openOrClosedShadowRoot;
  if (firefox !== undefined) return firefox ?? null;
  return el.shadowRoot;
}

/** The document and every shadow root under it. */
export function allRoots(doc: Document): Root[] {
  const roots: Root[] = [doc];
  for (let i = 0; i < roots.length; i++) {
    const root = roots[i] as Root;
    for (const el of root.querySelectorAll('*')) {
      const shadow = shadowRootOf(el);
      if (shadow) roots.push(shadow);
    }
  }
  return roots;
}

export interface TopLayerWatch {
  /** Ours was just shown again above everything open now. */
  raised(): void;
  /** A page element in the top layer opened after our last raise (and may paint over ours). */
  isNewer(): boolean;
}

/** What of the page's is open in the top layer, looked at when asked (the provider page's panel
 * asks at each render). `ours`: our own top-layer elements now, by identity (a page can put its
 * own into our shadow root: those still count as the page's). `roots`: where the page's are
 * looked for; `onRoot` hears each. */
export function trackTopLayer(
  ours: () => readonly Element[],
  roots: () => Root[],
  onRoot?: (root: Root) => void,
): TopLayerWatch & { forget(el: Element): void } {
  /** Open when we last raised ours: below ours, until they close. */
  let below = new Set<Element>();
  function open(): Element[] {
    const found: Element[] = [];
    const mine = ours();
    for (const root of roots()) {
      onRoot?.(root);
      for (const el of root.querySelectorAll(OPEN)) if (!mine.includes(el)) found.push(el);
    }
    return found;
  }
  return {
    raised() {
      below = new Set(open());
    },
    isNewer: () => open().some((el) => !below.has(el)),
    /** Opened or closed again: it is no longer known to be below ours. */
    forget: (el) => below.delete(el),
  };
}

/**
 * The tracker, told as soon as a page element opens above ours (the Upstack page's Fill frame,
 * whose guard must know at the click): `onNewer` is called at most once per frame. `roots`: by
 * default the document and every shadow root, closed ones too. Our elements' events are ignored.
 */
export function watchTopLayer(
  ctx: Pick<Lifetime, 'addEventListener'>,
  ours: () => readonly Element[],
  onNewer: () => void,
  roots: (doc: Document) => Root[] = allRoots,
): TopLayerWatch {
  const doc = document;
  const heard = new WeakSet<Root>();
  let scheduled = false;
  const listen = (root: Root) => {
    if (heard.has(root)) return;
    heard.add(root);
    for (const type of EVENTS) ctx.addEventListener(root, type, onEvent, { capture: true });
  };
  const tracker = trackTopLayer(ours, () => roots(doc), listen);
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      if (tracker.isNewer()) onNewer();
    });
  };
  function onEvent(event: Event) {
    const target = event.composedPath()[0];
    if (!(target instanceof Element) || ours().includes(target)) return;
    tracker.forget(target);
    if (event.type === 'fullscreenchange' && doc.fullscreenElement)
      tracker.forget(doc.fullscreenElement);
    schedule();
  }
  listen(doc);
  return tracker;
}

/** Shows our popovers again, in order, each above everything open before it (the ring first,
 * then the panel or frame drawn above it). */
export function showOnTop(elements: readonly HTMLElement[]) {
  for (const el of elements) {
    if (!el.isConnected) continue;
    if (el.matches(':popover-open')) el.hidePopover();
    el.showPopover();
  }
}
