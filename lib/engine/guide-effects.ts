// What a change of the guide's state (guide-state.ts) asks of the world: tell the background the
// guide started, show how it ended and go after a while, stop the engine, and look at the vault
// again when a captured key's time is up. The loop (guide.ts) calls `changed` after each event.
import { messages } from '../protocol/client';
import type { Recipe } from '../recipes/schema';
import type { OverlayHandle } from '../ui/overlay';
import { endView } from './end-view';
import type { GuideEvent, GuideState } from './guide-state';
import { live } from './guide-state';
import type { Lifetime } from './lifetime';

/** How long the panel shows how the guide ended (and what next) before it goes. */
export const ENDED_MS = 15_000;

export interface EffectHooks {
  dispatch(event: GuideEvent): void;
  /** The guide ended: it stops watching the page and capturing. */
  quiet(): void;
  stop(closed: boolean): void;
  refreshStatus(): void;
  /** A new key after one was lost: the guide starts again from the API-keys page. */
  anew(event: MouseEvent): void;
}

export function createEffects(
  ctx: Pick<Lifetime, 'setTimeout'>,
  recipe: Recipe,
  overlay: OverlayHandle,
  keyName: string,
  hooks: EffectHooks,
) {
  let expiryTimer: number | undefined;
  return (prev: GuideState, next: GuideState) => {
    if (prev.mode !== 'guide' && next.mode === 'guide') void messages.start(recipe.id);
    if (prev.mode === 'guide' && !live(next.mode)) {
      // The guide ended (in this tab or another): say why and what next, then go.
      const reason = next.mode;
      hooks.quiet();
      overlay.render(endView(recipe, reason, keyName, hooks.anew));
      const ending = next.endings;
      ctx.setTimeout(() => hooks.dispatch({ type: 'ending-over', ending, reason }), ENDED_MS);
    }
    if (next.stopped && !prev.stopped) hooks.stop(next.stopped.closed);
    if (next.key !== prev.key) {
      if (expiryTimer) clearTimeout(expiryTimer);
      expiryTimer = undefined;
      const captured = next.key.state === 'sending' ? next.key.shown : next.key;
      if (captured.state === 'captured')
        expiryTimer = ctx.setTimeout(
          hooks.refreshStatus,
          Math.max(0, captured.expiresAt - Date.now()) + 250,
        );
    }
  };
}
