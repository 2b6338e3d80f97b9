// What a page shows, read as text: text nodes and field values, in the document and in the open
// shadow roots of its web components. The capture reads it; nothing here decides anything.
import { hostOf, type InnerRoot, OWN_HOST } from '../dom/deep';
import { frameDocument } from '../dom/frames';
import { blockOf, joinedTexts } from './rendered';

/** Something the page shows, and the element that shows it (a text's parent, a field). */
export interface Sighting {
  text: string;
  el: Element;
  /** What a block shows joined across its inline pieces (lib/engine/rendered.ts): a value
   * read there is judged from the block as rendered once on screen. */
  joined?: boolean;
}

const FIELDS = 'input, textarea';
/** Elements whose text is never shown: our own overlay's host, scripts, styles, templates. */
const UNSHOWN = new Set([OWN_HOST, 'script', 'style', 'template', 'noscript']);
/** Texts shorter than this hold no secret. */
const SHORTEST = 6;

export const isField = (el: Element) => el.localName === 'input' || el.localName === 'textarea';

/** What an element shows: a field's value, else its own text. */
export function shownBy(el: Element): string {
  return isField(el) ? (el as HTMLInputElement).value : (el.textContent ?? '');
}

export interface PageText {
  /** Texts and fields under `root`, open shadow roots included, within `budget` nodes. Each
   * shadow root met is remembered, and handed to `onRoot` (to be watched). */
  collect(root: Node, out: Sighting[], budget: { left: number }): void;
  /** Every field's value and every element matching `css`, in the page and the shadow roots
   * met so far: no walk of the page. */
  fields(out: Sighting[], css?: string): void;
  matching(css: string | undefined): Element[];
  /** Forget the shadow roots met. */
  reset(): void;
}

/** The node after the walker's current one and all it holds (its subtree is skipped). */
function past(walker: TreeWalker): Node | null {
  for (;;) {
    const next = walker.nextSibling();
    if (next) return next;
    if (!walker.parentNode()) return null;
  }
}

/** Inner roots remembered at most: a page that attaches them in a loop holds no more. */
const MAX_ROOTS = 512;

export function pageText(onRoot: (root: Node) => void): PageText {
  /** The open shadow roots and same-origin frame documents met, weakly: one the page drops (its
   * host gone) is not kept alive here. */
  let known = new WeakSet<InnerRoot>();
  let refs: WeakRef<InnerRoot>[] = [];
  const live = (): InnerRoot[] => {
    const out: InnerRoot[] = [];
    for (const ref of refs) {
      const root = ref.deref();
      if (root && root !== document && hostOf(root)?.isConnected) out.push(root);
    }
    return out;
  };
  const remember = (root: InnerRoot) => {
    if (known.has(root)) return;
    known.add(root);
    // Full: those whose host left the page go first; still full, the oldest.
    if (refs.length >= MAX_ROOTS)
      refs = live()
        .slice(-(MAX_ROOTS - 1))
        .map((r) => new WeakRef(r));
    refs.push(new WeakRef(root));
  };
  const scopes = (): ParentNode[] => [document, ...live()];
  const matching = (css: string | undefined) =>
    css ? scopes().flatMap((scope) => Array.from(scope.querySelectorAll(css))) : [];

  /** A text node's own text and, once per walk, what its block shows joined when it is one of
   * several inline pieces (a key split across `<b>`, a hidden character inside it). */
  function read(node: Text, parent: Element, out: Sighting[], joined: Set<Element>) {
    const text = node.nodeValue as string;
    if (text.length >= SHORTEST) out.push({ text, el: parent });
    const block = blockOf(parent);
    if (!block || joined.has(block)) return;
    joined.add(block);
    for (const whole of joinedTexts(block)) out.push({ text: whole, el: block, joined: true });
  }

  return {
    collect(root, out, budget) {
      const top = root.ownerDocument ?? (root as Document);
      const joined = new Set<Element>();
      if (root.nodeType === 3) {
        const parent = (root as Text).parentElement;
        if (parent) read(root as Text, parent, out, joined);
        return;
      }
      // One walk for texts, fields and the open shadow roots met on the way (walked in turn),
      // with no filter called back per node: a page of thousands of elements is read in one go.
      const scopes: Node[] = [root];
      for (const scope of scopes) {
        if (scope.nodeType === 11) remember(scope as ShadowRoot);
        const doc = scope.ownerDocument ?? (scope as Document);
        // A same-origin frame's document: read as part of the page, watched as a root.
        if (doc !== top && scope === doc.documentElement) remember(doc);
        if (scope !== top) onRoot(scope);
        const walker = doc.createTreeWalker(scope, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
        let node: Node | null = walker.currentNode;
        while (node) {
          if (--budget.left < 0) return;
          if (node.nodeType === 3) {
            const text = node.nodeValue as string;
            const parent = (node as Text).parentElement;
            if (
              parent &&
              !UNSHOWN.has(parent.localName) &&
              (text.length >= SHORTEST || blockOf(parent))
            )
              read(node as Text, parent, out, joined);
          } else if (node.nodeType === 1) {
            const el = node as Element;
            if (UNSHOWN.has(el.localName)) {
              node = past(walker);
              continue;
            }
            if (isField(el)) out.push({ text: shownBy(el), el });
            if (el.shadowRoot) scopes.push(el.shadowRoot);
            const frame = frameDocument(el);
            if (frame) scopes.push(frame.documentElement);
          }
          node = walker.nextNode();
        }
      }
    },
    fields(out, css) {
      for (const el of matching(FIELDS)) {
        const value = (el as HTMLInputElement).value;
        if (value && value.length >= SHORTEST) out.push({ text: value, el });
      }
      for (const el of matching(css)) out.push({ text: shownBy(el), el });
    },
    matching,
    reset() {
      known = new WeakSet();
      refs = [];
    },
  };
}
