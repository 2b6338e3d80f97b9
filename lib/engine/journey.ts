// One progress model for the whole journey (issue 29): the provider's recipe steps, then the
// Upstack guide's (lib/recipes/upstack.ts), numbered from the recipe step where the guide started
// (kept by the background) and counted once, so that "Step N of M" has the same M on both sites.
// Steps the merchant skips are ticked, not recounted. Pure: the provider pages' engine and the
// Fill frame both number from here, and it is tested without a browser.
import type { Recipe } from '../recipes/schema';
import { mayType, type Typing } from '../recipes/typed';
import { type Checklist, checklist } from './plan';

type Journeyed = Typing & { steps: { length: number }; upstack: Recipe['upstack'] };

/** The Upstack guide's steps before the ones a recipe may add: open, new, pick, fill, save. */
const UPSTACK_BASE = 5;
/** The Upstack "fill" step's index among the Upstack guide's steps. */
export const UPSTACK_FILL = 3;

/**
 * How many steps the Upstack guide has for this recipe: what `upstackSteps(recipe).steps.length`
 * is (the typing step only for fields the merchant may type, lib/recipes/typed.ts, the enabling step only for a control to tick),
 * counted without the guide's anchors, which the provider pages' engine does not carry. A unit
 * test holds the two equal for every recipe.
 */
export const upstackCount = (recipe: Journeyed): number =>
  UPSTACK_BASE + (mayType(recipe) ? 1 : 0) + (recipe.upstack.enable ? 1 : 0);

/** Every step of the journey, on both sites. */
export const journeyLength = (recipe: Journeyed): number =>
  recipe.steps.length + upstackCount(recipe);

/** The journey's index of an Upstack step (its index among the Upstack guide's steps). */
export const upstackPlace = (recipe: Journeyed, index: number): number =>
  recipe.steps.length + index;

/**
 * The journey's index of what a provider page shows: its recipe step, or, once the key is held
 * (`index` past the recipe's steps), the first Upstack step; once `filled`, the step after the
 * fill (the provider page cannot see Upstack's page: it says what comes next).
 */
export const providerPlace = (recipe: Journeyed, index: number, filled = false): number =>
  index < recipe.steps.length ? index : upstackPlace(recipe, filled ? UPSTACK_FILL + 1 : 0);

/** The journey as a checklist at its index `at`, numbered from the recipe step `from` (or from
 * `at`, where that comes first). */
export const journey = (recipe: Journeyed, from: number, at: number): Checklist =>
  checklist(journeyLength(recipe), from, at);
