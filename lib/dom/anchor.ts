// Finds the element an anchor describes. Strategies in order: role + accessible name, visible
// text, CSS. The accessible name is a small subset of the W3C algorithm (aria-labelledby,
// aria-label, labels, value/placeholder/title, text): enough for provider forms, and a fraction
// of a full implementation's weight in the content script.
import type { Anchor } from '../recipe';

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

/** Text with a space at every element boundary, so a card's title and description stay apart. */
function textOf(elements: Iterable<Element>): string {
  const parts: string[] = [];
  for (const el of elements) {
    const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      parts.push(node.nodeValue ?? '');
  }
  return parts.join(' ');
}

export function accessibleName(el: Element): string {
  const doc = el.ownerDocument;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const refs = labelledBy.split(/\s+/).map((id) => doc.getElementById(id));
    return normalize(textOf(refs.filter((r): r is HTMLElement => r !== null)));
  }
  const ariaLabel = el.getAttribute('aria-label');
  if (ariaLabel?.trim()) return normalize(ariaLabel);
  if (el.localName === 'input' || el.localName === 'textarea') {
    const input = el as HTMLInputElement;
    const labels = input.labels?.length
      ? input.labels
      : [input.closest('label')].filter((l) => l !== null);
    if (labels.length) return normalize(textOf(labels));
    if (input.type === 'submit' || input.type === 'button') return normalize(input.value);
    return normalize(input.placeholder || input.title);
  }
  return normalize(textOf([el]) || el.getAttribute('title'));
}

export function isVisible(el: Element): boolean {
  if (el.closest('[hidden], [aria-hidden="true"], [inert]')) return false;
  return typeof el.checkVisibility !== 'function' || el.checkVisibility();
}

function roots(anchor: Anchor, doc: Document): Element[] {
  if (!anchor.scope) return doc.body ? [doc.body] : [];
  return Array.from(doc.querySelectorAll(anchor.scope));
}

function byRoleAndName(anchor: Anchor, scopes: Element[]): Element[] {
  if (!anchor.role || !anchor.name) return [];
  const selector = anchor.role
    .split('|')
    .map((role) => ROLE_SELECTORS[role] ?? `[role="${role}"]`)
    .join(', ');
  const wanted = anchor.name.map(normalize);
  const candidates = scopes.flatMap((root) => Array.from(root.querySelectorAll(selector)));
  const named = candidates.map((el) => ({ el, name: accessibleName(el) }));
  // An exact name wins; a name that starts with the wanted words (a card's title followed by
  // its description) comes next.
  const exact = named.filter((c) => wanted.includes(c.name));
  const prefix = named.filter((c) => wanted.some((w) => c.name.startsWith(`${w} `)));
  return [...exact, ...prefix].map((c) => c.el);
}

function byText(anchor: Anchor, scopes: Element[]): Element[] {
  if (!anchor.text) return [];
  const wanted = anchor.text.map(normalize);
  const found: Element[] = [];
  for (const root of scopes) {
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!wanted.includes(normalize(node.nodeValue))) continue;
      const parent = node.parentElement;
      if (parent) found.push(parent.closest(INTERACTIVE) ?? parent);
    }
  }
  return found;
}

function byCss(anchor: Anchor, scopes: Element[]): Element[] {
  if (!anchor.css) return [];
  return scopes.flatMap((root) => Array.from(root.querySelectorAll(anchor.css as string)));
}

/** Every visible element the anchor describes, best strategy first; empty when none. */
export function findAll(anchor: Anchor, doc: Document = document): Element[] {
  const scopes = roots(anchor, doc);
  for (const strategy of [byRoleAndName, byText, byCss]) {
    const found = strategy(anchor, scopes).filter(isVisible);
    if (found.length) return [...new Set(found)];
  }
  return [];
}

export function find(anchor: Anchor, doc: Document = document): Element | undefined {
  return findAll(anchor, doc)[0];
}
