// The armed capture's judging, as plain data and pure functions (the DOM side is
// lib/engine/capture.ts): what was on the page at the merchant's click (the baseline), which new
// values of the key's shape were seen on screen, and what they amount to. Only values seen on
// screen, legible, count towards the cap: values still waiting to be seen never displace one that
// was, and a question never drops a candidate silently (every one seen, or "too many").
import type { SecretField } from '../recipes/schema';
import { decide, hasShape, keyShaped, tokens, type Verdict, wholes } from './scan';

/** Distinct values seen on screen that a question lists, at most; one more makes it "too many". */
export const MAX_SEEN = 16;
/** Values waiting to be seen on screen, at most (a flood below the fold waits here, bounded). */
export const MAX_WAITING = 256;
/** Values shown where the key belongs, not of its shape, remembered at most. */
export const MAX_NEAR = 16;
/** How long such a value waits for the real key (a masked key with a Show toggle). */
export const NEAR_MS = 1500;

/** A capture's conclusion: one key, several (a question), more than a question can list, or,
 * when nothing of the key's shape appeared, what the page shows where the key belongs. */
export type Finding = Verdict | { kind: 'near'; value: string };

/** What an armed capture has seen: `W` is where a value showed (an element, in the page). */
export interface Sightings<W> {
  /** Values of the key's pattern on the page at the click: none of them is the new key. */
  readonly baseline: ReadonlySet<string>;
  /** What the recipe's hints showed at the click. */
  readonly hintBaseline: ReadonlySet<string>;
  /** New values seen on screen, first seen first, with where; at most MAX_SEEN + 1. */
  readonly seen: Map<string, W>;
  /** Values shown where the key belongs, not of its shape: since when. */
  readonly near: Map<string, number>;
  nearReported: string;
  /** A value of the key's shape was shown with a piece no one can read inside it. */
  unreadable: boolean;
}

/** Something the page showed at the click: a field's value is one value, a text is words. */
export interface Shown {
  text: string;
  field: boolean;
}

/** The values of the key's pattern in what the page showed (the pattern alone, no shape test:
 * whatever merely resembles the key at the click is not the new key). */
export function baselineOf(field: SecretField, shown: Iterable<Shown>): string[] {
  const values: string[] = [];
  for (const { text, field: isField } of shown)
    for (const t of isField ? [text.trim()] : tokens(text))
      if (field.pattern.test(t)) values.push(t);
  return values;
}

/** A fresh arming: nothing seen yet. */
export function arming<W>(
  baseline: Iterable<string>,
  hintBaseline: Iterable<string>,
): Sightings<W> {
  return {
    baseline: new Set(baseline),
    hintBaseline: new Set(hintBaseline),
    seen: new Map(),
    near: new Map(),
    nearReported: '',
    unreadable: false,
  };
}

/** The values of the key's shape something shows: a field's value is one value as a whole
 * (trimmed), never split into words; a text is scanned for words of a distinctive shape. */
export function shaped(field: SecretField, { text, field: isField }: Shown, cap: number): string[] {
  const value = text.trim();
  if (isField) return hasShape(field, value) ? [value] : [];
  if (field.distinctive) return keyShaped(field, [text], cap);
  // A loose shape: the element's whole text, or its one word of the shape (a key with a space
  // inside reads as two such words: that is no key, and the merchant is told why).
  if (hasShape(field, value)) return [value];
  const words = keyShaped(field, [text], 2);
  return words.length === 1 ? words : [];
}

/** Texts found to hold nothing of the key's shape, remembered (then forgotten all at once),
 * and the longest text remembered so. */
const MAX_REJECTED = 2048;
const LONGEST_REJECTED = 1024;

/** `shaped`, with texts (and field values) already found to hold nothing skipped at once. */
export function shaper(field: SecretField) {
  const rejected = { text: new Set<string>(), field: new Set<string>() };
  return (text: string, isField: boolean, cap: number): string[] => {
    const memo = isField ? rejected.field : rejected.text;
    if (memo.has(text)) return [];
    const values = shaped(field, { text, field: isField }, cap);
    if (values.length === 0 && text.length <= LONGEST_REJECTED) {
      if (memo.size >= MAX_REJECTED) memo.clear();
      memo.add(text);
    }
    return values;
  };
}

/** Whether a value read now is new: not on the page at the click, not seen already. */
export const isNew = <W>(s: Sightings<W>, value: string) =>
  !s.baseline.has(value) && !s.seen.has(value);

/** Whether the question is already "too many": nothing more seen can change it. */
export const overflowing = <W>(s: Sightings<W>) => s.seen.size > MAX_SEEN;

/**
 * What to do with a new value to be watched while `waiting` values wait to be seen: watch it;
 * when the wait is full, a value in the key's context (where the key opened) makes room by
 * dropping the oldest waiting value out of context; any other is not watched.
 */
export function admit(waiting: number, inContext: boolean): 'watch' | 'evict' | 'drop' {
  if (waiting < MAX_WAITING) return 'watch';
  return inContext ? 'evict' : 'drop';
}

/** A value now seen on screen, legible: whether the verdict changed. */
export function sighted<W>(s: Sightings<W>, value: string, where: W): boolean {
  if (!isNew(s, value) || overflowing(s)) return false;
  s.seen.set(value, where);
  return true;
}

/** A value of the key's shape shown with a piece no one can read inside it (a hidden or faint
 * character, lib/engine/rendered.ts): no key there, and the merchant is asked to copy the key
 * they created. Whether the verdict changed. */
export function unreadable<W>(s: Sightings<W>): boolean {
  if (s.unreadable) return false;
  s.unreadable = true;
  return true;
}

/** A value shown where the key belongs, not of its shape, now on screen. */
export function nearSighted<W>(s: Sightings<W>, value: string, now: number): void {
  if (s.near.has(value) || s.near.size >= MAX_NEAR) return;
  s.near.set(value, now);
}

/** Whether a hint's value should be watched as "near": not at the click, not of the key's shape
 * (judged as a candidate then), not watched already. */
export function wantsNear<W>(s: Sightings<W>, field: SecretField, value: string): boolean {
  return !!value && !s.hintBaseline.has(value) && !s.near.has(value) && !hasShape(field, value);
}

/** What the values seen amount to: one key, a question listing every one, or (more than
 * MAX_SEEN) a question with MAX_SEEN + 1 values, which says there are too many to list. A value
 * that grew where it is shown counts as the longer one (`wholes`). A key shown with a piece no one
 * can read is a question with nothing to offer (`values: []`): the merchant copies the key. */
export function verdict<W>(s: Sightings<W>): Verdict {
  if (s.unreadable) return { kind: 'choose', values: [] };
  return decide(wholes(s.seen));
}

/** A near value that has waited long enough with no key seen, once: to tell the merchant why. */
export function nearDue<W>(s: Sightings<W>, now: number): string | undefined {
  if (s.seen.size > 0) return undefined;
  for (const [value, since] of s.near) {
    if (now - since >= NEAR_MS && s.nearReported !== value) {
      s.nearReported = value;
      return value;
    }
  }
  return undefined;
}

/** Everything seen forgotten (disarmed): nothing of the page stays held. */
export function release<W>(s: Sightings<W>): void {
  s.seen.clear();
  s.near.clear();
  s.unreadable = false;
}
