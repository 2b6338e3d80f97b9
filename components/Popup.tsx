// The toolbar popup: each provider's state, with what the merchant can do next.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Overview } from '../lib/messages';
import { optionalOrigins } from '../lib/optional';
import type { Recipe } from '../lib/recipe';
import { recipes } from '../lib/recipes';
import { checkText, t } from '../utils/i18n';
import { messages } from '../utils/messaging';
import { useCountdown } from './Countdown';

type Row = Overview[number];

function CapturedState({ masked, expiresAt }: { masked: string; expiresAt: number }) {
  const left = useCountdown(expiresAt);
  return (
    <>
      {t('popupCaptured', masked)} · {t('popupForgottenIn')} <time>{left}</time>
    </>
  );
}

function State({ row }: { row: Row }) {
  const { status, progress } = row;
  switch (status.state) {
    case 'captured':
      return (
        <CapturedState
          masked={Object.values(status.masked).join(' ')}
          expiresAt={status.expiresAt}
        />
      );
    case 'filled':
      return <>{t('popupFilled')}</>;
    case 'expired':
      return <>{t('popupExpired')}</>;
    default:
      return (
        <>
          {progress
            ? t('popupInProgress', progress.index + 1, progress.count)
            : t('popupNotStarted')}
        </>
      );
  }
}

/** Start a guide; a provider added after the first release asks for its hosts first, in this
 * click (lib/optional.ts): refused, nothing starts and the merchant is told why. */
async function start(recipe: Recipe, setNote: (note: string) => void) {
  if (recipe.optional) {
    // Called at once, within the click (Firefox needs it so); already granted, it asks nothing.
    const granted = await browser.permissions.request({ origins: optionalOrigins(recipe) });
    if (!granted) return setNote(t('popupPermissionNeeded', recipe.name));
  }
  await messages.start(recipe.id);
}

function ProviderRow({ recipe, row, refresh }: { recipe: Recipe; row: Row; refresh: () => void }) {
  const [note, setNote] = useState('');
  const captured = row.status.state === 'captured';
  const act = (work: () => Promise<unknown>) => async () => {
    await work();
    refresh();
  };
  return (
    <li class="row" aria-labelledby={`${recipe.id}-name`}>
      <h2 id={`${recipe.id}-name`}>{recipe.name}</h2>
      <p class="state">
        <State row={row} />
      </p>
      {row.status.state === 'captured' && row.status.check && (
        <p>{checkText(row.status.check, recipe)}</p>
      )}
      <div class="actions">
        {!captured && (
          <button type="button" onClick={act(() => start(recipe, setNote))}>
            {t('popupStart')}
          </button>
        )}
        {!captured && row.progress?.tabId !== undefined && (
          <button type="button" onClick={act(() => messages.focus(recipe.id))}>
            {t('popupGoBack')}
          </button>
        )}
        {captured && recipe.check && (
          <button type="button" onClick={act(() => messages.check(recipe.id))}>
            {t('popupCheck')}
          </button>
        )}
        {captured && (
          <button type="button" onClick={act(() => messages.forget(recipe.id))}>
            {t('popupForget')}
          </button>
        )}
        {captured && (
          <button
            type="button"
            aria-describedby={`${recipe.id}-copy-warning`}
            onClick={act(async () => {
              const answer = await messages.copy(recipe.id);
              if (!answer.ok) return setNote(answer.reason);
              await navigator.clipboard.writeText(Object.values(answer.secret).join('\n'));
              setNote(t('popupCopied'));
            })}
          >
            {t('popupCopy')}
          </button>
        )}
      </div>
      {captured && (
        <p class="warning" id={`${recipe.id}-copy-warning`}>
          {t('popupCopyWarning')}
        </p>
      )}
      <p role="status">{note}</p>
    </li>
  );
}

export function Popup() {
  const [overview, setOverview] = useState<Overview>();
  const refresh = () => void messages.overview().then(setOverview);
  useEffect(refresh, []);
  return (
    <main class="popup">
      <h1>Upstack Key Assist</h1>
      <ul>
        {overview &&
          recipes.map((recipe) => {
            const row = overview.find((r) => r.provider === recipe.id);
            return (
              row && <ProviderRow key={recipe.id} recipe={recipe} row={row} refresh={refresh} />
            );
          })}
      </ul>
      <p>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          {t('popupOptions')}
        </a>
      </p>
    </main>
  );
}
