// Same-origin frames: a dashboard may render its settings in an iframe of its own origin. The
// engine stays one instance in the top frame and reads such frames' documents as part of the
// page (lib/dom/deep.ts walks into them as into open shadow roots). A frame of another origin is
// never read: its document is not ours to open, and we never ask for it.
import type { Lifetime } from '../engine/lifetime';

const FRAMES = new Set(['iframe', 'frame']);

/** The origin a document runs in (an about:blank or srcdoc frame inherits its parent's). */
function originOf(doc: Document): string {
  try {
    return doc.defaultView?.origin ?? new URL(doc.URL).origin;
  } catch {
    return 'null';
  }
}

/** The document of a frame element of the same origin as its parent, loaded; otherwise null
 * (another origin, a sandboxed frame, or nothing loaded yet). The origin is compared even where
 * the browser would let an extension read the frame (Firefox's content scripts). */
export function frameDocument(el: Element): Document | null {
  if (!FRAMES.has(el.localName)) return null;
  let doc: Document | null = null;
  try {
    doc = (el as HTMLIFrameElement).contentDocument;
  } catch {
    return null;
  }
  if (!doc?.documentElement) return null;
  const own = originOf(el.ownerDocument);
  return own !== 'null' && originOf(doc) === own ? doc : null;
}

/** The frame element a document is shown in, when it is a same-origin child frame. */
export function frameOf(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

/** Where an element's content box starts inside a frame element, in the frame's viewport. */
function contentOffset(frame: Element): { x: number; y: number } {
  const box = frame.getBoundingClientRect();
  const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
  const px = (v: string | undefined) => Number.parseFloat(v ?? '') || 0;
  return {
    x: box.left + frame.clientLeft + px(style?.paddingLeft),
    y: box.top + frame.clientTop + px(style?.paddingTop),
  };
}

/** The element's box in the top frame's viewport: its own box moved by the offsets of the
 * frames it is in. */
export function viewportRect(el: Element): { x: number; y: number; width: number; height: number } {
  const { x, y, width, height } = el.getBoundingClientRect();
  const at = { x, y };
  for (let frame = frameOf(el.ownerDocument); frame; frame = frameOf(frame.ownerDocument)) {
    const offset = contentOffset(frame);
    at.x += offset.x;
    at.y += offset.y;
  }
  return { ...at, width, height };
}

/** Every same-origin frame document under `doc` (nested ones too), found through the frame
 * elements of the document and of its open shadow roots. */
export function frameDocuments(doc: Document): Document[] {
  const found: Document[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (el.shadowRoot) visit(el.shadowRoot);
      const inner = frameDocument(el);
      if (inner) {
        found.push(inner);
        visit(inner);
      }
    }
  };
  visit(doc);
  return found;
}

/**
 * A lifetime whose listeners on the top `document` listen on every same-origin frame's document
 * too, now and as frames load (a frame's new page is a new document): the merchant's click in a
 * frame is seen as one in the page.
 */
export function withFrames(ctx: Lifetime): Lifetime {
  const listeners: {
    type: string;
    handler: (event: Event) => void;
    options?: AddEventListenerOptions;
  }[] = [];
  const attached = new WeakSet<Document>();
  const attach = () => {
    if (ctx.isInvalid) return;
    for (const doc of frameDocuments(document)) {
      if (attached.has(doc)) continue;
      attached.add(doc);
      // A frame's own frames load inside it: their load events are seen there.
      doc.addEventListener('load', onLoad, { capture: true, signal: ctx.signal });
      for (const { type, handler, options } of listeners)
        doc.addEventListener(type, handler as EventListener, { ...options, signal: ctx.signal });
    }
  };
  function onLoad(event: Event) {
    if (FRAMES.has((event.target as Element | null)?.localName ?? '')) attach();
  }
  document.addEventListener('load', onLoad, { capture: true, signal: ctx.signal });
  return {
    get signal() {
      return ctx.signal;
    },
    get isInvalid() {
      return ctx.isInvalid;
    },
    onInvalidated: (cb) => ctx.onInvalidated(cb),
    setTimeout: (handler, ms) => ctx.setTimeout(handler, ms),
    addEventListener(target, type, handler, options) {
      ctx.addEventListener(target, type, handler, options);
      if (target !== document) return;
      listeners.push({ type, handler: handler as (event: Event) => void, options });
      for (const doc of frameDocuments(document))
        if (attached.has(doc))
          doc.addEventListener(type, handler as EventListener, { ...options, signal: ctx.signal });
      attach();
    },
  };
}
