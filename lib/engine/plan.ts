// The middle stage of the engine: from what the page shows, decide what to do. No DOM here:
// the caller says which anchors are present, so this runs (and is tested) without a browser.
import { pathMatches } from '../recipes/pages';
import type { Anchor, Condition, Prefill, Recipe, Step } from '../recipes/schema';

export type IsPresent = (anchor: Anchor) => boolean;

/** How long a step's anchors may be missing before the plain instructions panel shows. */
export const FALLBACK_AFTER_MS = 4000;

export interface Plan {
  /** 0-based index of the step the page shows; `recipe.steps.length` is the step after them all,
   * in Upstack (the key is captured): see `upstackStep`. */
  index: number;
  /** The recipe's step; none for the Upstack step. */
  step?: Step;
  /** Prefills with placeholders resolved. */
  prefill: Prefill[];
  /** Whether this is the page where the key is created: a click on the create control arms the capture. */
  keyPage: boolean;
  /** The page lists a key already named as the merchant's (the recipe's `existing`). */
  existing: boolean;
}

/** The index of the step after the recipe's own: the key is in the vault, it goes to Upstack. */
export const upstackStep = (recipe: Pick<Recipe, 'steps'>) => recipe.steps.length;

/** What the engine knows of the page besides its URL and elements: on the Upstack dashboard,
 * whether the provider's destination form is shown, and filled (a typed field still empty,
 * a control to tick still off, or all done). */
export interface Facts {
  form?: 'shown' | 'typing' | 'enabling' | 'filled';
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
    (condition.form === 'shown' && !!facts.form);
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

/**
 * The step to show. `captured`: this guide holds the key (captured or filled): the steps never go
 * back to creating one (a list page would otherwise ring "New user" beside "key captured"), the
 * guide is at the Upstack step.
 */
export function plan(
  recipe: Recipe,
  href: string,
  isPresent: IsPresent,
  values: Readonly<Record<string, string>>,
  captured = false,
): Plan {
  // A credential read on submit is never taken from the form while it is being typed.
  const keyPage = !recipe.capture.submit && holds(recipe.capture.when, href, isPresent);
  if (captured) return { index: upstackStep(recipe), prefill: [], keyPage, existing: false };
  const index = currentStep(recipe, href, isPresent);
  const step = recipe.steps[index] as Step;
  const prefill = (step.prefill ?? []).map((p) => resolve(p, values));
  const existing = !!recipe.existing && holds(resolve(recipe.existing, values), href, isPresent);
  return { index, step, prefill, keyPage, existing };
}

/** One line of the panel's checklist: a step's index, its state, and its number on the
 * merchant's path (none for a step before it: not needed, shown ticked). */
export interface ChecklistItem {
  index: number;
  state: 'done' | 'current' | 'pending';
  number?: number;
}

export interface Checklist {
  /** "Step `number` of `count`", counted from where the merchant's path started. */
  number: number;
  count: number;
  items: ChecklistItem[];
}

/** Where the merchant's path starts: where the guide started, or an earlier step they went back to. */
export function pathStart(from: number | undefined, index: number): number {
  return from === undefined ? index : Math.min(from, index);
}

/**
 * The steps as a checklist of `total` (the recipe's steps and the Upstack step): those before
 * `from` were not needed (ticked, not numbered), then the path numbered from 1: done, current,
 * pending.
 */
export function checklist(total: number, from: number, index: number): Checklist {
  const start = Math.max(0, Math.min(from, index));
  const items = Array.from({ length: total }, (_, i): ChecklistItem => {
    const state = i < index ? 'done' : i === index ? 'current' : 'pending';
    return i < start ? { index: i, state } : { index: i, state, number: i - start + 1 };
  });
  return { number: index - start + 1, count: total - start, items };
}

/** A recipe link with the merchant's host filled in; the sign-in page when the host is unknown. */
export function linkFor(recipe: Recipe, link: string, origin: string | undefined): string {
  if (!link.includes('{origin}')) return link;
  return origin ? fillPlaceholders(link, { origin }) : recipe.links.signIn;
}

/** Whether two addresses show the same page: origin, path (a trailing "/" aside) and hash. */
export function samePage(a: string, b: string): boolean {
  try {
    const [x, y] = [new URL(a), new URL(b)];
    const path = (u: URL) => u.pathname.replace(/\/+$/, '');
    return x.origin === y.origin && path(x) === path(y) && x.hash === y.hash;
  } catch {
    return false;
  }
}
