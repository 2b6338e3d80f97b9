// Prefill as a sequence of actions, each verified from the page's own state: a value through the
// native setter, a radio card or checkbox by a click, an option picked from a native select or
// from a combobox whose listbox a library portals to the body. One action per evaluation, at
// least a frame apart, so that frameworks that batch updates (Vue, Angular) see each one.
import { accessibleName, find, findAll, normalize } from '../dom/anchor';
import { closestAcross, deepQueryAll, OWN_HOST } from '../dom/deep';
import { isSelected, isTextField, press, selectNative, setValue } from '../dom/fill';
import { isRendered } from '../dom/visible';
import type { Prefill } from '../recipes/schema';
import { type Attempt, fresh, type Move, nextMove, tried } from './prefill-state';

export interface PrefillState {
  prefill: Prefill;
  /** done: the page shows it; pending: still trying; failed: the merchant must do it; missing:
   * the control is not on the page; ask: a value only the merchant can type. */
  state: 'done' | 'pending' | 'failed' | 'missing' | 'ask';
  /** The control, for the ring when the merchant must act on it. */
  control?: Element;
  /** The step's fields on the page for this prefill: the panel never covers them. */
  fields?: Element[];
}

/** The text a combobox shows as its value: its own text (a listbox it holds aside, as Angular
 * Material's does) and value, else, for an input, its wrapper's text. */
function shownValue(list: Element): string {
  const parts: string[] = [(list as HTMLInputElement).value ?? ''];
  const walker = list.ownerDocument.createTreeWalker(
    list,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
    {
      acceptNode: (node) =>
        (node as Element).matches?.('[role=listbox], [role=option], option')
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    },
  );
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
  const own = normalize(parts.join(' '));
  if (own || list.localName !== 'input') return own;
  return normalize(list.parentElement?.parentElement?.textContent);
}

/** A rendered option of the open listbox, wherever the library put it, named as wanted. */
function openOption(names: string[]): Element | undefined {
  const wanted = names.map(normalize);
  return deepQueryAll(document, '[role=option], option')
    .filter((el) => !el.closest(OWN_HOST) && isRendered(el))
    .find((el) => {
      const name = accessibleName(el);
      return wanted.some((w) => name === w || name.startsWith(`${w} `));
    });
}

/** Closes an open listbox the way a person would: Escape, from within the list. */
function closeList() {
  const list = deepQueryAll(document, '[role=listbox]').find((el) => isRendered(el));
  if (!list) return;
  const win = list.ownerDocument.defaultView as Window & typeof globalThis;
  for (const type of ['keydown', 'keyup'])
    list.dispatchEvent(
      new win.KeyboardEvent(type, { key: 'Escape', code: 'Escape', bubbles: true, composed: true }),
    );
}

interface Target {
  el: Element;
  holds: () => boolean;
  act: () => void;
}

/** `fields` gets the text field found, whatever its state: the panel keeps clear of it. */
function targets(prefill: Prefill, fields: Element[]): Target[] | 'missing' | 'ask' {
  if (prefill.kind === 'text') {
    const el = find(prefill.field);
    if (!el || !isTextField(el)) return 'missing';
    fields.push(el);
    if (!prefill.value) return el.value ? [] : 'ask';
    return [
      { el, holds: () => el.value === prefill.value, act: () => setValue(el, prefill.value) },
    ];
  }
  // A combobox showing the option as its value is not a card to click.
  const cards = findAll(prefill.field)
    .filter((el) => !closestAcross(el, '[role=combobox], select'))
    .slice(0, prefill.all ? undefined : 1);
  if (cards.length) {
    return cards.map((el) => ({ el, holds: () => isSelected(el), act: () => press(el) }));
  }
  const list = prefill.list && find(prefill.list);
  const option = prefill.option ?? prefill.field.name ?? prefill.field.text ?? [];
  if (!list || option.length === 0) return 'missing';
  if (list.localName === 'select') {
    const select = list as HTMLSelectElement;
    const wanted = option.map(normalize);
    return [
      {
        el: list,
        holds: () => wanted.includes(normalize(select.selectedOptions[0]?.text)),
        act: () => selectNative(select, option),
      },
    ];
  }
  const wanted = option.map(normalize);
  return [
    {
      el: list,
      holds: () => wanted.some((w) => shownValue(list).includes(w)),
      // Open the list, then pick the option once its listbox shows it.
      act: () => press(openOption(option) ?? list),
    },
  ];
}

export interface Prefiller {
  /** Looks at every prefill's controls, takes at most one action, says what holds. */
  step(prefills: Prefill[]): PrefillState[];
}

export function createPrefiller(): Prefiller {
  const attempts = new WeakMap<Element, Attempt>();
  /** Controls whose prefill held: never touched again (the merchant may change them). */
  const settled = new WeakSet<Element>();
  /** Controls whose prefill did not take after a few tries: never touched again. */
  const gaveUp = new WeakSet<Element>();

  return {
    step(prefills) {
      const now = Date.now();
      let acted = false;
      return prefills.map((prefill): PrefillState => {
        const fields: Element[] = [];
        const found = targets(prefill, fields);
        if (typeof found !== 'string' && prefill.kind === 'choose')
          fields.push(...found.map((t) => t.el));
        if (found === 'missing') return { prefill, state: found, fields };
        // The field the merchant must type in: the ring goes there.
        if (found === 'ask') return { prefill, state: found, control: find(prefill.field), fields };
        let state: PrefillState['state'] = 'done';
        let control: Element | undefined;
        for (const target of found) {
          if (settled.has(target.el)) continue;
          // Given up: the merchant's turn; done once the page shows their choice.
          if (gaveUp.has(target.el)) {
            if (target.holds()) continue;
            state = 'failed';
            control ??= target.el;
            continue;
          }
          const attempt = attempts.get(target.el) ?? fresh();
          attempts.set(target.el, attempt);
          // A text field that shows anything but our value is the merchant's: we only ever
          // fill an empty one (and fill it again when the page empties it).
          const typed = (target.el as HTMLInputElement).value;
          if (prefill.kind === 'text' && typed && !target.holds()) settled.add(target.el);
          let move: Move = settled.has(target.el) ? 'done' : nextMove(attempt, target.holds(), now);
          if (move === 'act' && !acted) {
            acted = true;
            tried(attempt, now);
            target.act();
          } else if (move === 'act') move = 'wait';
          if (move === 'done') settled.add(target.el);
          else if (move === 'failed') {
            // Leave no list we opened in the way of the merchant's own choice.
            if (!gaveUp.has(target.el) && prefill.kind === 'choose' && prefill.list) closeList();
            gaveUp.add(target.el);
            state = 'failed';
            control ??= target.el;
          } else if (state !== 'failed') {
            state = 'pending';
            control ??= target.el;
          }
        }
        return { prefill, state, control, fields };
      });
    },
  };
}
