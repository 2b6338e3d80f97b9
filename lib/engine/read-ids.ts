// The ids a captured token is kept with (recipe fields with `fromUrl` or `fromPage`): read from
// the page's URL, or from the text the page shows next to their label, when the merchant's click
// captured the token. They are no secrets: shown in full, filled with the token.
import { findAll } from '../dom/anchor';
import { urlFields } from '../recipes/optional';
import type { Recipe, Secret } from '../recipes/schema';

const DIALOG = 'dialog[open], [role=dialog], [role=alertdialog], [aria-modal=true]';

/** Text read per element at most: an id sits next to its label, not pages away. */
const TEXT_LIMIT = 20_000;

/** The element's text with a space between its text nodes (a label and its value sit in
 * separate elements, which textContent would run together), up to TEXT_LIMIT characters. */
function spacedText(el: Element, doc: Document): string {
  const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < TEXT_LIMIT; node = walker.nextNode())
    text += ` ${node.nodeValue ?? ''}`;
  return text.replace(/\s+/g, ' ');
}

/**
 * The recipe's page ids found here: each `fromUrl` id from the URL (all of them, or none, as
 * lib/recipes/optional.ts reads them), then each `fromPage` id not read yet from the text of
 * what its `shown` anchor finds, by the pattern's first group. An id not found is left out: the
 * background then refuses the capture as incomplete rather than keep a token without it.
 */
export function readIds(recipe: Recipe, href: string, doc: Document = document): Secret {
  const values: Secret = { ...urlFields(recipe, href) };
  for (const field of recipe.capture.fields) {
    if (!field.fromPage || values[field.id] !== undefined) continue;
    // What an open dialog shows first: the dialog the token opened in names its own tag.
    const found = findAll(field.shown, doc);
    const inDialog = (el: Element) => !!el.closest(DIALOG);
    for (const el of [...found.filter(inDialog), ...found.filter((el) => !inDialog(el))]) {
      const value = field.fromPage.exec(spacedText(el, doc))?.[1];
      if (value) {
        values[field.id] = value;
        break;
      }
    }
  }
  return values;
}
