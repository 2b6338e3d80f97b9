// Why a value is not a recipe's secret, as messages the merchant reads (lib/protocol/said.ts). The background decides
// with the zod schema built on these (lib/key/schema.ts); the content scripts use the same
// checks without the words (lib/key/shape.ts). Messages never quote the value: they may end up on
// screen next to the page's own text.

import { type MessageKey, type Said, said } from '../protocol/said';
import { recipeById } from '../recipes';
import type { Recipe, Secret, SecretField } from '../recipes/schema';
import { type COMMON, commonFailure, maskFields } from './shape';

export { mask } from './shape';

/** A provider's secret masked as its recipe's fields say; nothing shows of an unknown one. */
export function maskSecret(provider: string, secret: Secret): Record<string, string> {
  return maskFields(recipeById(provider)?.capture.fields ?? [], secret);
}

/** Why a value fails each of the checks every secret shares (lib/key/shape.ts), in the same order:
 * each message takes the field's label. */
const COMMON_REASONS: Record<keyof typeof COMMON, MessageKey> = {
  empty: 'refuseEmpty',
  long: 'refuseLong',
  invisible: 'refuseInvisible',
  masked: 'refuseMasked',
  html: 'refuseHtml',
  spaces: 'refuseSpaces',
  stripe: 'refuseStripe',
};

function reasonFor(check: keyof typeof COMMON | undefined, field: SecretField) {
  return check && said(COMMON_REASONS[check], said(field.label));
}

/** A value of another field's distinctive shape (another provider's key, or the API user where
 * the password goes), however loose this field's own shape is. */
function foreignReason(
  field: SecretField,
  value: string,
  recipes: readonly Recipe[],
): Said | undefined {
  for (const recipe of recipes) {
    const other = recipe.capture.fields.find(
      (f) => f.distinctive && f.pattern.source !== field.pattern.source && f.pattern.test(value),
    );
    if (other) return said('refuseForeign', recipe.name, said(field.label));
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
): Said | undefined {
  const refused = field.refuse?.find((r) => r.pattern.test(value));
  return (
    reasonFor(commonFailure(value), field) ??
    (refused && said(refused.reason)) ??
    foreignReason(field, value, others) ??
    (field.pattern.test(value) ? undefined : shapeReason(field, value))
  );
}

function shapeReason(field: SecretField, value: string): Said {
  const what: MessageKey = isPrefixOfShape(field.pattern, value)
    ? 'refuseCutShort'
    : hasExtraEnd(field.pattern, value)
      ? 'refuseTooLong'
      : 'refuseNotShape';
  return said(what, said(field.label), said(field.hint));
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
