// Each provider's API version for the key check, and its age: providers retire dated versions
// (Klaviyo after two years), so the bench flags one older than 20 months, well before a 410.
import { recipes } from '../lib/recipes';

export const MAX_AGE_MONTHS = 20;

export interface VersionAge {
  provider: string;
  version: string;
  verified: string;
  /** Whole months since the version's date; undefined for an undated one (`v2`). */
  months?: number;
}

export function versionAges(now = new Date()): VersionAge[] {
  return recipes.flatMap((recipe) => {
    const version = recipe.check?.version;
    if (!version) return [];
    const dated = /^\d{4}-\d{2}-\d{2}$/.test(version.name) ? new Date(version.name) : undefined;
    const months = dated
      ? (now.getUTCFullYear() - dated.getUTCFullYear()) * 12 +
        now.getUTCMonth() -
        dated.getUTCMonth()
      : undefined;
    return [{ provider: recipe.name, version: version.name, verified: version.verified, months }];
  });
}
