// The page as a person sees it spans the document, the open shadow roots of its web
// components (Shoelace, Lit, Stencil) and the documents of its same-origin frames
// (lib/dom/frames.ts). These helpers walk all three. Closed roots and other origins stay closed.
import { frameDocument, frameOf } from './frames';

/** The element that marks our own overlay: never part of the page we read. */
export const OWN_HOST = 'upstack-key-assist';

/** A part of the page with its own tree: an open shadow root, or a same-origin frame's document. */
export type InnerRoot = ShadowRoot | Document;

/** The element an inner root hangs from: a shadow root's host, a frame document's frame. */
export function hostOf(root: InnerRoot): Element | null {
  return root.nodeType === 11 ? (root as ShadowRoot).host : frameOf(root as Document);
}

/** The page's inner roots as the caller already knows them (see `withShadowRoots`). */
let known: readonly InnerRoot[] | undefined;

/**
 * Runs `work` with the page's open shadow roots given: the lookups inside it take them from
 * `roots` instead of walking the page for them (the guide's scheduler keeps that list).
 */
export function withShadowRoots<T>(roots: readonly InnerRoot[], work: () => T): T {
  const before = known;
  known = roots;
  try {
    return work();
  } finally {
    known = before;
  }
}

/** Open shadow roots and same-origin frame documents under `root` (nested ones too), document
 * order. */
export function shadowRoots(root: ParentNode): InnerRoot[] {
  if (known)
    return known.filter(
      (r) => r !== root && !!hostOf(r)?.isConnected && containsAcross(root as Node, r),
    );
  const found: InnerRoot[] = [];
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (el.localName === OWN_HOST) continue;
    if (el.shadowRoot) found.push(el.shadowRoot, ...shadowRoots(el.shadowRoot));
    const frame = frameDocument(el);
    if (frame) found.push(frame, ...shadowRoots(frame));
  }
  return found;
}

/** `querySelectorAll` over `root` and every open shadow root inside it. */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const scopes: ParentNode[] = [root, ...shadowRoots(root)];
  return scopes.flatMap((scope) => Array.from(scope.querySelectorAll(selector)));
}

/** The parent on the flat tree, as the page is shown: a slotted element's slot (a web
 * component shows its slotted content inside its own shadow parts: an sl-dialog's dialog part),
 * else the parent, else a shadow root's host. (Not across frames: a frame's elements have their
 * own document, styles and dialogs.) */
export function parentAcross(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root.nodeType === 11 ? (root as ShadowRoot).host : null;
}

/** An element of any frame's realm (`instanceof Element` is false for a frame's elements). */
export function isElement(node: unknown): node is Element {
  return !!node && (node as Node).nodeType === 1;
}

/** `closest` on the flat tree (`parentAcross`): across shadow boundaries, and from slotted
 * content into the component's own parts. */
export function closestAcross(el: Element, selector: string): Element | null {
  for (let at: Element | null = el; at; at = parentAcross(at)) {
    if (at.matches(selector)) return at;
  }
  return null;
}

/** `a.contains(b)` across shadow boundaries and into same-origin frames. */
export function containsAcross(a: Node, b: Node): boolean {
  for (let at: Node | null = b; at; ) {
    if (at === a) return true;
    at =
      at.parentNode ??
      (at.nodeType === 11
        ? (at as ShadowRoot).host
        : at.nodeType === 9
          ? frameOf(at as Document)
          : null);
  }
  return false;
}
