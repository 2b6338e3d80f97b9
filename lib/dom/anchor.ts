// Finds the element an anchor describes. Strategies in order: role + accessible name, visible
// text, CSS. The accessible name is a small subset of the W3C algorithm (aria-labelledby,
// aria-label, labels, value/placeholder/title, text): enough for provider forms, and a fraction
// of a full implementation's weight in the content script.
import type { Anchor } from '../recipes/schema';
import { deepQueryAll, OWN_HOST, shadowRoots } from './deep';
import { inRegion } from './region';
import { isRendered } from './visible';

const ROLE_SELECTORS: Record<string, string> = {
  button: 'button, input[type=button], input[type=submit], [role=button]',
  link: 'a[href], [role=link]',
  textbox:
    'input:not([type]), input[type=text], input[type=email], input[type=password], input[type=search], textarea, [role=textbox]',
  radio: 'input[type=radio], [role=radio]',
  checkbox: 'input[type=checkbox], [role=checkbox], [role=switch]',
  heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
  tab: '[role=tab]',
  dialog: 'dialog, [role=dialog], [role=alertdialog]',
  option: 'option, [role=option]',
  combobox: 'select, [role=combobox]',
  cell: 'td, th, [role=cell], [role=gridcell]',
  row: 'tr, [role=row]',
  listitem: 'li, [role=listitem]',
  alert: '[role=alert]',
};

const INTERACTIVE =
  'button, a[href], label, input, select, textarea, [role=button], [role=radio], [role=checkbox], [role=tab], [role=option], [role=link]';

export function normalize(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Text with a space at every element boundary, so a card's title and description stay apart.
 * A web component's `<slot>` reads as what is slotted into it, else its fallback content. */
function textOf(elements: Iterable<Node>): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else if (node.nodeType === 1 && (node as Element).localName === 'slot') {
      const assigned = (node as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
      for (const child of assigned.length ? assigned : Array.from(node.childNodes)) walk(child);
      parts.push(' ');
    } else {
      for (const child of Array.from(node.childNodes)) walk(child);
      if (node.nodeType === 1) parts.push(' ');
    }
  };
  for (const el of elements) walk(el);
  return parts.join(' ');
}

export function accessibleName(el: Element): string {
  // Ids resolve in the element's own tree: the document, or the shadow root it lives in.
  const tree = el.getRootNode() as Document | ShadowRoot;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const refs = labelledBy.split(/\s+/).map((id) => tree.getElementById?.(id) ?? null);
    return normalize(textOf(refs.filter((r): r is HTMLElement => r !== null)));
  }
  const ariaLabel = el.getAttribute('aria-label');
  if (ariaLabel?.trim()) return normalize(ariaLabel);
  // A <label for> names any labelable element before its content: a button drawn as a
  // checkbox or a select's trigger (Radix, shadcn) is named by its label, not by its text.
  const labels = (el as HTMLInputElement).labels;
  if (labels?.length) return normalize(textOf(labels));
  if (el.localName === 'input' || el.localName === 'textarea') {
    const input = el as HTMLInputElement;
    const around = input.closest('label');
    if (around) return normalize(textOf([around]));
    if (input.type === 'submit' || input.type === 'button') return normalize(input.value);
    return normalize(input.placeholder || input.title);
  }
  return normalize(textOf([el]) || el.getAttribute('title'));
}

/** Where an anchor is looked for: its scope (CSS, matched in open shadow roots too), else the
 * whole page. A web component's shadow root is searched as part of the element that hosts it. */
function roots(anchor: Anchor, doc: Document): ParentNode[] {
  const base: ParentNode[] = anchor.scope
    ? deepQueryAll(doc, anchor.scope)
    : doc.body
      ? [doc.body]
      : [];
  return base.flatMap((root) => [root, ...shadowRoots(root)]);
}

/** The elements that can have a role (`role` may list several: `link|button`). */
export function roleSelector(role: string): string {
  return role
    .split('|')
    .map((one) => ROLE_SELECTORS[one] ?? `[role="${one}"]`)
    .join(', ');
}

