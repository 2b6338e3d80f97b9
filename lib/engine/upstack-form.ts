// The destination form on the Upstack dashboard, as the Upstack guide sees it: which provider's
// form the page shows (lib/dom/destination.ts), how far the merchant is in it (filled, a typed
// field still empty, a control still off), what a form step points at, and the form's own save
// control. Reads the page; changes nothing.
import { accessibleName, find, findWithin } from '../dom/anchor';
import { type Destination, findDestination as findDestinationIn, formOf } from '../dom/destination';
import { isSelected } from '../dom/fill';
import type { Anchor, Step } from '../recipes/schema';
import { typedFields } from '../recipes/typed';
import { upstackRecipes as recipes } from '../recipes/upstack-recipes';
import type { UpstackSide } from '../recipes/upstack-side';
import { submitButtons } from './keep-clear';
import type { Facts } from './plan';

/** The provider's destination form on this page, wherever it sits (lib/dom/destination.ts). */
export const findDestination = (doc: Document = document) => findDestinationIn(recipes, doc);

/** The form's own save control: a submit button, or a button named for saving. */
export const SAVE_BUTTON = 'button, input[type=submit], [role=button]';
export const SAVE_NAME = /^(save|connect|create|add|update|submit)\b/;
/** Where a form's save control is looked for around its fields. */
export const FORM_REGION = 'form, [role=dialog], dialog, main';

/** The form's save control: its submit button, else a button named for saving. */
export function saveButtons(fields: Element[]): Element[] {
  const submits = submitButtons(fields);
  const region = fields[0]?.closest(FORM_REGION);
  if (submits.length || !region) return submits;
  return [...region.querySelectorAll(SAVE_BUTTON)].filter((b) => SAVE_NAME.test(accessibleName(b)));
}

/** The first field the merchant types (lib/recipes/typed.ts: recipe `upstack.typed`, or an id
 * the provider's page did not show) left empty in the form. */
function emptyTyped(recipe: UpstackSide, destination: Destination) {
  const region = formOf(destination);
  if (!region) return undefined;
  for (const [index, field] of typedFields(recipe).entries()) {
    const el = findWithin({ role: 'textbox', name: [...field.upstackLabels] }, region);
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)
      if (!el.value.trim()) return { index, el };
  }
  return undefined;
}

/** The control the merchant must tick (recipe `upstack.enable`), found in the form and off
 * by its own state; none when the recipe has none, or it is on (or not found: the save step's
 * fallback then stands, rather than a ring on nothing). */
function offSwitch(recipe: UpstackSide, destination: Destination) {
  const region = formOf(destination);
  const anchor = recipe.upstack.enable?.field;
  if (!region || !anchor) return undefined;
  const el = findWithin(anchor, region);
  return el && !isSelected(el) ? el : undefined;
}

/** How far the merchant is in the form shown: the plan's facts, and the form's own targets. */
export interface FormState {
  facts: Facts;
  /** A typed field still empty once the key is in, and which of the recipe's it is. */
  typing?: { index: number; el: Element };
  /** Then the control still off. */
  enabling?: Element;
}

/** `filled`: the key is in this form's fields. */
export function formState(
  recipe: UpstackSide,
  destination: Destination | undefined,
  filled: boolean,
): FormState {
  if (!destination) return { facts: {} };
  const typing = filled ? emptyTyped(recipe, destination) : undefined;
  const enabling = filled && !typing ? offSwitch(recipe, destination) : undefined;
  const form = typing ? 'typing' : enabling ? 'enabling' : filled ? 'filled' : 'shown';
  return { facts: { form }, typing, enabling };
}

/** The step's target: inside the destination's form for a form step (the typed field or the
 * control for those steps; the key field when a form step names none); on the page otherwise. */
export function stepTarget(
  step: Step,
  target: Anchor | undefined,
  state: FormState,
  destination?: Destination,
): Element | undefined {
  if (step.when?.form === 'typing') return state.typing?.el;
  if (step.when?.form === 'enabling') return state.enabling;
  const form = step.when?.form && destination;
  if (!target) return form ? destination.fields.values().next().value : undefined;
  if (!form) return find(target);
  const region = formOf(destination);
  return region ? findWithin(target, region) : undefined;
}
