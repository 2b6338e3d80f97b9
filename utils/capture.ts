// Reads the secret a provider page shows and checks it against the recipe.
import { findAll } from '../lib/dom/anchor';
import type { Recipe, Secret } from '../lib/recipe';
import { refusalReason } from '../lib/secret';

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

/** What the page shows where the secret belongs; `valid` when every field has its shape. */
export type Reading = { secret: Secret; valid: boolean } | undefined;

/**
 * For each field, the value of its shape among those shown (else the first shown); undefined
 * while a field shows nothing yet. The background decides with the provider's zod schema and
 * says why a value is refused: this picks what to send it, and whether it looks right.
 */
export function readSecret(recipe: Recipe, extra: string[] = []): Reading {
  const secret: Secret = {};
  let valid = true;
  for (const field of recipe.capture.fields) {
    const shown = [...findAll(field.shown).map(textOf), ...extra]
      .map((v) => v.trim())
      .filter(Boolean);
    if (shown.length === 0) return undefined;
    const accepted = shown.find((value) => !refusalReason(field, value));
    valid &&= accepted !== undefined;
    secret[field.id] = accepted ?? (shown[0] as string);
  }
  return { secret, valid };
}
