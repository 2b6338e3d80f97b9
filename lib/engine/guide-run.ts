// A running guide on the page: what it watches (the scheduler, schedule.ts, asking
// lib/dom/changes.ts which changes can matter), the step planned for the page (plan.ts) and its
// number on the merchant's path (journey.ts), the prefill (prefill.ts), the ring, the panel's step
// and the "use the key shown" offer (guide-step.ts), the views they show (guide-view.ts). A chunk
// of the engine that guide.ts imports once a guide runs (lazy-parts.ts), with the panel
// (lib/ui/overlay.tsx, re-exported here: a guide needs both, and one chunk weighs less than
// two): the offer never needs it, the watch only to ask. The loop, the capture and the key's
// sending stay in guide.js.
import { find } from '../dom/anchor';
import { guideInterest, mayMatter } from '../dom/changes';
import { withShadowRoots } from '../dom/deep';
import * as listbox from '../dom/listbox';
import { decide } from '../key/scan';
import { messages } from '../protocol/client';
import type { Recipe } from '../recipes/schema';
import type { OverlayHandle } from '../ui/overlay';
import type { Capture } from './capture';
import { endView } from './end-view';
import type { createKeyFlow } from './guide-key';
import type { Loop } from './guide-loop';
import { holdsKey, stepChanged } from './guide-state';
import { createOffer, type StepDeps, showStep } from './guide-step';
import type { createSubmits } from './guide-submit';
import { journey, providerPlace } from './journey';
import type { Lifetime } from './lifetime';
import { type Plan, plan } from './plan';
import { createPrefiller } from './prefill';
import { createScheduler, type Scheduler } from './schedule';

/** The panel, in this chunk too (lazy-parts.ts imports it from here). */
export { mountOverlay } from '../ui/overlay';

/** What the running guide takes from guide.ts. */
export interface RunDeps {
  ctx: Lifetime;
  recipe: Recipe;
  overlay: OverlayHandle;
  capture: Capture;
  values: Readonly<Record<string, string>>;
  keyName: string;
  keys: ReturnType<typeof createKeyFlow>;
  submits: ReturnType<typeof createSubmits>;
  /** A new key after one was lost: the guide starts again from the API-keys page. */
  anew: (event: MouseEvent) => void;
}

export interface Run {
  /** Looks at the page and shows the step (a guide running only). */
  evaluate(): void;
  /** Looks again at the next allowed frame. */
  soon(): void;
  /** The guide ended: it stops watching the page. */
  stop(): void;
}

export function createRun(loop: Loop, d: RunDeps): Run {
  const { ctx, recipe, overlay, capture, values, keys, submits } = d;
  /** What the guide looks for (the step planned last), so that changes that cannot matter cost
   * it nothing. */
  let tracked: Element[] = [];
  let current: Plan | undefined;
  const interest = guideInterest(
    recipe,
    () => !!current?.keyPage,
    () => tracked,
    // A list that shows a key of this name changes the step's words.
    recipe.existing ? [d.keyName] : [],
  );
  // A submitted credential is accepted in the task the page shows it saved.
  let watching: Scheduler | undefined;
  const schedule = (): Scheduler =>
    (watching ??= createScheduler(
      ctx,
      evaluate,
      (records) => mayMatter(records, interest),
      () => {
        submits.settle();
        return !!loop.state.pending;
      },
    ));
  const useShown = (event: MouseEvent) => {
    if (event.isTrusted) keys.onVerdict(decide(capture.shownNow()));
  };
  const step: StepDeps = {
    ctx,
    recipe,
    overlay,
    capture,
    values,
    schedule,
    answers: keys.answers(() => !!current?.step?.target),
    useShown,
    prefiller: createPrefiller(listbox),
  };
  const offer = createOffer(ctx, loop, capture, schedule);

  function evaluate() {
    // Lookups take the page's shadow roots from the scheduler's list: no walk per anchor.
    if (loop.state.mode === 'guide') withShadowRoots(schedule().watch(), look);
  }

  function look() {
    submits.settle();
    const { state } = loop;
    const href = location.href;
    // The key is gone before it was filled: its next action only (a new key, revoke the old).
    if (state.key.state === 'lost') {
      tracked = [];
      return overlay.render(endView(recipe, state.key.reason, d.keyName, d.anew));
    }
    current = plan(recipe, href, (anchor) => !!find(anchor), values, holdsKey(state.key));
    const { index } = current;
    const prev = loop.dispatch({ type: 'looked', index, href, now: Date.now() });
    if (stepChanged(prev, loop.state)) {
      const from = loop.state.from ?? index;
      const path = journey(recipe, from, providerPlace(recipe, index));
      void messages.progress(recipe.id, path.number - 1, path.count, from);
    }
    tracked = showStep(step, loop.state, current, href, offer(current.keyPage));
  }

  return {
    evaluate,
    soon: () => schedule().soon(),
    stop() {
      watching?.stop();
      watching = undefined;
    },
  };
}
