// A library's select, as a person uses it: a combobox that shows its value as text (in itself,
// or beside a readonly input in the same field box, as Element Plus does), opened by a click or
// by Enter, whose options (role=option, their text often in a child element) live in a listbox
// that may be portalled to <body> and may render only the rows in its scroll window.
import { accessibleName, normalize } from './anchor';
import { closestAcross, deepQueryAll, OWN_HOST } from './deep';
import { press } from './fill';
import { isRendered } from './visible';

/** The fields a field box may hold one of. A hidden native <select> or input that a library
 * keeps beside its combobox for autofill or form posts (Vuetify's v-select, Radix's Select) is
 * part of that combobox, not another field. */
const FIELDS = ['input:not([type=hidden])', 'select', 'textarea', '[role=combobox]']
  .map((f) => `${f}:not([hidden]):not([aria-hidden=true])`)
  .join(',');

/** The element around a combobox that holds what it shows: up to three levels, never one
 * that holds another field (that is the form). */
function fieldBox(list: Element): Element {
  let box = list;
  for (let i = 0, up = box.parentElement; i < 3 && up; i++, up = up.parentElement) {
    if (up.querySelectorAll(FIELDS).length > 1) break;
    box = up;
  }
  return box;
}

/** The text a combobox shows as its value: its own text (a listbox it holds aside, as Angular
 * Material's does) and value, else, for an input, the text of its field box. */
export function shownValue(list: Element): string {
  const read = (root: Element) => {
    let text = `${(root as HTMLInputElement).value ?? ''} ${root.textContent}`;
    for (const part of Array.from(root.querySelectorAll('[role=listbox],option')))
      text = text.replace(part.textContent ?? '', ' ');
    return normalize(text);
  };
  const own = read(list);
  return own || list.localName !== 'input' ? own : read(fieldBox(list));
}

/** The combobox itself where a lookup gave its visible label instead (Element Plus draws its
 * input transparent: the anchor then stands for the label, which is not the list). */
export function comboboxOf(el: Element): Element {
  return el.localName === 'label' ? ((el as HTMLLabelElement).control ?? el) : el;
}

/** Whether `el` is part of this combobox: its shown value, its field box, or an option of a
 * listbox (those are the list's to choose, not cards to press). */
export function belongsToList(el: Element, list: Element): boolean {
  if (closestAcross(el, '[role=listbox],[role=option],option,select,[role=combobox]')) return true;
  return fieldBox(list).contains(el);
}

/** What aria-controls names: the listbox itself, or the popup that holds it (Vuetify's
 * v-select names its v-menu, whose content holds the role=listbox list). */
function controlled(list: Element): Element[] | undefined {
  const named = list.ownerDocument.getElementById(
    list.getAttribute('aria-controls')?.split(' ')[0] ?? '',
  );
  if (!named) return undefined;
  return named.matches('[role=listbox]')
    ? [named]
    : Array.from(named.querySelectorAll('[role=listbox]'));
}

/** The listbox this combobox controls, when it is rendered: by aria-controls, else the only
 * rendered listbox on the page. */
function openListbox(list: Element): Element | undefined {
  const rendered = (controlled(list) ?? deepQueryAll(list.ownerDocument, '[role=listbox]')).filter(
    (el) => el.matches('[role=listbox]') && !el.closest(OWN_HOST) && isRendered(el),
  );
  return rendered.length === 1 ? rendered[0] : undefined;
}

/** A rendered option named as wanted: in this combobox's listbox when it is known, else
 * wherever the library put it. Its text may be in a child element. */
export function openOption(list: Element, names: string[]): Element | undefined {
  const wanted = names.map(normalize);
  const within = openListbox(list) ?? list.ownerDocument;
  return deepQueryAll(within, '[role=option], option')
    .filter((el) => !el.closest(OWN_HOST) && isRendered(el))
    .find((el) => {
      const name = accessibleName(el);
      return wanted.some((w) => name === w || name.startsWith(`${w} `));
    });
}

/** The element that scrolls a listbox's rows: itself, a window inside it, or the virtual
 * list's window around it (el-select-v2's listbox is as tall as all its rows). */
function scroller(listbox: Element): Element | undefined {
  const up = listbox.parentElement;
  return [listbox, ...Array.from(listbox.querySelectorAll('*')), up, up?.parentElement].find(
    (el) => !!el && el !== el.ownerDocument.body && el.scrollHeight > el.clientHeight + 1,
  ) as Element | undefined;
}

function key(el: Element, name: string) {
  const win = el.ownerDocument.defaultView as Window & typeof globalThis;
  for (const type of ['keydown', 'keyup'])
    el.dispatchEvent(
      new win.KeyboardEvent(type, { key: name, code: name, bubbles: true, composed: true }),
    );
}

/** Closes an open listbox the way a person would: Escape, from within the list. */
export function closeList(list: Element) {
  const box = openListbox(list);
  if (box) key(box, 'Escape');
}

/**
 * One step towards the option: nothing while the list is leaving (collapsed but still shown);
 * press the option when it is rendered; else, with the list open, scroll its rows by a window
 * (a virtualised list renders the next ones), and once at its end give up; else, while the
 * combobox says it is expanded (its popup still fading in), wait; else open the list, by a
 * press and, when that did not open it, by Enter on the combobox.
 * Says 'scrolled' for a step that made progress but is not an attempt (a scroll).
 */
export function towardsOption(
  list: Element,
  names: string[],
  tries: number,
): 'scrolled' | undefined {
  const option = openOption(list, names);
  const box = openListbox(list);
  // Its listbox still rendered while the combobox says it is collapsed: the list is fading out
  // after a choice (a leave transition). Pressing its option again would choose twice, or open
  // it again: an attempt that waits for it to go.
  if (box && list.getAttribute('aria-expanded') === 'false') return undefined;
  if (option) {
    press(option);
  } else if (box) {
    // The browser's own scroll event follows: a virtual list renders the rows it brings in.
    // Once at its end (or where it does not scroll) the option is not in it: an attempt.
    const rows = scroller(box);
    const before = rows?.scrollTop ?? 0;
    if (rows) rows.scrollTop += Math.max(rows.clientHeight - 8, 8);
    if ((rows?.scrollTop ?? 0) > before) return 'scrolled';
  } else if (list.getAttribute('aria-expanded') === 'true') {
    // Open but not rendered yet (a popup fading in, as Vuetify's v-menu does): another press
    // would close it. An attempt that waits for the list.
    return undefined;
  } else if (tries % 2 === 1 && list.getAttribute('aria-expanded') === 'false') {
    (list as HTMLElement).focus?.({ preventScroll: true });
    key(list, 'Enter');
  } else press(list);
}
