// The middle stage of the engine: from what the page shows, decide what to do. No DOM here:
// the caller says which anchors are present, so this runs (and is tested) without a browser.
import { pathMatches } from './pages';
import type { Anchor, Condition, Prefill, Recipe, Step } from './recipe';

export type IsPresent = (anchor: Anchor) => boolean;

export interface Plan {
  /** 0-based index of the step the page shows. */
  index: number;
  step: Step;
  /** Prefills with placeholders resolved. */
  prefill: Prefill[];
  /** Whether the page may show the secret now. */
  watchCapture: boolean;
}

export function holds(condition: Condition, href: string, isPresent: IsPresent): boolean {
  return pathMatches(condition, href) && (!condition.present || isPresent(condition.present));
}

/** The last step whose condition holds, else the first step without a condition. */
export function currentStep(recipe: Recipe, href: string, isPresent: IsPresent): number {
  for (let i = recipe.steps.length - 1; i >= 0; i--) {
    const when = recipe.steps[i]?.when;
    if (when && holds(when, href, isPresent)) return i;
  }
  return Math.max(
    0,
    recipe.steps.findIndex((step) => !step.when),
  );
}

/** Replaces `{name}` placeholders; unknown names become empty so nothing odd is typed. */
export function fillPlaceholders(
  template: string,
  values: Readonly<Record<string, string>>,
): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

export function plan(
  recipe: Recipe,
  href: string,
  isPresent: IsPresent,
  values: Readonly<Record<string, string>>,
): Plan {
  const index = currentStep(recipe, href, isPresent);
  const step = recipe.steps[index] as Step;
  const prefill = (step.prefill ?? []).map((p) =>
    p.kind === 'text' ? { ...p, value: fillPlaceholders(p.value, values) } : p,
  );
  return { index, step, prefill, watchCapture: holds(recipe.capture.when, href, isPresent) };
}
