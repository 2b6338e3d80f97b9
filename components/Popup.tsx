// The toolbar popup: each provider's state, with ONE primary next action, named for its provider
// ("Start Klaviyo"); the key check and Forget (confirmed) beside it; Copy key, the last resort,
// set apart with its warning. It follows the vault as the background announces each change.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { messages } from '../lib/protocol/client';
import { isVaultChanged, type Overview } from '../lib/protocol/messages';
import { recipes } from '../lib/recipes';
import { optionalOrigins } from '../lib/recipes/optional';
import type { Recipe } from '../lib/recipes/schema';
import { checkText, t } from '../lib/ui/i18n';
import { useCountdown } from './Countdown';
import { Mark } from './Mark';
import { PageLinks } from './PageLinks';

type Row = Overview[number];

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

/** Forget, asked once more: the key cannot come back, and the guide ends in every tab. */
function Forget({ recipe, onForget }: { recipe: Recipe; onForget: () => Promise<void> }) {
  const [asking, setAsking] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const forget = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    // Focus follows the question: on the safe answer when it opens, back on Forget when kept.
    if (asking) keep.current?.focus();
    else if (asked.current) forget.current?.focus();
    asked.current = asking;
  }, [asking]);
  if (!asking)
    return (
      <button type="button" class="forget" ref={forget} onClick={() => setAsking(true)}>
        {t('popupForgetProvider', recipe.name)}
      </button>
    );
  return (
    <fieldset class="confirm">
      <legend>{t('popupForgetQuestion', recipe.name)}</legend>
      <div class="actions">
        <button type="button" class="danger" onClick={() => void onForget()}>
          {t('popupForgetConfirm', recipe.name)}
        </button>
        <button type="button" ref={keep} onClick={() => setAsking(false)}>
          {t('popupForgetCancel', recipe.name)}
        </button>
      </div>
    </fieldset>
  );
}

/** Start a guide; a provider added after the first release asks for its hosts first, in this
 * click (lib/recipes/optional.ts): refused, nothing starts and the merchant is told why. */
async function startGuide(recipe: Recipe, setNote: (note: string) => void) {
  if (recipe.optional) {
    // Called at once, within the click (Firefox needs it so); already granted, it asks nothing.
    const granted = await browser.permissions.request({ origins: optionalOrigins(recipe) });
    if (!granted) return setNote(t('popupPermissionNeeded', recipe.name));
  }
  await messages.start(recipe.id);
}

function ProviderRow({ recipe, row, refresh }: { recipe: Recipe; row: Row; refresh: () => void }) {
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

  let primary = (
    <button type="button" class="primary" onClick={start}>
      {t(state === 'expired' ? 'popupNewKey' : 'popupStartProvider', name)}
    </button>
  );
  if (captured)
    primary = (
      <a class="button primary" href={recipe.upstack.entryUrl} target="_blank" rel="noreferrer">
        {t('openUpstack', name)}
      </a>
    );
  else if (guiding)
    primary = (
      <button type="button" class="primary" onClick={act(() => messages.focus(recipe.id))}>
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
    <li class="row" data-state={state} aria-labelledby={`${recipe.id}-name`}>
      <h2 id={`${recipe.id}-name`}>{name}</h2>
      <p class="state">
        <State row={row} />
      </p>
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

export function Popup() {
  const [overview, setOverview] = useState<Overview>();
  const refresh = useCallback(() => void messages.overview().then(setOverview), []);
  useEffect(() => {
    refresh();
    // The background tells every extension page when a provider's vault entry changes (a capture,
    // a fill, an expiry, a Forget elsewhere): the popup shows it at once.
    const onMessage = (message: unknown) => {
      if (recipes.some((r) => isVaultChanged(message, r.id))) refresh();
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [refresh]);
  return (
    <main class="popup">
      <header class="brand">
        <Mark size={32} />
        <div>
          <h1>{t('extName')}</h1>
          <p class="intro">{t('popupIntro')}</p>
        </div>
      </header>
      <ul>
        {overview &&
          recipes.map((recipe) => {
            const row = overview.find((r) => r.provider === recipe.id);
            return (
              row && <ProviderRow key={recipe.id} recipe={recipe} row={row} refresh={refresh} />
            );
          })}
      </ul>
      <PageLinks />
    </main>
  );
}
