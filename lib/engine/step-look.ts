// One look at the guide's step, the same on both sides (the provider page's guide-step.ts, the
// Upstack page's upstack-step.ts): the step's prefills run (prefill.ts), the ring goes where the
// merchant must act (a control the page would not take, else the step's own target), and a
// step whose anchors stay missing for FALLBACK_AFTER_MS falls back to plain instructions. It
// asks the scheduler for the looks it needs: the next frame while a prefill is under way, and
// once more when the fallback is due.
import type { Prefill } from '../recipes/schema';
import type { Lifetime } from './lifetime';
import { FALLBACK_AFTER_MS } from './plan';
import type { Prefiller, PrefillState } from './prefill';
import type { Scheduler } from './schedule';

export interface StepLook {
  prefills: PrefillState[];
  /** A control the page would not take, or a value only the merchant knows: they act there. */
  asking?: Element;
  /** Where the ring goes: `asking`, else the step's own target. */
  target?: Element;
  /** The step's anchors stayed missing: plain instructions instead of a ring. */
  fallback: boolean;
}

export interface StepLookDeps {
  ctx: Pick<Lifetime, 'setTimeout'>;
  prefiller: Prefiller;
  schedule: () => Pick<Scheduler, 'soon' | 'later'>;
}

/**
 * `prefill`: the step's prefills, placeholders resolved; `find`: the step's own target when it
 * has one (`named`: the step names a target, so none found counts as missing); `since`: when the
 * page began to show this step.
 */
export function lookAtStep(
  d: StepLookDeps,
  prefill: Prefill[],
  named: boolean,
  find: () => Element | null | undefined | false,
  since: number,
): StepLook {
  const prefills = d.prefiller.step(prefill);
  if (prefills.some((p) => p.state === 'pending')) d.schedule().later();
  const asking = prefills.find((p) => p.state === 'failed' || p.state === 'ask')?.control;
  const target = asking ?? (find() || undefined);
  const missing = (named && !target) || prefills.some((p) => p.state === 'missing');
  const waited = Date.now() - since;
  if (missing && waited < FALLBACK_AFTER_MS)
    d.ctx.setTimeout(d.schedule().soon, FALLBACK_AFTER_MS - waited);
  return { prefills, asking, target, fallback: missing && waited >= FALLBACK_AFTER_MS };
}
