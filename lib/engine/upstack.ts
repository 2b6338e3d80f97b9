// The engine on the Upstack dashboard. With a provider's key held, it guides the merchant
// through Upstack's documented wizard to that provider's destination form, then to the form's
// own save button, on the same pieces as a provider page's guide: the planning (plan.ts), the
// step's look (step-look.ts, through upstack-step.ts), the ring (lib/ui/ring.ts) and the top
// layer (lib/dom/top-layer.ts), both drawn by the Fill frame (fill-frame.ts). What is the
// Upstack side's own: which provider's destination form the page shows (upstack-form.ts), and
// the click-time guards and the insert (upstack-fill.ts). It never submits the form, and never
// moves focus into it. This file is the loop: look at the page once a frame after a change,
// show the frame, show the step.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { shadowRoots, withShadowRoots } from '../dom/deep';
import { messages, onVaultChanged } from '../protocol/client';
import type { HeldAnswer } from '../protocol/messages';
import { upstackRecipes as recipes } from '../recipes/upstack-recipes';
import type { UpstackSide } from '../recipes/upstack-side';
import { type FillFrame, mountFillFrame } from './fill-frame';
import { keepClear, targetDialogControls } from './keep-clear';
import { createPrefiller } from './prefill';
import { createUpstackFill } from './upstack-fill';
import { findDestination, saveButtons } from './upstack-form';
import { createUpstackStep } from './upstack-step';

export { findDestination } from './upstack-form';

export async function runUpstackAssist(ctx: ContentScriptContext, woken?: HeldAnswer) {
  let frame: FillFrame | undefined;
  let shown: UpstackSide | undefined;
  /** Closed by the merchant: not shown again on this page. */
  let closed = false;
  /** The provider whose key the vault holds (the latest captured): the one the guide leads to. */
  let held: UpstackSide | undefined;
  /** The recipe step where the held key's guide started: the journey's count (journey.ts). */
  let from = 0;

  // Every change of the page may show or hide the form or a step's control: looked at once a
  // frame at most, and never sooner than nine times the last look's cost after it, so that on a
  // huge dashboard changing all the time the looks take at most a tenth of its main thread. A
  // look walks the page for its shadow roots once, for all its lookups. (Not schedule.ts's
  // scheduler: it follows shadow roots and frames for a provider page's guide, ~650 B gzip the
  // Upstack dashboard's wizard has not needed.)
  let queued = 0;
  let readyAt = 0;
  const look = () => {
    queued = 0;
    if (ctx.isInvalid) return;
    const start = performance.now();
    withShadowRoots(shadowRoots(document), evaluate);
    readyAt = performance.now() * 10 - start * 9;
  };
  const soon = () => {
    if (queued) return;
    queued = window.setTimeout(() => requestAnimationFrame(look), readyAt - performance.now());
  };
  const scheduler = { soon, later: soon };
  const observer = new MutationObserver(soon);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
  const step = createUpstackStep({
    ctx,
    prefiller: createPrefiller(),
    schedule: () => scheduler,
  });
  // The guide's next step once the key is in: the form's own save button.
  const filler = createUpstackFill(
    ctx,
    () => frame,
    () => evaluate(),
  );

  /** The provider whose key is held now, asked of the background (masked states only), or the
   * answer the loader woke on. */
  async function refreshHeld(known?: HeldAnswer) {
    const answer = known ?? (await messages.held());
    held = answer ? recipes.find((r) => r.id === answer.provider) : undefined;
    // Once filled no key is held: the journey keeps its count to its last step.
    if (answer) from = answer.from ?? 0;
    evaluate();
  }

  function show(recipe: UpstackSide) {
    shown = recipe;
    frame?.remove();
    step.reset();
    // The frame shows the vault's masked state itself and follows its changes.
    frame = mountFillFrame(ctx, recipe.id, {
      fill(entry) {
        if (frame && shown === recipe) void filler.fill(frame, recipe, entry);
      },
      close() {
        closed = true;
        frame?.remove();
        frame = undefined;
      },
    });
  }

  function evaluate() {
    if (closed) return;
    const destination = findDestination();
    const recipe = destination?.recipe ?? held;
    if (recipe && recipe !== shown) show(recipe);
    if (!frame || !shown) return;
    const form = destination?.recipe === shown ? destination : undefined;
    const guiding = held === shown || filler.waitsForSave(shown);
    const target = guiding
      ? step.show(frame, shown, form, filler.filledFor(shown), from)
      : undefined;
    // The guide over (saved, or the key gone): no ring left behind.
    if (!guiding) frame.point(undefined);
    // The frame sits beside what the step points at, and keeps the key fields and the save
    // button in view; before the form, every control of the step's dialog (the picker).
    const fields = form ? [...form.fields.values()] : [];
    frame.place(
      target,
      keepClear(fields, saveButtons(fields), !form && targetDialogControls(target)),
    );
  }

  // What the merchant types changes no node: a field they type (recipe `upstack.typed`) may be
  // the step's, so a trusted input is looked at too.
  ctx.addEventListener(document, 'input', (event) => event.isTrusted && scheduler.soon(), {
    capture: true,
  });
  // The background tells every tab when a vault entry changes (never the value): the guide
  // follows, and so does the frame (to which Firefox does not deliver the notice itself).
  ctx.onInvalidated(
    onVaultChanged(() => {
      frame?.vaultChanged();
      void refreshHeld();
    }),
  );
  // A key captured in another tab while this one waited: the merchant comes back to it.
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') void refreshHeld();
  });
  evaluate();
  await refreshHeld(woken);
}
