// The armed capture's sightings: a watched value whose element is now on screen and legible
// (lib/engine/on-screen.ts) is read again as the page shows it there. A value in one of several
// inline pieces of a block (a key split as `<b>6</b>40…`, a hidden character inside it) counts
// only as the block renders it, each piece judged on its own legibility: the whole key, or, where
// a piece no one can read cuts it, no key and a question (lib/engine/rendered.ts, asShown).
import * as judging from '../key/capture-judge';
import { asShown, hasShape } from '../key/scan';
import type { SecretField } from '../recipes/schema';
import { copyAttributes } from './capture-scope';
import { isField, shownBy } from './page-text';
import { blockOf, holderOf, renderedAsShown } from './rendered';

export interface Watched {
  value: string;
  near: boolean;
  /** Where the key opens (not merely new): never displaced by a value that is not. */
  context: boolean;
  /** Read from a block's pieces joined (lib/engine/page-text.ts): the element is that block. */
  joined?: boolean;
}

/** What `el`, on screen and legible, shows of a watched value now: the values to count as
 * seen, where they show, and whether a piece no one can read is inside it. */
export function shownAt(
  field: SecretField,
  el: Element,
  { value, joined }: Watched,
): { values: string[]; where: Element; unreadable: boolean } {
  const plain = { where: el, unreadable: false };
  // What it shows now: read a frame or more ago and gone since, no person saw it.
  if (copyAttributes(el).some((shown) => shown.includes(value)))
    return { values: [value], ...plain };
  const block = joined ? el : isField(el) ? null : blockOf(el);
  if (!block) return { values: shownBy(el).includes(value) ? [value] : [], ...plain };
  const { words, unreadable } = asShown(value, renderedAsShown(block));
  const values = words.filter((word) => word === value || hasShape(field, word));
  // Where it shows: the piece's own element, or (read joined) the one that holds the value.
  return { values, where: joined ? holderOf(block, value) : el, unreadable };
}

/** Counts what each element now on screen shows (`found`): whether the verdict changed. */
export function sight(
  s: judging.Sightings<Element>,
  field: SecretField,
  found: readonly { el: Element; items: Watched[] }[],
): boolean {
  let changed = false;
  for (const { el, items } of found) {
    for (const item of items) {
      if (item.near) {
        const now = [shownBy(el), ...copyAttributes(el)];
        if (now.some((shown) => shown.includes(item.value)))
          judging.nearSighted(s, item.value, Date.now());
        continue;
      }
      const { values, where, unreadable } = shownAt(field, el, item);
      if (unreadable && judging.unreadable(s)) changed = true;
      for (const value of values) if (judging.sighted(s, value, where)) changed = true;
    }
  }
  return changed;
}
