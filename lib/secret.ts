// Why a value is not a recipe's secret, in words the merchant reads. The background decides
// with the zod schema built on these (lib/secret-schema.ts); the content scripts use the same
// checks without the words (lib/shape.ts). Messages never quote the value: they may end up on
// screen next to the page's own text.
import type { Recipe, Secret, SecretField } from './recipe';
import { recipeById } from './recipes';
import { type COMMON, commonFailure, maskFields } from './shape';

export { mask } from './shape';

/** A provider's secret masked as its recipe's fields say; nothing shows of an unknown one. */
export function maskSecret(provider: string, secret: Secret): Record<string, string> {
  return maskFields(recipeById(provider)?.capture.fields ?? [], secret);
}

/** Why a value fails each of the checks every secret shares (lib/shape.ts), in the same order. */
const COMMON_REASONS: Record<keyof typeof COMMON, (field: SecretField) => string> = {
  empty: (f) => `The ${f.label} is empty.`,
  long: (f) => `This is far too long to be a ${f.label}.`,
  invisible: (f) =>
    `The ${f.label} contains invisible characters; copy it again from the provider.`,
  masked: (f) => `This ${f.label} is masked. Use the full key shown right after you create it.`,
  html: (f) => `This ${f.label} contains HTML; copy the key text itself.`,
  spaces: (f) => `The ${f.label} has spaces inside it.`,
  stripe: (f) => `This is a Stripe key; copy the ${f.label} instead.`,
};

function reasonFor(check: keyof typeof COMMON | undefined, field: SecretField) {
  return check && COMMON_REASONS[check](field);
}

/** A value of another field's distinctive shape (another provider's key, or the API user where
 * the password goes), however loose this field's own shape is. */
function foreignReason(
  field: SecretField,
  value: string,
  recipes: readonly Recipe[],
): string | undefined {
  for (const recipe of recipes) {
    const other = recipe.capture.fields.find(
      (f) => f.distinctive && f.pattern.source !== field.pattern.source && f.pattern.test(value),
    );
    if (other)
      return `This looks like a ${recipe.name} credential; copy the ${field.label} instead.`;
  }
  return undefined;
}

/**
 * Why the value (trimmed) is not this field's secret, or undefined when it is one. `others`:
 * the recipes whose distinctive shapes are refused here (the background passes them all).
 */
export function refusalReason(
  field: SecretField,
  value: string,
  others: readonly Recipe[] = [],
): string | undefined {
  return (
    reasonFor(commonFailure(value), field) ??
    field.refuse?.find((r) => r.pattern.test(value))?.reason ??
    foreignReason(field, value, others) ??
    (field.pattern.test(value) ? undefined : shapeReason(field, value))
  );
}

function shapeReason(field: SecretField, value: string): string {
  const what = isPrefixOfShape(field.pattern, value)
    ? 'looks cut short'
    : hasExtraEnd(field.pattern, value)
      ? 'is too long (something was pasted with it)'
      : 'does not look like one';
  return `This ${what}: a ${field.label} is ${field.hint}.`;
}

/** Whether appending characters could complete the value: it was cut short, not mistyped.
 * Only length may be missing: after a letter or digit, pad with more of that kind (a password
 * of letters only lacks a digit; it is not cut short). */
function isPrefixOfShape(pattern: RegExp, value: string): boolean {
  const last = value.slice(-1);
  const fillers = ['a', '0', 'A'].filter((c) => !/[a-z0-9]/i.test(last) || kind(c) === kind(last));
  for (let n = 1; n <= 64; n++) {
    if (fillers.some((c) => pattern.test(value + c.repeat(n)))) return true;
  }
  return false;
}

/** Whether dropping a few characters from the end makes it one: something was pasted after it. */
function hasExtraEnd(pattern: RegExp, value: string): boolean {
  for (let n = 1; n <= 32 && n < value.length; n++)
    if (pattern.test(value.slice(0, -n))) return true;
  return false;
}

const kind = (c: string) => (/\d/.test(c) ? 0 : c === c.toLowerCase() ? 1 : 2);
