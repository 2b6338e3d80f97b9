// The region that holds a step's fields, whatever the page built it of: a <form>, a dialog, a
// card or section, or no container at all (a button beside the fields). An anchor with
// `region` is looked for on the whole page; what the navigation holds never counts, and of
// the rest, what sits nearest the page's fields comes first: their form's own button, not a
// "Create" elsewhere. The page's structure is never assumed beyond that.
import { closestAcross, deepQueryAll, OWN_HOST, parentAcross } from './deep';
import { isRendered } from './visible';

/** Where the page's navigation lives: site menus, tab strips, the banner. */
const NAVIGATION =
  'nav, [role=navigation], [role=menubar], [role=menu], [role=tablist], [role=banner]';
/** A <header> is the page's banner unless it heads a region of its own. */
const SECTIONING = 'main, article, section, aside, form, dialog, [role=dialog], [role=main]';

/** Fields a merchant fills in: text, choices, lists. */
const FIELDS = [
  'input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=reset]):not([type=image])',
  'textarea',
  'select',
  '[role=textbox]',
  '[role=combobox]',
  '[role=radio]',
  '[role=checkbox]',
  '[role=switch]',
].join(', ');

/** Forms and dialogs: regions even where the page shows no field (a "Generate" dialog). */
const CONTAINERS = 'form, dialog, [role=dialog], [role=alertdialog]';

/** Whether the element is part of the page's navigation (a menu, the tabs, the banner). */
export function inNavigation(el: Element): boolean {
  if (closestAcross(el, NAVIGATION)) return true;
  const header = closestAcross(el, 'header');
  return !!header && !closestAcross(header, SECTIONING);
}

/** The page's rendered fields outside its navigation and our own overlay. */
export function pageFields(doc: Document = document): Element[] {
  return deepQueryAll(doc, FIELDS).filter(
    (el) => !closestAcross(el, OWN_HOST) && !inNavigation(el) && isRendered(el),
  );
}

/** Every element above each field (across shadow roots), with its depth from the top. */
function depths(fields: readonly Element[]): Map<Element, number> {
  const map = new Map<Element, number>();
  for (const field of fields) {
    const chain: Element[] = [];
    for (let at: Element | null = field; at && !map.has(at); at = parentAcross(at)) chain.push(at);
    const top = chain.at(-1);
    const parent = top && parentAcross(top);
    let depth = parent ? (map.get(parent) ?? 0) + 1 : 0;
    for (let i = chain.length - 1; i >= 0; i--) map.set(chain[i] as Element, depth++);
  }
  return map;
}

/** How near the element is to a field: the depth of the nearest element holding both. */
function nearness(el: Element, map: Map<Element, number>): number {
  for (let at: Element | null = el; at; at = parentAcross(at)) {
    const depth = map.get(at);
    if (depth !== undefined) return depth;
  }
  return -1;
}

/**
 * Of `found`, what belongs to the region of the page's fields: never the navigation's, nearest
 * the fields first (a stable order otherwise). Where the page shows no field, what a form or a
 * dialog holds.
 */
export function inRegion(found: readonly Element[], doc: Document = document): Element[] {
  const candidates = found.filter((el) => !inNavigation(el));
  if (candidates.length === 0) return [];
  const fields = pageFields(doc);
  if (fields.length === 0) return candidates.filter((el) => !!closestAcross(el, CONTAINERS));
  const map = depths(fields);
  return candidates
    .map((el, i) => ({ el, i, near: nearness(el, map) }))
    .sort((a, b) => b.near - a.near || a.i - b.i)
    .map((c) => c.el);
}
