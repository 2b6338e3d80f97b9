// "Connect another destination": one tile per provider, its drawn mark and name, one click to
// start its guide. Shared by the popup and the first-run page. Each tile is a list item with
// the provider's heading; the whole tile is its one button ("Start Klaviyo").

import type { Recipe } from '../lib/recipes/schema';
import { t } from '../lib/ui/i18n';

/** Drawn placeholder monograms (assets/providers/), not the providers' own logos. */
const LOGOS: Record<string, string> = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>('../assets/providers/*.svg', { eager: true, import: 'default' }),
  ).map(([path, src]) => [path.replace(/^.*\/(.+)\.svg$/, '$1'), src]),
);

/** A provider's mark, decorative (its name is always written beside it). */
export function ProviderLogo({ id, size }: { id: string; size: number }) {
  const src = LOGOS[id];
  return src ? <img class="logo" src={src} alt="" width={size} height={size} /> : null;
}

export function ProviderGrid({
  providers,
  onStart,
  state,
}: {
  providers: readonly Recipe[];
  onStart: (recipe: Recipe) => unknown;
  /** Read to screen readers after the name ("Not started"); the tile shows none. */
  state?: string;
}) {
  return (
    <ul class="grid">
      {providers.map((recipe) => (
        <li key={recipe.id} class="tile" aria-labelledby={`${recipe.id}-tile`}>
          <ProviderLogo id={recipe.id} size={20} />
          <h3 id={`${recipe.id}-tile`}>{recipe.name}</h3>
          {state && <span class="sr-only">{state}</span>}
          <button type="button" class="tile-hit" onClick={() => void onStart(recipe)}>
            <span class="sr-only">{t('popupStartProvider', recipe.name)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
