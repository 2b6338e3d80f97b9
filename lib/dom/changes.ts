// Whether a batch of the page's changes can matter to the guide, at a cost in proportion to
// the batch, never to the page: the text it brings or takes, whether it adds or removes the
// kinds of element the recipe's anchors name, and whether it touches what the guide shows.
// A live counter or a ticking chart on a 60,000-node dashboard costs the guide nothing.

import { keyShaped } from '../key/scan';
import type { Anchor, Recipe, SecretField } from '../recipes/schema';
import { normalize, roleSelector } from './anchor';

export interface Interest {
  /** Text the guide looks for (its anchors' names and texts, or the key's shape). */
  text(text: string): boolean;
  /** Elements whose arrival or departure may matter: controls, dialogs, forms, headings. */
  selector: string;
  /** What the guide points at or fills now: any change in or of them matters. */
  tracked(): readonly Element[];
}

/** Every anchor in a recipe (steps, prefills, conditions, capture), wherever it sits. */
function anchorsOf(data: unknown, found: Anchor[] = []): Anchor[] {
  if (Array.isArray(data)) for (const item of data) anchorsOf(item, found);
  else if (data && typeof data === 'object' && !(data instanceof RegExp)) {
    const item = data as Record<string, unknown>;
    if (Array.isArray(item.name) || Array.isArray(item.text) || typeof item.css === 'string')
      found.push(item as Anchor);
    for (const value of Object.values(item)) anchorsOf(value, found);
  }
  return found;
}

/** The words and elements a recipe's anchors look for. */
export function recipeInterest(recipe: Recipe): Pick<Interest, 'selector'> & { words: string[] } {
  const anchors = anchorsOf([recipe.steps, recipe.capture]);
  const words = new Set<string>();
  const selectors = new Set(['dialog, [role=dialog], [aria-modal], form, [popover]']);
  for (const anchor of anchors) {
    for (const word of [...(anchor.name ?? []), ...(anchor.text ?? [])])
      if (!word.includes('{')) words.add(normalize(word));
    // Prefill options name what to pick in a list.
    for (const word of (anchor as { option?: string[] }).option ?? []) words.add(normalize(word));
    if (anchor.role) selectors.add(roleSelector(anchor.role));
    if (anchor.css) selectors.add(anchor.css);
  }
  return { words: [...words].filter(Boolean), selector: [...selectors].join(', ') };
}

/** What a guide on the recipe's pages looks for; on an API-keys page (`onKeyPage`), a value of
 * the key's shape too (the "use the key shown on this page" offer). `also`: words the recipe
 * names through a placeholder, resolved (the key name a list may already show). */
export function guideInterest(
  recipe: Recipe,
  onKeyPage: () => boolean,
  tracked: () => readonly Element[],
  also: readonly string[] = [],
): Interest {
  const own = recipeInterest(recipe);
  const selector = own.selector;
  const words = [...own.words, ...also.map(normalize).filter(Boolean)];
  const field = recipe.capture.fields[0] as SecretField;
  return {
    selector,
    text(text) {
      if (text.length < 2) return false;
      const normal = normalize(text);
      if (words.some((word) => normal.includes(word))) return true;
      return onKeyPage() && keyShaped(field, [text], 1).length > 0;
    },
    tracked,
  };
}

const inside = (node: Node, tracked: readonly Element[]) => tracked.some((el) => el.contains(node));
const holding = (node: Node, tracked: readonly Element[]) =>
  tracked.some((el) => node.contains(el));

function elementMatters(el: Element, interest: Interest): boolean {
  // A web component may render anything in its own root.
  if (el.localName.includes('-') || el.shadowRoot) return true;
  return (
    el.matches(interest.selector) ||
    (!!el.firstElementChild && !!el.querySelector(interest.selector)) ||
    interest.text(el.textContent ?? '')
  );
}

export function mayMatter(records: readonly MutationRecord[], interest: Interest): boolean {
  const tracked = interest.tracked();
  for (const record of records) {
    if (inside(record.target, tracked)) return true;
    if (record.type === 'characterData') {
      if (interest.text(record.target.nodeValue ?? '')) return true;
      continue;
    }
    for (const list of [record.addedNodes, record.removedNodes]) {
      for (const node of Array.from(list)) {
        if (node.nodeType === 3 && interest.text(node.nodeValue ?? '')) return true;
        if (node.nodeType !== 1) continue;
        if (holding(node, tracked) || elementMatters(node as Element, interest)) return true;
      }
    }
  }
  return false;
}
