// A credential the page never shows again (Dotdigital's API user and the password we generated):
// read from its form when the merchant presses the recipe's submit button, and kept only once
// the page shows it was saved. Until then it lives in this closure alone.
import { find, findAll } from '../dom/anchor';
import { hasShape } from '../key/shape';
import type { Recipe, Secret } from '../recipes/schema';
import { holds, resolve } from './plan';

/** What an element shows: a field's value, else its text. */
function textOf(el: Element): string {
  return el.localName === 'input' || el.localName === 'textarea'
    ? (el as HTMLInputElement).value
    : (el.textContent ?? '');
}

/** What the form shows where each part belongs; `valid` when every part has its shape. */
export type Reading = { secret: Secret; valid: boolean };

export function readForm(recipe: Recipe): Reading | undefined {
  const secret: Secret = {};
  let valid = true;
  for (const field of recipe.capture.fields) {
    const shown = findAll(field.shown)
      .map((el) => textOf(el).trim())
      .filter(Boolean);
    if (shown.length === 0) return undefined;
    const accepted = shown.find((value) => hasShape(field, value));
    valid &&= accepted !== undefined;
    secret[field.id] = accepted ?? (shown[0] as string);
  }
  return { secret, valid };
}

/** Whether the page now shows the submitted credential as saved, or as refused. */
export function submitOutcome(recipe: Recipe, secret: Secret): 'accepted' | 'refused' | undefined {
  const submit = recipe.capture.submit;
  if (!submit) return undefined;
  if (holds(resolve(submit.accepted, secret), location.href, (a) => !!find(a))) return 'accepted';
  if (submit.refused && find(submit.refused)) return 'refused';
  return undefined;
}