function byRoleAndName(anchor: Anchor, scopes: ParentNode[]): Element[] {
  if (!anchor.role || !anchor.name) return [];
  const selector = roleSelector(anchor.role);
  const wanted = anchor.name.map(normalize);
  const candidates = scopes.flatMap((root) => Array.from(root.querySelectorAll(selector)));
  const named = candidates.map((el) => ({ el, name: accessibleName(el) }));
  // An exact name wins; a name that starts with the wanted words (a card's title followed by
  // its description) comes next.
  const exact = named.filter((c) => wanted.includes(c.name));
  const prefix = named.filter((c) => wanted.some((w) => c.name.startsWith(`${w} `)));
  return [...exact, ...prefix].map((c) => c.el);
}

/** Text nodes read per lookup at most: the text strategy comes after role and name, and a huge
 * dashboard is not walked end to end for it at every look. */
export const TEXT_BUDGET = 30_000;

function byText(anchor: Anchor, scopes: ParentNode[]): Element[] {
  if (!anchor.text) return [];
  const wanted = anchor.text.map(normalize);
  const found: Element[] = [];
  let left = TEXT_BUDGET;
  for (const root of scopes) {
    const doc = (root as Node).ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node && left-- > 0; node = walker.nextNode()) {
      if (!wanted.includes(normalize(node.nodeValue))) continue;
      const parent = node.parentElement;
      if (parent) found.push(parent.closest(INTERACTIVE) ?? parent);
    }
  }
  return found;
}

function byCss(anchor: Anchor, scopes: ParentNode[]): Element[] {
  if (!anchor.css) return [];
  return scopes.flatMap((root) => Array.from(root.querySelectorAll(anchor.css as string)));
}

/** A control drawn by the page instead of the browser (a visually hidden radio or checkbox)
 * stands for its visible label: that is what a person sees and clicks. */
function shown(el: Element): Element | undefined {
  if (isRendered(el)) return el;
  const labels = (el as HTMLInputElement).labels;
  return Array.from(labels ?? []).find(isRendered);
}

/** Open dialogs: while one is open, what the merchant acts on is in it. */
const DIALOGS = 'dialog[open], [aria-modal=true], [role=dialog], [role=alertdialog]';

/** Every visible element the anchor describes, best strategy first; empty when none. The
 * smallest scope first: an open dialog, then the anchor's scope or the whole page. */
export function findAll(anchor: Anchor, doc: Document = document): Element[] {
  // The region of the page's fields (lib/dom/region.ts): never the navigation's, nearest first.
  const kept = (found: Element[]) => (anchor.region ? inRegion(found, doc) : found);
  if (!anchor.scope) {
    // In the page's same-origin frames too (a settings frame's own dialog).
    const dialogs = [
      ...Array.from(doc.querySelectorAll(DIALOGS)),
      ...shadowRoots(doc)
        .filter((root) => root.nodeType === 9)
        .flatMap((frame) => Array.from(frame.querySelectorAll(DIALOGS))),
    ].filter(isRendered);
    const found = dialogs.length
      ? kept(
          search(
            anchor,
            dialogs.flatMap((d) => [d, ...shadowRoots(d)]),
          ),
        )
      : [];
    if (found.length) return found;
  }
  return kept(search(anchor, roots(anchor, doc)));
}

function search(anchor: Anchor, scopes: ParentNode[]): Element[] {
  for (const strategy of [byRoleAndName, byText, byCss]) {
    const found = strategy(anchor, scopes)
      .map(shown)
      .filter((el): el is Element => !!el && !el.closest(OWN_HOST));
    if (found.length) return [...new Set(found)];
  }
  return [];
}

export function find(anchor: Anchor, doc: Document = document): Element | undefined {
  return findAll(anchor, doc)[0];
}

/** The first element the anchor describes inside `region` (and its shadow roots). */
export function findWithin(anchor: Anchor, region: Element): Element | undefined {
  return search(anchor, [region, ...shadowRoots(region)])[0];
}

/** Which of `names` the element bears, as `find` matches them (exact, or as its first words);
 * -1 for none. */
export function nameIndex(names: readonly string[], el: Element): number {
  const name = accessibleName(el);
  const wanted = names.map(normalize);
  const exact = wanted.indexOf(name);
  return exact >= 0 ? exact : wanted.findIndex((w) => name.startsWith(`${w} `));
}
