// What a page shows, read as text: text nodes and field values, in the document and in the open
// shadow roots of its web components. The capture reads it; nothing here decides anything.
import { OWN_HOST, shadowRoots } from '../lib/dom/deep';

/** Something the page shows, and the element that shows it (a text's parent, a field). */
export interface Sighting {
  text: string;
  el: Element;
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

export function pageText(onRoot: (root: Node) => void): PageText {
  let roots = new Set<ShadowRoot>();
  const scopes = (): ParentNode[] => [document, ...[...roots].filter((r) => r.host.isConnected)];
  const matching = (css: string | undefined) =>
    css ? scopes().flatMap((scope) => Array.from(scope.querySelectorAll(css))) : [];

  return {
    collect(root, out, budget) {
      const doc = root.ownerDocument ?? (root as Document);
      const scopeList: Node[] = [root];
      if (root instanceof Element || root instanceof DocumentFragment || root instanceof Document)
        scopeList.push(...shadowRoots(root as ParentNode));
      for (const scope of scopeList) {
        if (scope instanceof ShadowRoot) roots.add(scope);
        if (scope !== doc) onRoot(scope);
        if (scope.nodeType === 3) {
          const parent = (scope as Text).parentElement;
          if (parent) out.push({ text: scope.nodeValue ?? '', el: parent });
          continue;
        }
        const walker = doc.createTreeWalker(scope, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
          acceptNode: (node) =>
            UNSHOWN.has((node as Element).localName)
              ? NodeFilter.FILTER_REJECT
              : NodeFilter.FILTER_ACCEPT,
        });
        for (let node = walker.currentNode as Node | null; node; node = walker.nextNode()) {
          if (--budget.left < 0) return;
          if (node.nodeType === 3) {
            const parent = (node as Text).parentElement;
            if (parent && (node.nodeValue?.length ?? 0) >= SHORTEST)
              out.push({ text: node.nodeValue as string, el: parent });
          } else if ((node as Element).matches?.(FIELDS)) {
            out.push({ text: shownBy(node as Element), el: node as Element });
          }
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
      roots = new Set();
    },
  };
}
