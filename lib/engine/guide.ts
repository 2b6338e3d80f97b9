// The engine on a provider page, loaded by lib/engine/loader.ts only when wanted. As an offer (an
// API-keys page, no guide yet) it shows one compact question (lib/ui/offer-card.ts: no panel, no
// Preact) and listens for the merchant's create click, nothing more. As a guide it plans the step (plan.ts), shows it (guide-step.ts),
// captures the secret once the merchant's click arms it (capture.ts, or guide-submit.ts for a
// credential read from its form) and sends it (guide-key.ts). This file is the loop: each event
// the page or the background sends (guide-listen.ts) is reduced (guide-state.ts, where every
// decision is), then rendered; what a change asks for is run by guide-effects.ts.
import { withFrames } from '../dom/frames';
import { messages } from '../protocol/client';
import type { Recipe } from '../recipes/schema';
import { t } from '../ui/i18n';
import { type OfferCard, showOfferCard } from '../ui/offer-card';
import { createCapture } from './capture';
import { createEffects } from './guide-effects';
import { createKeyFlow } from './guide-key';
import { listenNotices, listenPage } from './guide-listen';
import type { Loop } from './guide-loop';
import { type GuideEvent, type GuideState, initial, live, type Mode, reduce } from './guide-state';
import { createSubmits } from './guide-submit';
import { forPage } from './labels';
import { lazyOverlay, lazyRun } from './lazy-parts';
import type { Lifetime } from './lifetime';
import { linkFor } from './plan';
import { createWatch } from './watch';

export { ENDED_MS } from './guide-effects';
export type { Mode } from './guide-state';
export { FALLBACK_AFTER_MS } from './plan';

/** Runs the engine until it calls `stop` (`closed`: the merchant declined: no more offers). */
export type Engine = (
  ctx: Lifetime,
  recipe: Recipe,
  mode: Mode,
  stop: (closed: boolean) => void,
) => Promise<void>;

export const runGuide: Engine = async (life, given, startMode, stop) => {
  // One engine in the top frame: its listeners hear the page's same-origin frames too.
  const ctx = withFrames(life);
  const recipe = forPage(given); // the dashboard's own words, in its language first
  // The background knows the settings and the vault.
  const start = await messages.guide(recipe.id);
  if (!start || ctx.isInvalid) return stop(false);
  const { settings } = start;
  const values = {
    // The recipe's own options first: an option never stands in for a setting.
    ...start.options,
    keyName: settings.keyName,
    contactEmail: settings.contactEmail,
    // Made by the background for this page: a fresh password each time the form is shown.
    password: start.password,
  };
  let state: GuideState = initial(startMode, start.status, start.from);
  const loop: Loop = {
    get state() {
      return state;
    },
    dispatch(event: GuideEvent) {
      const prev = state;
      state = reduce(prev, event);
      if (state !== prev) changed(prev, state);
      return prev;
    },
    update: (event) => void (loop.dispatch(event) !== state && evaluate()),
    evaluate: () => evaluate(),
  };
  const onClose = () => {
    if (state.mode === 'watch') overlay.setHidden(true);
    else if (live(state.mode)) void messages.close(recipe.id);
    else loop.dispatch({ type: 'close' });
  };
  /** The offer, drawn without the panel (lib/ui/offer-card.ts), until the panel shows. */
  let card: OfferCard | undefined;
  // The panel is a chunk: imported at once for a guide, for the offer once the merchant starts,
  // on a watching page only once there is something to ask.
  const overlay = lazyOverlay(ctx, recipe.id, onClose, startMode === 'guide', () => {
    card?.remove();
    card = undefined;
  });
  /** A new key after one was lost: the guide starts again from the API-keys page. */
  const apiKeys = () => location.assign(linkFor(recipe, recipe.links.apiKeys, location.origin));
  const anew = async (event: MouseEvent) => {
    if (!event.isTrusted) return;
    await messages.start(recipe.id);
    apiKeys();
  };
  const keys = createKeyFlow(loop, recipe, overlay, settings.ttlMinutes, apiKeys);
  // Declined: nothing shows until a key does, then the merchant is asked (watch.ts).
  if (startMode === 'watch') overlay.setHidden(true);
  const watch = createWatch(recipe, overlay, (value) => keys.onVerdict({ kind: 'one', value }));
  // Created before the guide's listeners: the capture hears the create press first.
  const capture = createCapture(ctx, recipe, (verdict) =>
    state.mode === 'watch' ? watch.verdict(verdict) : keys.onVerdict(verdict),
  );
  // A running guide: a chunk, imported once a guide looks at the page (lazy-parts.ts). Only a
  // guide watches the page.
  const run = lazyRun(loop, () => ({
    ctx,
    recipe,
    overlay,
    capture,
    values,
    keyName: settings.keyName,
    keys,
    submits,
    anew: (event) => void anew(event),
  }));
  if (startMode === 'guide') run.load();
  const submits = createSubmits(ctx, loop, recipe, (r) => void keys.send(r), run.soon);
  const changed = createEffects(ctx, recipe, overlay, settings.keyName, {
    dispatch: loop.dispatch,
    quiet() {
      run.stop();
      capture.disarm();
    },
    stop,
    refreshStatus: () => void keys.refreshStatus(),
    anew: (event) => void anew(event),
  });
  const begin = () => loop.update({ type: 'begin' });

  function evaluate() {
    if (state.mode === 'watch') return; // nothing shows until a key does (watch.ts)
    if (state.mode === 'offer') {
      card ??= showOfferCard(ctx, recipe.id, {
        provider: recipe.name,
        text: t('offerText', recipe.name),
        start: t('docsStart'),
        onStart: accept,
        onClose,
      });
      return;
    }
    if (state.mode === 'guide') run.evaluate();
  }

  /** The offer accepted: the guide runs here, from this page's step. */
  const accept = (event: MouseEvent) => {
    if (event.isTrusted) begin();
  };

  listenPage(ctx, recipe, {
    armed(press) {
      capture.arm(press);
      // The merchant's own create click on the API-keys page: the guide follows the key.
      if (state.mode !== 'watch') begin();
    },
    copied: (button) => capture.copied(button),
    // Watching, a credential read on submit is the merchant's own typing: not taken.
    submitted: () => state.mode !== 'watch' && submits.submitted(),
  });
  listenNotices(ctx, recipe.id, {
    vaultChanged: () => void keys.refreshStatus(),
    ended: (reason) => loop.dispatch({ type: 'ended', reason }),
    visible() {
      if (live(state.mode)) void keys.refreshStatus();
    },
  });
  evaluate();
};
