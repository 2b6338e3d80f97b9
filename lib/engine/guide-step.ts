// The guide's step on a provider page: looked at as on the Upstack page (step-look.ts: prefill,
// ring, fallback), and shown in the panel, clear of the fields, the key shown and its buttons.
// Renders; decides nothing about the key.
import { find } from '../dom/anchor';
import type { Recipe } from '../recipes/schema';
import { t } from '../ui/i18n';
import type { OverlayHandle } from '../ui/overlay';
import type { Capture } from './capture';
import type { Loop } from './guide-loop';
import { type GuideState, offerDue, shownKey } from './guide-state';
import { type Answers, fallbackView, statusView, stepView } from './guide-view';
import { dialogControls, keepClear, regionControls, submitButtons } from './keep-clear';
import type { Lifetime } from './lifetime';
import type { Plan } from './plan';
import type { Prefiller } from './prefill';
import type { Scheduler } from './schedule';
import { lookAtStep } from './step-look';

export interface StepDeps {
  ctx: Pick<Lifetime, 'setTimeout'>;
  recipe: Recipe;
  overlay: OverlayHandle;
  prefiller: Prefiller;
  capture: Capture;
  values: Readonly<Record<string, string>>;
  schedule: () => Scheduler;
  answers: Answers;
  /** The merchant's "use the key shown on this page". */
  useShown: (event: MouseEvent) => void;
}

/** Shows the step planned (`current`) for the page at `href`; `shown`: the key values the
 * page showed, for the "use it" offer. Returns the elements the guide tracks. */
export function showStep(
  d: StepDeps,
  s: GuideState,
  current: Plan,
  href: string,
  shown: string[],
): Element[] {
  const { recipe, values } = d;
  const { step } = current;
  const look = lookAtStep(
    d,
    current.prefill,
    !!step?.target,
    () => step?.target && find(step.target),
    s.stepSince,
  );
  const { prefills, target, fallback } = look;
  const tracked = [target, ...prefills.map((p) => p.control)].filter((el): el is Element => !!el);
  const status = statusView(recipe, shownKey(s.key), d.answers);
  // The panel leaves the step's fields, the key shown, its Copy button and the submit visible.
  const fields = prefills.flatMap((p) => p.fields ?? []);
  const keyShown = d.capture.shownIn();
  const copy = keyShown.length > 0 && recipe.capture.copy && find(recipe.capture.copy);
  const avoid = keepClear(
    fields,
    keyShown,
    copy,
    submitButtons(keepClear(target, fields)),
    dialogControls(),
  );
  // The other controls around the key: kept clear where the panel fits without covering them.
  const prefer = regionControls(keyShown);
  const from = s.from ?? current.index;
  d.overlay.render(
    {
      provider: recipe.name,
      step: stepView(recipe, current, prefills, values, from, s.key.state === 'filled'),
      fallback: fallback ? fallbackView(recipe, current, href) : undefined,
      ...status,
      action: shown.length > 0 ? { label: t('useShownKey'), onClick: d.useShown } : status.action,
    },
    fallback ? undefined : target,
    avoid,
    prefer,
  );
  return tracked;
}

/** On a key page with no capture armed and no key: the values of the key's shape the page
 * shows, looked at once a second at most, for the merchant's "use the key shown". */
export function createOffer(
  ctx: Pick<Lifetime, 'setTimeout'>,
  loop: Loop,
  capture: Capture,
  scheduler: () => Scheduler,
) {
  let later: number | undefined;
  return (keyPage: boolean): string[] => {
    const due = offerDue(loop.state, keyPage, capture.armed, Date.now());
    if (due === 'clear') loop.dispatch({ type: 'shown', values: [] });
    else if (due === 'look')
      loop.dispatch({ type: 'shown', values: capture.shownNow(), at: Date.now() });
    else if (later === undefined)
      // The page changed within the second: look once more when it is up (no loop when idle).
      later = ctx.setTimeout(() => {
        later = undefined;
        scheduler().soon();
      }, due);
    return loop.state.shown.values;
  };
}
