// A key as the page shows it: a text node is one piece of what a block renders, and a page can
// split a key across inline elements (`<b>6</b>40abc…`) or put a hidden character inside it.
// While reading (no layout forced), a block of several pieces is also read joined, and with each
// of its inline elements left out in turn: whatever could be a key there is watched. Once the
// block is on screen (layout clean, lib/engine/on-screen.ts), it is read as rendered, piece by
// piece: a piece not displayed is left out (innerText), a piece displayed but not legible (faint,
// tiny, clipped, off screen) is marked, so no value across it is ever read as the key.
import { legible, lookOf } from '../dom/visible';
import { UNREADABLE } from '../key/scan';

/** Elements that render inline by default: their texts join their neighbours' into one line. */
const INLINE = new Set(
  'a abbr b bdi bdo cite code data del dfn em font i ins kbd mark q s samp small span strong sub sup time tt u var wbr'.split(
    ' ',
  ),
);
/** A block with more children than this is a page region, not where one key is shown. */
const MAX_CHILDREN = 32;
/** Text nodes of a block looked through, at most. */
const MAX_TEXTS = 256;
/** A block whose text is longer than this is read piece by piece only (no key is that long). */
const MAX_JOINED = 2048;

const isInline = (el: Element) => INLINE.has(el.localName);

/** The block whose rendered text joins `parent`'s text with its inline neighbours', when it is
 * one of several pieces; none when the text is its element's whole content, or the block is a
 * page region. */
export function blockOf(parent: Element): Element | null {
  if (!isInline(parent) && !parent.firstElementChild) return null;
  let block = parent;
  while (isInline(block) && block.parentElement) block = block.parentElement;
  if (block.localName === 'body' || block.localName === 'html') return null;
  return hasMoreChildren(block, MAX_CHILDREN) ? null : block;
}

/** Whether `el` has more than `max` element children, counting no further than that:
 * `childElementCount` counts them all, once per text of a page region of thousands. */
function hasMoreChildren(el: Element, max: number): boolean {
  let child = el.firstElementChild;
  for (let n = 0; child; n++, child = child.nextElementSibling) if (n >= max) return true;
  return false;
}

/** The nearest element around `node` that is no inline piece (its own line), up to `block`. */
function lineOf(node: Node, block: Element): Element {
  let at = node.parentElement;
  while (at && at !== block && isInline(at)) at = at.parentElement;
  return at ?? block;
}

/** The text nodes of `block`, at most MAX_TEXTS, and the elements of their own between them
 * (`<br>`, an image, a button): where the pieces around do not join. */
function piecesOf(block: Element): (Text | Element)[] {
  const walker = (block.ownerDocument ?? document).createTreeWalker(
    block,
    NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT,
  );
  const out: (Text | Element)[] = [];
  while (out.length < MAX_TEXTS && walker.nextNode()) {
    const node = walker.currentNode;
    if (node.nodeType === 3 || !isInline(node as Element)) out.push(node as Text | Element);
  }
  return out;
}

const textsOf = (block: Element) => piecesOf(block).filter((n): n is Text => n.nodeType === 3);

/** Joins text pieces as one block shows them: a new line where a piece starts another line. */
function join(block: Element, pieces: readonly { node: Text | Element; text: string }[]): string {
  let out = '';
  let line: Element | undefined;
  for (const { node, text } of pieces) {
    const at = node.nodeType === 1 ? (node as Element) : lineOf(node, block);
    if (line && at !== line) out += '\n';
    line = at;
    out += text;
  }
  return out;
}

/** What a block shows joined, and joined with each inline element left out in turn (a piece
 * the page may hide): text only, no style read. None for a page region or a long text. */
