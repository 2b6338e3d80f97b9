// The middle stage of the engine: from what the page shows, decide what to do. No DOM here:
// the caller says which anchors are present, so this runs (and is tested) without a browser.
import { pathMatches } from './pages';
import type { Anchor, Condition, Prefill, Recipe, Step } from './recipe';

export type IsPresent = (anchor: Anchor) => boolean;

/** How long a step's anchors may be missing before the plain instructions panel shows. */
export const FALLBACK_AFTER_MS = 4000;

export interface Plan {
  /** 0-based index of the step the page shows. */
  index: number;
  step: Step;
  /** Prefills with placeholders resolved. */
  prefill: Prefill[];
  /** Whether this is the page where the key is created: a click on the create control arms the capture. */
  keyPage: boolean;
}

/** What the engine knows of the page besides its URL and elements: on the Upstack dashboard,
 * whether the provider's destination form is shown, and filled. */
export interface Facts {
  form?: 'shown' | 'typing' | 'filled';
}

export function holds(
  condition: Condition,
  href: string,
  isPresent: IsPresent,
  facts: Facts = {},
): boolean {
  const form =
    !condition.form ||
    facts.form === condition.form ||
    (condition.form === 'shown' && (facts.form === 'filled' || facts.form === 'typing'));
  return (
    form && pathMatches(condition, href) && (!condition.present || isPresent(condition.present))
  );
}

/** The last step whose condition holds, else the first step without a condition. */
export function currentStep(
  { steps }: { steps: readonly Step[] },
  href: string,
  isPresent: IsPresent,
  facts: Facts = {},
): number {
  for (let i = steps.length - 1; i >= 0; i--) {
    const when = steps[i]?.when;
    if (when && holds(when, href, isPresent, facts)) return i;
  }
  return Math.max(
    0,
    steps.findIndex((step) => !step.when),
  );
}

/** Replaces `{name}` placeholders; unknown names become empty so nothing odd is typed. */
export function fillPlaceholders(
  template: string,
  values: Readonly<Record<string, string>>,
): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

/** Resolves placeholders in every string of plain recipe data (a prefill, a condition). */
export function resolve<T>(data: T, values: Readonly<Record<string, string>>): T {
  return JSON.parse(JSON.stringify(data), (_key, v) =>
    typeof v === 'string' ? fillPlaceholders(v, values) : v,
  ) as T;
}

export function plan(
  recipe: Recipe,
  href: string,
  isPresent: IsPresent,
  values: Readonly<Record<string, string>>,
): Plan {
  const index = currentStep(recipe, href, isPresent);
  const step = recipe.steps[index] as Step;
  const prefill = (step.prefill ?? []).map((p) => resolve(p, values));
  // A credential read on submit is never taken from the form while it is being typed.
  const keyPage = !recipe.capture.submit && holds(recipe.capture.when, href, isPresent);
  return { index, step, prefill, keyPage };
}

/** A recipe link with the merchant's host filled in; the sign-in page when the host is unknown. */
export function linkFor(recipe: Recipe, link: string, origin: string | undefined): string {
  if (!link.includes('{origin}')) return link;
  return origin ? fillPlaceholders(link, { origin }) : recipe.links.signIn;
}
