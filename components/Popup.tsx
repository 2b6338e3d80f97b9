// The toolbar popup, in the order the merchant needs it: first what is under way (a held key, a
// running guide, a key just filled or forgotten), one card each, the first one holding the
// popup's ONE primary action ("Open Upstack Klaviyo destination", with its time left); then
// "Connect another destination", a grid of the other providers, one click each; Help and
// Options last, always on screen (the popup fits the browser's 600 px with every provider).
// Copy key, the last resort, sits apart under its warning. It follows the vault as the
// background announces each change.
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
import { ProviderGrid, ProviderLogo } from './ProviderGrid';

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

/** Where a provider's row goes: a card (under way, in this order) or the grid (undefined). */
export function cardRank(row: Row): number | undefined {
  const state = row.status.state;
  if (state === 'captured') return 0;
  if (state === 'empty') return row.progress?.tabId !== undefined ? 1 : undefined;
  return state === 'expired' ? 2 : 3;
}

function ProviderCard({
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

export function Popup() {
  const [overview, setOverview] = useState<Overview>();
  const [note, setNote] = useState('');
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
