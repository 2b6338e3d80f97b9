// The checks every secret shares, and whether a value has a field's shape: without the words
// that explain a refusal (lib/key/refusal.ts has those), so the content scripts stay light.
import type { Secret, SecretField } from '../recipes/schema';

/** An id the page carries (in its URL or its text), kept with the secret: no secret itself. */
export const isPageId = (field: Pick<SecretField, 'fromUrl' | 'fromPage'>): boolean =>
  !!(field.fromUrl || field.fromPage);

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

/** What shows of a value that shows nothing. */
export const HIDDEN = '•'.repeat(8);
/** A value's variable part shows its last 4 characters only from this length: at least 8 stay
 * hidden. */
const TAIL_FROM = 12;

/**
 * A value as the merchant (and any script on the page showing it) may see it: a password
 * nothing; a key its known fixed parts and at most the last 4 characters of the rest
 * (`pk_…a1b2`, or `…a1b2` with no prefix); an id read from the URL all of it. A field that is
 * not known shows nothing.
 */
export function mask(
  field: Pick<SecretField, 'display' | 'fromUrl' | 'fromPage'> | undefined,
  value: string,
): string {
  // An id read from the page's URL or text is no secret: it shows in full.
  if (field && isPageId(field)) return value;
  const display = field?.display;
  if (!field || display?.password) return HIDDEN;
  const prefix = display?.prefix && value.startsWith(display.prefix) ? display.prefix : '';
  const rest = value.slice(prefix.length);
  const suffix = display?.suffix && rest.endsWith(display.suffix) ? display.suffix : '';
  const middle = rest.slice(0, rest.length - suffix.length);
  return middle.length >= TAIL_FROM
    ? `${prefix}…${middle.slice(-4)}${suffix}`
    : `${prefix}${HIDDEN}${suffix}`;
}

/** Each value of a secret masked as its field says (a value of no known field shows nothing). */
export function maskFields(fields: readonly SecretField[], secret: Secret): Record<string, string> {
  return Object.fromEntries(
    Object.entries(secret).map(([id, value]) => [
      id,
      mask(
        fields.find((f) => f.id === id),
        value,
      ),
    ]),
  );
}
