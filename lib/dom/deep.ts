// The page as a person sees it spans the document and the open shadow roots of its web
// components (Shoelace, Lit, Stencil). These helpers walk both. Closed roots stay closed.

/** The element that marks our own overlay: never part of the page we read. */
export const OWN_HOST = 'upstack-key-assist';

/** The page's open shadow roots as the caller already knows them (see `withShadowRoots`). */
let known: readonly ShadowRoot[] | undefined;

/**
 * Runs `work` with the page's open shadow roots given: the lookups inside it take them from
 * `roots` instead of walking the page for them (the guide's scheduler keeps that list).
 */
export function withShadowRoots<T>(roots: readonly ShadowRoot[], work: () => T): T {
  const before = known;
  known = roots;
  try {
    return work();
  } finally {
    known = before;
  }
}

/** Open shadow roots under `root` (nested ones too), document order. */
export function shadowRoots(root: ParentNode): ShadowRoot[] {
  if (known)
    return known.filter((r) => r !== root && r.host.isConnected && containsAcross(root as Node, r));
  const found: ShadowRoot[] = [];
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (el.localName === OWN_HOST) continue;
    if (el.shadowRoot) found.push(el.shadowRoot, ...shadowRoots(el.shadowRoot));
  }
  return found;
}

/** `querySelectorAll` over `root` and every open shadow root inside it. */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const scopes: ParentNode[] = [root, ...shadowRoots(root)];
  return scopes.flatMap((scope) => Array.from(scope.querySelectorAll(selector)));
}

/** The parent across a shadow boundary: a shadow root's host. */
export function parentAcross(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof (el.ownerDocument.defaultView?.ShadowRoot ?? ShadowRoot)
    ? (root as ShadowRoot).host
    : null;
}

/** `closest` that crosses shadow boundaries. */
export function closestAcross(el: Element, selector: string): Element | null {
  for (let at: Element | null = el; at; at = parentAcross(at)) {
    if (at.matches(selector)) return at;
  }
  return null;
}

/** `a.contains(b)` across shadow boundaries. */
export function containsAcross(a: Node, b: Node): boolean {
  for (let at: Node | null = b; at; ) {
    if (at === a) return true;
    at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null);
  }
  return false;
}
