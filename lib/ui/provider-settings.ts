// Which providers' own settings the options page shows: only those the merchant uses or has
// started. The rule, from what the background knows: this session, a guide of that provider
// ran (its progress) or its key was held, filled or expired (its vault state is not empty); or
// one of that provider's settings was already changed from its default. The others sit behind a
// "Show … settings" button.
import { DEFAULT_SETTINGS, type Settings } from '../background/settings';
import type { Overview } from '../protocol/messages';

/** Each provider's own settings, by provider id (the rest apply to every provider). */
export const PROVIDER_SETTINGS = {
  optimove: ['contactEmail', 'optimoveAccessType'],
} as const satisfies Record<string, readonly (keyof Settings)[]>;
export type ProviderWithSettings = keyof typeof PROVIDER_SETTINGS;

export function providerInUse(
  provider: ProviderWithSettings,
  overview: Overview | undefined,
  settings: Settings,
): boolean {
  const row = overview?.find((r) => r.provider === provider);
  if (row?.progress || (row && row.status.state !== 'empty')) return true;
  return PROVIDER_SETTINGS[provider].some((field) => settings[field] !== DEFAULT_SETTINGS[field]);
}
