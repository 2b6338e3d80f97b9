// Which providers' own settings the options page shows: only those the merchant uses or has
// started. The rule, from what the background knows: this session, a guide of that provider
// ran (its progress) or its key was held, filled or expired (its vault state is not empty); or
// one of that provider's settings was already changed from its default. The others sit behind a
// "Show … settings" button. A provider's own settings are its recipe's `options`, and the
// general settings only its recipe uses (below).
import { DEFAULT_SETTINGS, type Settings } from '../background/settings';
import type { Overview } from '../protocol/messages';
import { recipeById } from '../recipes';
import { optionValues } from '../recipes/options';

/** Settings kept with the general ones that only one provider's recipe uses, by provider id. */
export const PROVIDER_FIELDS: Partial<Record<string, readonly (keyof Settings)[]>> = {
  optimove: ['contactEmail'],
};

/** Whether the provider has settings of its own: fields above, or options its recipe declares. */
export const hasOwnSettings = (provider: string) =>
  !!PROVIDER_FIELDS[provider]?.length || !!recipeById(provider)?.options?.length;

export function providerInUse(
  provider: string,
  overview: Overview | undefined,
  settings: Settings,
): boolean {
  const row = overview?.find((r) => r.provider === provider);
  if (row?.progress || (row && row.status.state !== 'empty')) return true;
  if (PROVIDER_FIELDS[provider]?.some((field) => settings[field] !== DEFAULT_SETTINGS[field]))
    return true;
  const recipe = recipeById(provider);
  if (!recipe) return false;
  const chosen = optionValues(recipe, settings.options);
  const defaults = optionValues(recipe, {});
  return Object.keys(defaults).some((id) => chosen[id] !== defaults[id]);
}
