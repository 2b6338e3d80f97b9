// Finds secrets in what a page shows the way a secret scanner does: values of the recipe's
// shape among the page's words and field values, whatever elements hold them. Pure: the DOM
// side (lib/engine/capture.ts) feeds it strings and says which ones were already on screen.
import type { SecretField } from '../recipes/schema';
import { hasShape } from './shape';

export { hasShape };

/** No secret is shorter or longer than this; anything else is skipped before any pattern. */
const MIN_LENGTH = 6;
const MAX_LENGTH = 512;

/** Characters that end a token: whitespace, quotes, brackets and the punctuation around words.
 * A key's own alphabet (letters, digits, `-_.~+/=@`) stays whole. */
const DELIMITERS = /[\s"'`<>()[\]{},;:|\u00a0]+/;

/** The candidate tokens of a text: split at delimiters, a trailing full stop dropped. */
export function tokens(text: string): string[] {
  if (text.length < MIN_LENGTH) return [];
  return text
    .split(DELIMITERS)
    .map((t) => t.replace(/\.+$/, ''))
    .filter((t) => t.length >= MIN_LENGTH && t.length <= MAX_LENGTH);
}

/** Values of the field's shape in the texts, each once, first seen first, at most `cap`. */
export function keyShaped(field: SecretField, texts: Iterable<string>, cap = 64): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const token of tokens(text)) {
      // The pattern first: most tokens fail it, and it is the cheapest test.
      if (!field.pattern.test(token) || found.has(token)) continue;
      if (!hasShape(field, token)) continue;
      found.add(token);
      if (found.size >= cap) return [...found];
    }
  }
  return [...found];
}

/** Stands for a piece of text a page displays and no one can read (lib/engine/rendered.ts): no
 * delimiter, and in no key's alphabet, so a word across it is of no key's shape. */
export const UNREADABLE = '\u0000';

/**
 * A value read from one piece of what a block shows, judged against the block as it is shown
 * (`rendered`, its unreadable pieces marked): the value, when the block shows it as a word of
 * its own; else the words shown around it (the key it is a piece of: the caller tests their
 * shape); `unreadable` when a word around it (or around the value with the hidden parts taken
 * out) holds a part no one can read: then no value there is the key.
 */
export function asShown(value: string, rendered: string): { words: string[]; unreadable: boolean } {
  const words = tokens(rendered);
  if (words.includes(value)) return { words: [value], unreadable: false };
  const around = words.filter((w) => w.includes(value));
  const unreadable = words.some(
    (w) => w.includes(UNREADABLE) && w.split(UNREADABLE).join('').includes(value),
  );
  return { words: unreadable ? [] : around, unreadable };
}

/** The values that are no strict part of another seen at the same place (`where`): a value that
 * grew where it is shown (a key split across elements, read a piece first) is the longer one.
 * A longer value seen elsewhere never removes one (that is a question, never a silent swap). */
export function wholes<V extends string, W>(values: ReadonlyMap<V, W>): V[] {
  const distinct = [...values.keys()];
  return distinct.filter(
    (v) => !distinct.some((o) => o !== v && o.includes(v) && values.get(o) === values.get(v)),
  );
}

/** What a capture pass concludes from the new values it saw (baseline already removed). */
export type Verdict =
  | { kind: 'none' }
  | { kind: 'one'; value: string }
  /** Several different values of the key's shape: the merchant picks, we never guess. */
  | { kind: 'choose'; values: string[] };

/** At most this many values are listed in a question; one more makes it "too many to list"
 * (the merchant is asked to copy the key instead): none is ever dropped silently. */
export const MAX_CHOICES = 16;

/** One value (seen in any number of places) is the key; several are a question, every one of
 * them, up to one more than can be listed (the callers bound what they pass). */
export function decide(values: Iterable<string>): Verdict {
  const distinct = [...new Set(values)];
  if (distinct.length === 0) return { kind: 'none' };
  if (distinct.length === 1) return { kind: 'one', value: distinct[0] as string };
  return { kind: 'choose', values: distinct.slice(0, MAX_CHOICES + 1) };
}
