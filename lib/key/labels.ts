// Labels for the values a "which key?" question offers: masked as the key is everywhere
// (lib/key/shape.ts), and, where two masks would read the same, more characters of both ends,
// then the place each was shown: no two choices ever look alike. Pure.
import type { SecretField } from '../recipes/schema';
import { mask } from './shape';

/** Characters of the middle that always stay hidden, however alike two values are. */
const KEEP_HIDDEN = 8;

/** `value` with `n` characters of each end of its variable part shown. */
function ends(field: SecretField | undefined, value: string, n: number): string {
  const prefix = field?.display?.prefix;
  const fixed = prefix && value.startsWith(prefix) ? prefix : '';
  const rest = value.slice(fixed.length);
  return `${fixed}${rest.slice(0, n)}…${rest.slice(-n)}`;
}

/** Whether `n` characters of each end leave enough of the middle hidden. */
const fits = (field: SecretField | undefined, value: string, n: number) =>
  value.length - (field?.display?.prefix?.length ?? 0) - 2 * n >= KEEP_HIDDEN;

const duplicated = (labels: string[]) => {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return (label: string) => (counts.get(label) ?? 0) > 1;
};

/**
 * One label per value (distinct values, in the order shown): the mask where it is unique;
 * where masks collide, more characters of both ends, as many as needed while at least
 * KEEP_HIDDEN stay hidden; and where they still collide, `place(i)` (where the value is shown,
 * e.g. "2nd") appended.
 */
export function choiceLabels(
  field: SecretField | undefined,
  values: readonly string[],
  place: (index: number) => string,
): string[] {
  const labels = values.map((v) => mask(field, v));
  // A password shows nothing of itself: only where it is shown tells two apart.
  if (field?.display?.password || field?.fromUrl) return finish(labels, place);
  for (let n = 4; n < 64; n++) {
    const dup = duplicated(labels);
    if (!labels.some(dup)) break;
    let widened = false;
    values.forEach((v, i) => {
      if (dup(labels[i] as string) && fits(field, v, n)) {
        labels[i] = ends(field, v, n);
        widened = true;
      }
    });
    if (!widened) break;
  }
  return finish(labels, place);
}

function finish(labels: string[], place: (index: number) => string): string[] {
  const dup = duplicated(labels);
  return labels.map((label, i) => (dup(label) ? `${label} ${place(i)}` : label));
}
