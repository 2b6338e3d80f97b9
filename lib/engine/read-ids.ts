// The ids a captured token is kept with (recipe fields with `fromUrl` or `fromPage`): read from
// the page's URL, or from the text the page shows next to their label (an open dialog's first),
// when the merchant's click captured the token. They are no secrets: shown in full, filled with
// the token.
import { findAll } from '../dom/anchor';
import { closestAcross, OWN_HOST } from '../dom/deep';
import { urlFields } from '../recipes/optional';
import type { Recipe, Secret } from '../recipes/schema';

const DIALOG = 'dialog[open], [role=dialog], [role=alertdialog], [aria-modal=true]';

/** Text read per element at most: an id sits next to its label, not pages away. */
const TEXT_LIMIT = 20_000;

/** The element's text as the page shows it (the flat tree: a web component's shadow root for
 * its host, what is slotted for a slot), a space between text nodes (a label and its value sit
 * in separate elements, which textContent would run together), up to TEXT_LIMIT characters. */
function spacedText(el: Element): string {
  let text = '';
  const walk = (node: Node) => {
    if (text.length >= TEXT_LIMIT) return;
    if (node.nodeType === 3) {
      text += ` ${node.nodeValue ?? ''}`;
      return;
    }
    const element = node.nodeType === 1 ? (node as Element) : undefined;
    if (element?.localName === OWN_HOST) return;
    const assigned =
      element?.localName === 'slot'
        ? (element as HTMLSlotElement).assignedNodes({ flatten: true })
        : [];
    const children = element?.shadowRoot ?? node;
    for (const child of assigned.length ? assigned : Array.from(children.childNodes)) walk(child);
  };
  walk(el);
  return text.replace(/\s+/g, ' ');
}

/** The first value `pattern` reads in the text of these elements, an open dialog's first. */
function readIn(found: Element[], pattern: RegExp): string | undefined {
  const inDialog = (el: Element) => !!closestAcross(el, DIALOG);
  for (const el of [...found.filter(inDialog), ...found.filter((el) => !inDialog(el))]) {
    const value = pattern.exec(spacedText(el))?.[1];
    if (value) return value;
  }
  return undefined;
}

/**
 * The recipe's page ids found here: each `fromUrl` id from the URL (all of them, or none, as
 * lib/recipes/optional.ts reads them), then each `fromPage` id not read yet from the text of
 * what its `shown` anchor finds, by the pattern's first group. An id not found is left out: the
 * background then refuses the capture as incomplete rather than keep a token without it, unless
 * the recipe says the page may not show it (`missing`: kept, and typed by the merchant).
 */
export function readIds(recipe: Recipe, href: string, doc: Document = document): Secret {
  const values: Secret = { ...urlFields(recipe, href) };
  for (const field of recipe.capture.fields) {
    if (!field.fromPage || values[field.id] !== undefined) continue;
    // What an open dialog shows first (the dialog the token opened in names its own tag), then
    // the whole page, its web components' shadow roots too (an id shown beside the dialog).
    const value =
      readIn(findAll(field.shown, doc), field.fromPage) ??
      readIn(findAll({ ...field.shown, scope: 'body' }, doc), field.fromPage);
    if (value) values[field.id] = value;
  }
  return values;
}