export function joinedTexts(block: Element): string[] {
  const nodes = piecesOf(block);
  if (
    nodes.reduce((n, t) => n + (t.nodeType === 3 ? (t.nodeValue?.length ?? 0) : 0), 0) > MAX_JOINED
  )
    return [];
  const all = nodes.map((node) => ({
    node,
    text: node.nodeType === 3 ? (node.nodeValue ?? '') : '',
  }));
  const out = new Set([join(block, all)]);
  for (const el of Array.from(block.querySelectorAll('*')).slice(0, MAX_CHILDREN)) {
    if (!isInline(el) || !el.textContent) continue;
    out.add(
      join(
        block,
        all.filter(({ node }) => !el.contains(node)),
      ),
    );
  }
  return [...out];
}

/** Where in `block` a value read across its pieces shows: the innermost element whose text
 * holds both its ends (the panel keeps clear of it), else the block. */
export function holderOf(block: Element, value: string): Element {
  const [head, tail] = [value.slice(0, 4), value.slice(-4)];
  let holder = block;
  for (const el of Array.from(block.querySelectorAll('*')).slice(0, MAX_CHILDREN)) {
    const text = el.textContent ?? '';
    if (text.includes(head) && text.includes(tail) && holder.contains(el)) holder = el;
  }
  return holder;
}

/** Whether one text node under `block` holds `value` whole (then it has its own sighting). */
export function inOneText(block: Element, value: string): boolean {
  return textsOf(block).some((node) => node.nodeValue?.includes(value));
}

/**
 * What `block` shows now, as a person reads it, piece by piece (for a block on screen, from an
 * IntersectionObserver callback: layout is clean). A piece not displayed (display:none) is left
 * out, as innerText leaves it; a piece displayed but not legible (lib/dom/visible.ts: faint,
 * transparent, tiny, clipped), or outside the viewport or the box of a block that clips, is
 * replaced by UNREADABLE: no word across it is of any key's shape (a piece set apart by a gap
 * starts a word of its own).
 */
export function renderedAsShown(block: Element): string {
  const view = block.ownerDocument.defaultView;
  if (!view) return '';
  // The block clips what overflows it only where its overflow is not visible.
  const style = view.getComputedStyle(block);
  const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
  const frame = clips ? block.getBoundingClientRect() : new DOMRect(-1e9, -1e9, 2e9, 2e9);
  const looks = new Map<Element, ReturnType<typeof lookOf>>();
  const pieces: { node: Text | Element; text: string }[] = [];
  /** The end of the last piece read, on its line: a piece shown apart from it starts a word. */
  let last: DOMRect | undefined;
  for (const node of piecesOf(block)) {
    if (node.nodeType === 1) {
      pieces.push({ node, text: '' });
      continue;
    }
    const parent = node.parentElement;
    const text = node.nodeValue ?? '';
    if (!parent || parent.localName === 'script' || parent.localName === 'style') continue;
    const displayed =
      typeof parent.checkVisibility === 'function'
        ? parent.checkVisibility()
        : parent.getClientRects().length > 0;
    if (!displayed) continue;
    if (!text.trim()) {
      pieces.push({ node, text });
      continue;
    }
    const range = block.ownerDocument.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    const width =
      Math.min(box.right, frame.right, view.innerWidth) - Math.max(box.left, frame.left, 0);
    const height =
      Math.min(box.bottom, frame.bottom, view.innerHeight) - Math.max(box.top, frame.top, 0);
    const look = looks.get(parent) ?? lookOf(parent);
    looks.set(parent, look);
    const seen = width > 0 && height > 0 && legible(look, { width, height }, true);
    const rects = range.getClientRects();
    const first = rects[0];
    // Inline pieces side by side with a gap between them (a badge, a margin) are two words, as a
    // person reads them; a key split by markup alone shows its pieces touching.
    const apart =
      !!first &&
      !!last &&
      first.top < last.bottom &&
      first.bottom > last.top &&
      Math.max(first.left - last.right, last.left - first.right) > Math.max(2, look.fontSize / 4);
    last = rects[rects.length - 1];
    pieces.push({ node, text: `${apart ? ' ' : ''}${seen ? text : UNREADABLE}` });
  }
  return join(block, pieces);
}
