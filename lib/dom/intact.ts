// Whether an element is painted as it is: nothing in its computed style, or its ancestors',
// could make it invisible, see-through, moved, distorted or covered while still taking clicks.
// The Upstack content script asks this of the Fill frame at the merchant's click (a page script
// can restyle the extension's host and everything in its open shadow root). A dark-mode
// extension's `filter` on <html> or <body> is judged last and named apart (`isRootFilter`), so
// that the frame can say why where it is the only reason. Reads a document's elements; no
// browser extension API.

/** Every property whose value other than the one listed can hide, move, blend or clip a box. */
const EXPECTED: [property: string, ok: (value: string) => boolean][] = [
  ['opacity', (v) => v === '1'],
  ['visibility', (v) => v === 'visible'],
  ['transform', (v) => v === 'none'],
  ['translate', (v) => v === 'none' || v === ''],
  ['scale', (v) => v === 'none' || v === ''],
  ['rotate', (v) => v === 'none' || v === ''],
  ['zoom', (v) => v === '1' || v === '' || v === 'normal'],
  ['filter', (v) => v === 'none' || v === ''],
  ['backdrop-filter', (v) => v === 'none' || v === ''],
  ['clip-path', (v) => v === 'none' || v === ''],
  ['mask-image', (v) => v === 'none' || v === ''],
  ['-webkit-mask-image', (v) => v === 'none' || v === ''],
  ['mix-blend-mode', (v) => v === 'normal' || v === ''],
  ['offset-path', (v) => v === 'none' || v === ''],
  ['content-visibility', (v) => v !== 'hidden'],
];

/** Only on the element and its positioned box: ancestors' clip or outline do not reach it
 * (ours are in the top layer, outside their ancestors' boxes). */
const OWN: [
  property: string,
  ok: (value: string, style: Pick<CSSStyleDeclaration, 'getPropertyValue'>) => boolean,
][] = [
  ['clip', (v) => v === 'auto' || v === ''],
  // An outline drawn inwards (negative offset) paints over the element's own content.
  [
    'outline-style',
    (v, style) => v === 'none' || Number.parseFloat(style.getPropertyValue('outline-offset')) >= 0,
  ],
  ['object-view-box', (v) => v === 'none' || v === ''],
];

/** The element, then its ancestors in the flat tree (a shadow root's host, a slot's owner; a
 * slot in a closed root is not told, and its host is next). */
export function flatTreePath(el: Element): Element[] {
  const path: Element[] = [];
  for (let node: Element | null = el; node; ) {
    path.push(node);
    if (node.assignedSlot) node = node.assignedSlot;
    else if (node.parentElement) node = node.parentElement;
    else {
      const root: ParentNode | null = node.parentNode;
      node = root && 'host' in root ? (root as ShadowRoot).host : null;
    }
  }
  return path;
}

/** What a computed style is read from: the window's own (a test passes its own). */
export type StyleOf = (
  node: Element,
  pseudo?: string,
) => Pick<CSSStyleDeclaration, 'getPropertyValue'>;

/** The prefix of the one reason judged last: a `filter` on the document element or the body,
 * which dark-mode extensions (Dark Reader's filter mode and the like) put there. Still a reason
 * to refuse; only the words the merchant reads differ. */
const ROOT_FILTER = 'root filter: ';

/** Whether `reason` (from `alteredStyle`, or the Fill frame's guard) is a root filter alone:
 * nothing else about the element or its ancestors is altered. */
export const isRootFilter = (reason: string | undefined): boolean =>
  reason?.startsWith(ROOT_FILTER) === true;

/** The first property that is not as expected, as `property: value` (for tests and notes to
 * ourselves, never shown to the merchant); undefined when every element is painted as is.
 * A `filter` on the document element or the body is judged last, after every other property of
 * every element: it is the reason (`isRootFilter`) only when there is no other. */
export function alteredStyle(
  el: Element,
  own: Element[] = [el],
  styleOf?: StyleOf,
): string | undefined {
  const doc = el.ownerDocument;
  const win = doc.defaultView;
  if (!win && !styleOf) return 'no window';
  const read: StyleOf =
    styleOf ?? ((node, pseudo) => (win as Window).getComputedStyle(node, pseudo));
  let rootFilter: string | undefined;
  for (const node of flatTreePath(el)) {
    const style = read(node);
    const root = node === doc.documentElement || node === doc.body;
    for (const [property, ok] of EXPECTED) {
      const value = style.getPropertyValue(property).trim();
      if (ok(value)) continue;
      if (root && property === 'filter') rootFilter ??= `${node.localName} ${property}: ${value}`;
      else return `${node.localName} ${property}: ${value}`;
    }
    if (!own.includes(node)) continue;
    for (const [property, ok] of OWN) {
      const value = style.getPropertyValue(property).trim();
      if (!ok(value, style)) return `${node.localName} ${property}: ${value}`;
    }
    // Generated content could sit over the element's children.
    for (const pseudo of ['::before', '::after']) {
      const content = read(node, pseudo).getPropertyValue('content').trim();
      if (content !== 'none' && content !== 'normal' && content !== '')
        return `${node.localName}${pseudo} content: ${content}`;
    }
  }
  return rootFilter && ROOT_FILTER + rootFilter;
}
