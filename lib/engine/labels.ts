// The provider's labels in the dashboard's own language. A recipe writes its anchors' names in
// English and carries, in `labels`, what the dashboard shows instead in German, French and
// Spanish. For a page, every anchor's names (and a list's options, a key page's headings) get
// those of the page's language first, then of the browser's, and keep the English ones: a
// dashboard half translated, or in English under a German browser, is still found.
import type { Recipe } from '../recipes/schema';

/** The languages recipes carry labels for, besides English. */
export const LABEL_LANGUAGES = ['de', 'fr', 'es'] as const;
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];

/** The page's languages, best first: its `lang`, then the browser's; English is always kept. */
export function pageLanguages(
  pageLang: string | null | undefined,
  browserLangs: readonly string[],
): LabelLanguage[] {
  const primary = (tag: string) => tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const found: LabelLanguage[] = [];
  for (const tag of [pageLang ?? '', ...browserLangs]) {
    const lang = primary(tag) as LabelLanguage;
    if (LABEL_LANGUAGES.includes(lang) && !found.includes(lang)) found.push(lang);
  }
  return found;
}

/** Where a recipe names what the page shows: anchors' names and texts, options, headings. */
const WORDS = new Set(['name', 'text', 'option', 'heading']);

/** The recipe with its labels in `langs` first (the English ones kept last). Its Upstack part
 * names the Upstack dashboard, which is English: it stays as it is. */
export function localize(recipe: Recipe, langs: readonly LabelLanguage[]): Recipe {
  const labels = recipe.labels;
  if (!labels || langs.length === 0) return recipe;
  const words = (list: string[]) => {
    const local = langs.flatMap((lang) => list.flatMap((word) => labels[lang]?.[word] ?? []));
    return [...new Set([...local, ...list])];
  };
  const walk = (value: unknown, key: string): unknown => {
    if (Array.isArray(value)) {
      if (WORDS.has(key) && value.every((v) => typeof v === 'string')) return words(value);
      return value.map((v) => walk(v, ''));
    }
    if (!value || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype)
      return value; // a RegExp, a string, a number
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, k === 'upstack' ? v : walk(v, k)]),
    );
  };
  return walk(recipe, '') as Recipe;
}

/** The recipe as this page should read it. */
export function forPage(recipe: Recipe): Recipe {
  const langs = pageLanguages(
    document.documentElement.lang,
    navigator.languages?.length ? navigator.languages : [navigator.language],
  );
  return localize(recipe, langs);
}
