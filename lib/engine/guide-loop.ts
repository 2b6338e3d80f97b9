// What the guide's parts (guide-key.ts, guide-submit.ts) share of the loop in guide.ts: the state,
// one way to change it, and one way to render.
import type { GuideEvent, GuideState } from './guide-state';

export interface Loop {
  readonly state: GuideState;
  /** Reduces one event and runs what the change asks for; returns the state before it. */
  dispatch(event: GuideEvent): GuideState;
  /** Reduces one event and renders if the state changed. */
  update(event: GuideEvent): void;
  /** Looks at the page and renders. */
  evaluate(): void;
}
