// Which providers' own settings the options page shows: only those the merchant uses or has
// started. The rule, from what the background knows: this session, a guide of that provider
// ran (its progress) or its key was held, filled or expired (its vault state is not empty); or
// one of that provider's settings was already changed from its default. The others sit behind a
// "Show … settings" button. A provider's own settings are its recipe's `options`, and the
// general settings its recipe fills in as placeholders (below).
import { DEFAULT_SETTINGS, type Settings } from '../background/settings';
import type { Overview } from '../protocol/messages';
import { recipeById } from '../recipes';
import { optionValues } from '../recipes/options';

/** Settings kept with the general ones that a recipe may use as a placeholder in what it fills
 * (`{contactEmail}`): a provider's own when its recipe uses them. (`{keyName}` is every one's.) */
const PLACEHOLDER_SETTINGS = ['contactEmail'] as const satisfies readonly (keyof Settings)[];

/** The general settings only this provider's recipe uses, read from the recipe itself. */
export function providerFields(provider: string): readonly (keyof Settings)[] {
  const recipe = recipeById(provider);
  if (!recipe) return [];
  const text = JSON.stringify(recipe.steps);
  return PLACEHOLDER_SETTINGS.filter((field) => text.includes(`{${field}}`));
}

/** Whether the provider has settings of its own: fields above, or options its recipe declares. */
export const hasOwnSettings = (provider: string) =>
  providerFields(provider).length > 0 || !!recipeById(provider)?.options?.length;

export function providerInUse(
  provider: string,
  overview: Overview | undefined,
  settings: Settings,
): boolean {
  const row = overview?.find((r) => r.provider === provider);
  if (row?.progress || (row && row.status.state !== 'empty')) return true;
  if (providerFields(provider).some((field) => settings[field] !== DEFAULT_SETTINGS[field]))
    return true;
  const recipe = recipeById(provider);
  if (!recipe) return false;
  const chosen = optionValues(recipe, settings.options);
  const defaults = optionValues(recipe, {});
  return Object.keys(defaults).some((id) => chosen[id] !== defaults[id]);
}
