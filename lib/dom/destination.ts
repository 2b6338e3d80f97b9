// Which provider's destination form a page of the Upstack dashboard shows, wherever it sits: a
// step of the "Select a Destination" dialog, a settings card of Upstack Flows, or a page of its
// own. A key field belongs to the platform named by the nearest region around it (its form,
// dialog, card or section, by the region's name and headings), not by the page's main heading
// alone: a page heading that names no platform ("Flows settings") is no obstacle, and a page
// that names several does not decide.
import type { UpstackSide } from '../recipes/upstack-side';
import { accessibleName, findAll, normalize } from './anchor';
import { isTextField } from './fill';

export interface Destination {
  recipe: UpstackSide;
  fields: Map<string, HTMLInputElement | HTMLTextAreaElement>;
}

/** What can hold one platform's form. */
const REGION =
  'form, dialog, [role=dialog], [role=alertdialog], section, article, fieldset, [role=group], [role=region], [role=form], main';
const TITLES = 'h1, h2, h3, h4, h5, h6, [role=heading], legend';

/** The words that name a recipe's platform, as whole words. */
function names(recipe: UpstackSide, text: string): boolean {
  return recipe.upstack.heading
    .map(normalize)
    .some((w) =>
      new RegExp(`(^|\\W)${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|\\W)`).test(text),
    );
}

/** A region's own title: its accessible name (aria-label, aria-labelledby) and its headings. */
function titleOf(region: Element): string {
  const own =
    region.hasAttribute('aria-label') || region.hasAttribute('aria-labelledby')
      ? accessibleName(region)
      : '';
  const headings = Array.from(region.querySelectorAll(TITLES), (h) => normalize(h.textContent));
  return [own, ...headings].join(' | ');
}

/** The platform the nearest titled region around `field` names; `undefined` when the nearest
 * region naming any platform names several, or none does (then the page's headings decide). */
export function platformOf(
  field: Element,
  candidates: readonly UpstackSide[],
  doc: Document = field.ownerDocument,
): UpstackSide | undefined {
  for (
    let region = field.closest(REGION);
    region;
    region = region.parentElement?.closest(REGION) ?? null
  ) {
    const named = candidates.filter((r) => names(r, titleOf(region as Element)));
    if (named.length) return named.length === 1 ? named[0] : undefined;
  }
  const page = Array.from(doc.querySelectorAll(TITLES), (h) => normalize(h.textContent)).join(
    ' | ',
  );
  const named = candidates.filter((r) => names(r, page));
  return named.length === 1 ? named[0] : undefined;
}

/** The form (or the nearest region) that holds the destination's key fields: where its own save
 * button is. */
export function formOf({ fields }: Destination): Element | undefined {
  const [first] = fields.values();
  return first?.closest('form') ?? first?.closest(REGION) ?? undefined;
}

/** The provider whose key fields the page shows, each field labelled as the recipe's Upstack
 * labels say and sitting where that provider is named. */
export function findDestination(
  recipes: readonly UpstackSide[],
  doc: Document = document,
): Destination | undefined {
  for (const recipe of recipes) {
    const fields = new Map<string, HTMLInputElement | HTMLTextAreaElement>();
    for (const field of recipe.capture.fields) {
      const el = findAll({ role: 'textbox', name: field.upstackLabels }, doc).find(
        (el) => isTextField(el) && platformOf(el, recipes, doc) === recipe,
      );
      if (el && isTextField(el)) fields.set(field.id, el);
    }
    if (fields.size === recipe.capture.fields.length) return { recipe, fields };
  }
  return undefined;
}
