// Checks a value read from a provider page against a recipe's secret field: plain functions,
// light enough for the content script, which uses them to pick the key among what the page
// shows. The background decides with the zod schema built on them (lib/secret-schema.ts).
// Messages never quote the value: they may end up on screen next to the page's own text.
import type { Recipe, SecretField } from './recipe';

const MAX_LENGTH = 512;

/** Checks every secret shares, in the order a merchant's mistakes are most often made. */
const commonRefusals: {
  test: (value: string) => boolean;
  reason: (field: SecretField) => string;
}[] = [
  { test: (v) => v.length === 0, reason: (f) => `The ${f.label} is empty.` },
  { test: (v) => v.length > MAX_LENGTH, reason: (f) => `This is far too long to be a ${f.label}.` },
  {
    test: (v) => /[\u200B-\u200D\u2060\uFEFF\u00AD]/.test(v),
    reason: (f) => `The ${f.label} contains invisible characters; copy it again from the provider.`,
  },
  {
    test: (v) => /[*•●…]|\.{3}/.test(v),
    reason: (f) => `This ${f.label} is masked. Use the full key shown right after you create it.`,
  },
  {
    test: (v) => /&(?:[a-z]+|#\d+|#x[\da-f]+);|<\/?[a-z]/i.test(v),
    reason: (f) => `This ${f.label} contains HTML; copy the key text itself.`,
  },
  { test: (v) => /\s/.test(v), reason: (f) => `The ${f.label} has spaces inside it.` },
  {
    test: (v) => /^(?:sk|pk|rk)_(?:live|test)_/.test(v),
    reason: (f) => `This is a Stripe key; copy the ${f.label} instead.`,
  },
];

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
    commonRefusals.find((r) => r.test(value))?.reason(field) ??
    field.refuse?.find((r) => r.pattern.test(value))?.reason ??
    foreignReason(field, value, others) ??
    (field.pattern.test(value) ? undefined : shapeReason(field, value))
  );
}

function shapeReason(field: SecretField, value: string): string {
  const looksTruncated = isPrefixOfShape(field.pattern, value);
  const what = looksTruncated ? 'looks cut short' : 'does not look like one';
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

const kind = (c: string) => (/\d/.test(c) ? 0 : c === c.toLowerCase() ? 1 : 2);

/** At most the first 3 and last 4 characters; short values show less. */
export function mask(value: string): string {
  if (value.length < 16) return '•'.repeat(8);
  return `${value.slice(0, 3)}••••${value.slice(-4)}`;
}
