// The guide's step on the Upstack dashboard: planned from Upstack's documented wizard
// (lib/recipes/upstack.ts) as a provider recipe's step is (plan.ts), looked at as on a provider
// page (step-look.ts: prefill, ring, fallback), with the destination form's own facts and
// targets (upstack-form.ts), and told to the Fill frame: the step in its words, the ring.
import { find, nameIndex } from '../dom/anchor';
import type { Destination } from '../dom/destination';
import type { StepState } from '../protocol/fill-frame';
import type { Step } from '../recipes/schema';
import { upstackSteps } from '../recipes/upstack';
import type { UpstackSide } from '../recipes/upstack-side';
import type { FillFrame } from './fill-frame';
import { currentStep, resolve } from './plan';
import { lookAtStep, type StepLookDeps } from './step-look';
import { formState, stepTarget } from './upstack-form';

export interface UpstackStep {
  /** Plans the step for `recipe` (`filled`: the key is in the form shown), tells the frame,
   * rings what the merchant must act on; returns what the ring is on. */
  show(
    frame: FillFrame,
    recipe: UpstackSide,
    destination: Destination | undefined,
    filled: boolean,
    from: number,
  ): Element | undefined;
  /** A new frame: the step is told again. */
  reset(): void;
}

export function createUpstackStep(d: StepLookDeps): UpstackStep {
  /** The step last sent to the frame, and since when the page has shown it. */
  let lastStep = '';
  let stepKey = '';
  let stepSince = 0;
  return {
    reset() {
      lastStep = '';
    },
    show(frame, recipe, destination, filled, from) {
      const values = { platform: recipe.upstack.heading[0] ?? recipe.name };
      const form = formState(recipe, destination, filled);
      const guide = upstackSteps(recipe);
      const href = location.href;
      const index = currentStep(guide, href, (a) => !!find(resolve(a, values)), form.facts);
      const step = guide.steps[index] as Step;
      if (`${index}|${href}` !== stepKey) {
        stepKey = `${index}|${href}`;
        stepSince = Date.now();
      }
      const anchor = step.target && resolve(step.target, values);
      const look = lookAtStep(
        d,
        (step.prefill ?? []).map((p) => resolve(p, values)),
        !!step.target,
        () => stepTarget(step, anchor, form, destination),
        stepSince,
      );
      const { asking, target, fallback } = look;
      const state: StepState = fallback ? 'fallback' : asking ? 'ask' : 'ok';
      // For the typing step, which of the recipe's typed fields it points at.
      const name =
        step.when?.form === 'typing'
          ? (form.typing?.index ?? -1)
          : target && step.target?.name
            ? nameIndex(step.target.name, target)
            : -1;
      const sent = JSON.stringify([step.id, state, name, from]);
      if (sent !== lastStep) {
        lastStep = sent;
        frame.step(step.id, state, name, from);
      }
      const pointed = fallback ? undefined : target;
      frame.point(pointed);
      return pointed;
    },
  };
}
