// Prefill as a sequence of actions, each verified from the page's own state: a value through the
// native setter, a radio card or checkbox by a click, an option picked from a native select or
// from a combobox whose listbox a library portals to the body. One action per evaluation, at
// least a frame apart, so that frameworks that batch updates (Vue, Angular) see each one.
// Library selects (lib/dom/listbox.ts) are given by the caller: the provider pages' guide has
// them, the Upstack engine (whose recipe names no list) does not carry their weight.
import { find, findAll, normalize } from '../dom/anchor';
import { closestAcross } from '../dom/deep';
import { isSelected, isTextField, press, selectNative, setValue } from '../dom/fill';
import type * as Listbox from '../dom/listbox';
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

interface Target {
  el: Element;
  holds: () => boolean;
  /** Takes one action; 'scrolled' for progress that is not an attempt (a list's rows). */
  act: (tries: number) => unknown;
}

/** `fields` gets the text field found, whatever its state: the panel keeps clear of it. */
function targets(
  prefill: Prefill,
  fields: Element[],
  lists?: typeof Listbox,
): Target[] | 'missing' | 'ask' {
  if (prefill.kind === 'text') {
    const el = find(prefill.field);
    if (!el || !isTextField(el)) return 'missing';
    fields.push(el);
    if (!prefill.value) return el.value ? [] : 'ask';
    return [
      {
        el,
        holds: () => el.value === prefill.value,
        act: () => setValue(el, prefill.value),
      },
    ];
  }
  // A combobox showing the option as its value is not a card to click, nor, where the recipe
  // names a list, that list's options or the field box showing its value.
  const label = prefill.list && find(prefill.list);
  const list = label && (lists ? lists.comboboxOf(label) : label);
  const cards = findAll(prefill.field)
    .filter((el) =>
      list && lists
        ? !lists.belongsToList(el, list)
        : !closestAcross(el, '[role=combobox], select'),
    )
    .slice(0, prefill.all ? undefined : 1);
  if (cards.length) {
    return cards.map((el) => ({ el, holds: () => isSelected(el), act: () => press(el) }));
  }
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
  if (!lists) return 'missing';
  const wanted = option.map(normalize);
  return [
    {
      el: list,
      holds: () => wanted.some((w) => lists.shownValue(list).includes(w)),
      // Open the list, scroll it to the option, pick it: verified from what the combobox shows.
      act: (tries) => lists.towardsOption(list, option, tries),
    },
  ];
}

export interface Prefiller {
  /** Looks at every prefill's controls, takes at most one action, says what holds. */
  step(prefills: Prefill[]): PrefillState[];
}

export function createPrefiller(lists?: typeof Listbox): Prefiller {
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
        const found = targets(prefill, fields, lists);
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
            // A scroll through a list's rows is progress, not an attempt.
            if (target.act(attempt.tries) === 'scrolled') attempt.lastTry = now;
            else tried(attempt, now);
          } else if (move === 'act') move = 'wait';
          if (move === 'done') settled.add(target.el);
          else if (move === 'failed') {
            // Leave no list we opened in the way of the merchant's own choice.
            if (!gaveUp.has(target.el) && prefill.kind === 'choose' && prefill.list)
              lists?.closeList(target.el);
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
