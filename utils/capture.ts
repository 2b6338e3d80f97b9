// Reads the secret a provider page shows and checks it against the recipe.
import { findAll } from '../lib/dom/anchor';
import type { Recipe, Secret } from '../lib/recipe';
import { checkField } from '../lib/secret';

export type Reading = { secret: Secret } | { reason: string } | undefined;

/** What an element shows: a field's value (hidden ones too), else its text. */
function textOf(el: Element): string {
  return el.localName === 'input' || el.localName === 'textarea'
    ? (el as HTMLInputElement).value
    : (el.textContent ?? '');
}

/** Where a copy button keeps what it copies: its own attributes and the fields around it. */
export function copySources(button: Element): string[] {
  const attributes = ['data-clipboard-text', 'data-copy', 'data-value', 'value']
    .map((name) => button.getAttribute(name))
    .filter((value): value is string => !!value);
  const around =
    button.closest('dialog, [role=dialog], form, section, main') ?? button.parentElement;
  const fields = Array.from(around?.querySelectorAll('input, textarea, code, pre') ?? [], textOf);
  return [...attributes, ...fields];
}

/**
 * The secret, when every field is on the page and valid; a refusal reason when something is
 * shown where the secret belongs but is not one; undefined while nothing is shown yet.
 */
export function readSecret(recipe: Recipe, extra: string[] = []): Reading {
  const secret: Secret = {};
  for (const field of recipe.capture.fields) {
    const shown = [...findAll(field.shown).map(textOf), ...extra]
      .map((v) => v.trim())
      .filter(Boolean);
    if (shown.length === 0) return undefined;
    const checks = shown.map((value) => checkField(field, value));
    const accepted = checks.find((c) => c.ok);
    if (!accepted) return { reason: (checks[0] as { reason: string }).reason };
    secret[field.id] = accepted.value;
  }
  return { secret };
}
