// The checks every secret shares, and whether a value has a field's shape: without the words
// that explain a refusal (lib/secret.ts has those), so the content scripts stay light.
import type { SecretField } from './recipe';

const MAX_LENGTH = 512;

/** In the order a merchant's mistakes are most often made. */
export const COMMON = {
  empty: (v: string) => v.length === 0,
  long: (v: string) => v.length > MAX_LENGTH,
  invisible: (v: string) => /[\u200B-\u200D\u2060\uFEFF\u00AD]/.test(v),
  masked: (v: string) => /[*•●…]|\.{3}/.test(v),
  html: (v: string) => /&(?:[a-z]+|#\d+|#x[\da-f]+);|<\/?[a-z]/i.test(v),
  spaces: (v: string) => /\s/.test(v),
  stripe: (v: string) => /^(?:sk|pk|rk)_(?:live|test)_/.test(v),
};

/** The first shared check the value fails, if any. */
export function commonFailure(value: string): keyof typeof COMMON | undefined {
  return (Object.keys(COMMON) as (keyof typeof COMMON)[]).find((check) => COMMON[check](value));
}

/** Whether the value is of the field's shape and none of the values it refuses. */
export function hasShape(field: SecretField, value: string): boolean {
  return (
    field.pattern.test(value) &&
    commonFailure(value) === undefined &&
    !field.refuse?.some((r) => r.pattern.test(value))
  );
}

/** At most the first 3 and last 4 characters; short values show less. */
export function mask(value: string): string {
  if (value.length < 16) return '•'.repeat(8);
  return `${value.slice(0, 3)}••••${value.slice(-4)}`;
}
