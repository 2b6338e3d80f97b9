// A running guide's steps on the page: the prefill (prefill.ts), the ring, the panel's step and
// the "use the key shown" offer (guide-step.ts), the views they show (guide-view.ts). A chunk of
// the engine that guide.ts imports once a guide runs: the offer and the watch never need it.
import * as listbox from '../dom/listbox';
import type { Loop } from './guide-loop';
import { createOffer, type StepDeps, showStep } from './guide-step';
import type { Plan } from './plan';
import { createPrefiller } from './prefill';

/** Shows the step planned for the page at `href`; returns the elements the guide tracks. */
export type Stepper = (current: Plan, href: string) => Element[];

export function createStepper(loop: Loop, deps: Omit<StepDeps, 'prefiller'>): Stepper {
  const d: StepDeps = { ...deps, prefiller: createPrefiller(listbox) };
  const offer = createOffer(deps.ctx, loop, deps.capture, deps.schedule);
  return (current, href) => {
    const shown = offer(current.keyPage);
    return showStep(d, loop.state, current, href, shown);
  };
}
