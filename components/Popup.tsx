// The toolbar popup, in the order the merchant needs it: first what is under way (a held key, a
// running guide, a key just filled or forgotten), one card each (components/ProviderCard.tsx),
// the first one holding the popup's ONE primary action ("Open Upstack Klaviyo destination", with
// its time left); then "Connect another destination", a grid of the other providers, one click
// each; Help and Options last, always on screen (the popup fits the browser's 600 px with every
// provider). It follows the vault as the background announces each change.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { messages, onVaultChanged } from '../lib/protocol/client';
import type { Overview } from '../lib/protocol/messages';
import { recipes } from '../lib/recipes';
import { t } from '../lib/ui/i18n';
import { Mark } from './Mark';
import { PageLinks } from './PageLinks';
import { cardRank, ProviderCard, startGuide } from './ProviderCard';
import { ProviderGrid } from './ProviderGrid';

export function Popup() {
  const [overview, setOverview] = useState<Overview>();
  const [note, setNote] = useState('');
  const refresh = useCallback(() => void messages.overview().then(setOverview), []);
  useEffect(() => {
    refresh();
    // The background tells every extension page when a provider's vault entry changes (a capture,
    // a fill, an expiry, a Forget elsewhere): the popup shows it at once.
    return onVaultChanged(refresh);
  }, [refresh]);
  const rows = recipes.flatMap((recipe) => {
    const row = overview?.find((r) => r.provider === recipe.id);
    return row ? [{ recipe, row, rank: cardRank(row) }] : [];
  });
  const cards = rows
    .filter((r) => r.rank !== undefined)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const others = rows.filter((r) => r.rank === undefined).map((r) => r.recipe);
  return (
    <main class="popup">
      <header class="brand">
        <Mark size={28} />
        <div>
          <h1>{t('extName')}</h1>
          {/* With something under way, that card says what to do: the intro would push it down. */}
          {cards.length === 0 && <p class="intro">{t('popupIntro')}</p>}
        </div>
      </header>
      {cards.length > 0 && (
        <ul class="cards">
          {cards.map(({ recipe, row }, i) => (
            <ProviderCard
              key={recipe.id}
              recipe={recipe}
              row={row}
              // A done card (ranked last) has no primary action.
              lead={i === 0 && row.status.state !== 'filled'}
              refresh={refresh}
            />
          ))}
        </ul>
      )}
      {overview && others.length > 0 && (
        <section class="connect" aria-labelledby="connect-heading">
          <h2 id="connect-heading">{t('popupConnectAnother')}</h2>
          <ProviderGrid
            providers={others}
            state={t('popupNotStarted')}
            onStart={async (recipe) => {
              await startGuide(recipe, setNote);
              refresh();
            }}
          />
          <p role="status">{note}</p>
        </section>
      )}
      <PageLinks />
    </main>
  );
}
