// One provider's card in the popup (components/Popup.tsx): what is under way for it (a held key
// with its time left, a running guide, a key just filled or forgotten), its next action, the
// check and Forget of a held key, and Copy key, the last resort, apart under its warning.
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { messages } from '../lib/protocol/client';
import type { Overview } from '../lib/protocol/messages';
import { optionalOrigins } from '../lib/recipes/optional';
import type { Recipe } from '../lib/recipes/schema';
import { checkText, t } from '../lib/ui/i18n';
import { useCountdown } from './Countdown';
import { Forget } from './Forget';
import { ProviderLogo } from './ProviderGrid';

export type Row = Overview[number];

/** "14:32" in the browser's language. */
function clockTime(at: number): string {
  return new Intl.DateTimeFormat(browser.i18n.getUILanguage(), {
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}

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
      return <>{t('popupDone', clockTime(status.at))}</>;
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
 * click (lib/recipes/optional.ts): refused, nothing starts and the merchant is told why. */
export async function startGuide(recipe: Recipe, setNote: (note: string) => void) {
  if (recipe.optional) {
    // Called at once, within the click (Firefox needs it so); already granted, it asks nothing.
    const granted = await browser.permissions.request({ origins: optionalOrigins(recipe) });
    if (!granted) return setNote(t('popupPermissionNeeded', recipe.name));
  }
  await messages.start(recipe.id);
}

/** Where a provider's row goes: a card (under way, in this order) or the grid (undefined). */
export function cardRank(row: Row): number | undefined {
  const state = row.status.state;
  if (state === 'captured') return 0;
  if (state === 'empty') return row.progress?.tabId !== undefined ? 1 : undefined;
  return state === 'expired' ? 2 : 3;
}

export function ProviderCard({
  recipe,
  row,
  lead,
  refresh,
}: {
  recipe: Recipe;
  row: Row;
  /** The first card: its next action is the popup's one primary button. */
  lead: boolean;
  refresh: () => void;
}) {
  const [note, setNote] = useState('');
  const { name } = recipe;
  const state = row.status.state;
  const captured = state === 'captured';
  // A guide's tab, while no key came yet (a capture, a fill or an expiry ends that step; the
  // progress of an ended guide may still be read for a moment after the vault's change).
  const guiding = state === 'empty' && row.progress?.tabId !== undefined;
  const act = (work: () => Promise<unknown>) => async () => {
    await work();
    refresh();
  };
  const start = act(() => startGuide(recipe, setNote));

  const loud = lead ? 'primary' : undefined;
  let primary = (
    <button type="button" class={loud} onClick={start}>
      {t(state === 'expired' ? 'popupNewKey' : 'popupStartProvider', name)}
    </button>
  );
  if (captured)
    primary = (
      <a
        class={`button ${loud ?? ''}`.trim()}
        href={recipe.upstack.entryUrl}
        target="_blank"
        rel="noreferrer"
      >
        {t('openUpstack', name)}
      </a>
    );
  else if (guiding)
    primary = (
      <button type="button" class={loud} onClick={act(() => messages.focus(recipe.id))}>
        {t('popupGoBackProvider', name)}
      </button>
    );
  else if (state === 'filled')
    primary = (
      <button type="button" onClick={start}>
        {t('popupRestart', name)}
      </button>
    );

  return (
    <li
      class={lead ? 'card lead' : 'card'}
      data-state={state}
      aria-labelledby={`${recipe.id}-name`}
    >
      <div class="card-head">
        <ProviderLogo id={recipe.id} size={24} />
        <h2 id={`${recipe.id}-name`}>{name}</h2>
        <p class="state">
          <State row={row} />
        </p>
      </div>
      {state === 'filled' && <p class="hint">{t('popupDoneHint')}</p>}
      {row.status.state === 'captured' && row.status.check && (
        <p>{checkText(row.status.check, recipe)}</p>
      )}
      <div class="actions">
        {primary}
        {guiding && (
          <button type="button" onClick={start}>
            {t('popupRestart', name)}
          </button>
        )}
        {captured && recipe.check && (
          <button type="button" onClick={act(() => messages.check(recipe.id))}>
            {t('popupCheckProvider', name)}
          </button>
        )}
        {captured && (
          <Forget
            recipe={recipe}
            onForget={async () => {
              await messages.forget(recipe.id);
              refresh();
            }}
          />
        )}
      </div>
      {captured && (
        <section class="last-resort" aria-labelledby={`${recipe.id}-last-resort`}>
          <h3 id={`${recipe.id}-last-resort`}>{t('popupLastResort')}</h3>
          <p class="warning" id={`${recipe.id}-copy-warning`}>
            {t('popupCopyWarning')}
          </p>
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
            {t('popupCopyProvider', name)}
          </button>
        </section>
      )}
      <p role="status">{note}</p>
    </li>
  );
}
