// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { find } from '../../lib/dom/anchor';
import {
  belongsToList,
  comboboxOf,
  openOption,
  shownValue,
  towardsOption,
} from '../../lib/dom/listbox';
import { fakeLayout } from './layout';

fakeLayout();

/** Element Plus's el-select as it renders: a transparent readonly input, the chosen label in a
 * sibling span, the options teleported to <body> (text in a child span). */
function elementSelect(shown: string) {
  document.body.innerHTML = `
    <form>
      <label for="name">Name</label><input id="name" />
      <label id="lab" for="box">Access level</label>
      <div class="el-select"><div class="wrapper"><div class="selection">
        <div class="input-wrapper" style="opacity: 0"><input id="box" role="combobox" readonly
          aria-controls="menu" aria-expanded="false" /></div>
        <div class="placeholder"><span id="shown">${shown}</span></div>
      </div></div></div>
      <button type="submit">Create</button>
    </form>
    <div class="popper" style="display: none"><ul id="menu" role="listbox">
      <li role="option" id="custom"><span>Custom Key</span></li>
      <li role="option" id="full"><span>Full Access Key</span></li>
    </ul></div>`;
}

const open = () => {
  (document.querySelector('.popper') as HTMLElement).style.display = '';
  document.getElementById('box')?.setAttribute('aria-expanded', 'true');
};

describe('a select whose input is transparent', () => {
  beforeEach(() => elementSelect('Select'));

  it('is found as its label, and the combobox stands behind it', () => {
    const found = find({ role: 'combobox', name: ['Access level'] });
    expect(found?.id).toBe('lab');
    expect(found && comboboxOf(found).id).toBe('box');
  });

  it('shows its value in its field box, not in a neighbouring field', () => {
    const box = document.getElementById('box') as Element;
    expect(shownValue(box)).toBe('select');
    elementSelect('Full Access Key');
    expect(shownValue(document.getElementById('box') as Element)).toBe('full access key');
  });

  it('counts its shown value and its options as its own, not as cards', () => {
    elementSelect('Full Access Key');
    const box = document.getElementById('box') as Element;
    expect(belongsToList(document.getElementById('shown') as Element, box)).toBe(true);
    expect(belongsToList(document.getElementById('full') as Element, box)).toBe(true);
    expect(belongsToList(document.getElementById('name') as Element, box)).toBe(false);
  });

  it('finds an option by the text of its child, only while the list is shown', () => {
    const box = document.getElementById('box') as Element;
    expect(openOption(box, ['Full Access Key'])).toBeUndefined();
    open();
    expect(openOption(box, ['Full Access Key'])?.id).toBe('full');
  });

  it('opens the list by a press, by Enter on the next try, then presses the option', () => {
    const box = document.getElementById('box') as HTMLElement;
    const seen: string[] = [];
    box.addEventListener('click', () => seen.push('click'));
    box.addEventListener('keydown', (e) => seen.push(`key ${e.key}`));
    expect(towardsOption(box, ['Full Access Key'], 0)).toBeUndefined();
    expect(towardsOption(box, ['Full Access Key'], 1)).toBeUndefined();
    expect(seen).toEqual(['click', 'key Enter']);
    open();
    let picked = false;
    document.getElementById('full')?.addEventListener('click', () => {
      picked = true;
    });
    expect(towardsOption(box, ['Full Access Key'], 2)).toBeUndefined();
    expect(picked).toBe(true);
  });

  it('scrolls an open list that does not show the option yet, until its end', () => {
    open();
    const box = document.getElementById('box') as HTMLElement;
    const list = document.getElementById('menu') as HTMLElement;
    const rows = { scrollTop: 0 };
    Object.defineProperties(list, {
      scrollHeight: { get: () => 1000 },
      clientHeight: { get: () => 250 },
      scrollTop: {
        get: () => rows.scrollTop,
        set: (v: number) => {
          rows.scrollTop = Math.min(v, 750);
        },
      },
    });
    for (const li of list.querySelectorAll('li')) li.remove();
    const steps: unknown[] = [];
    for (let i = 0; i < 6; i++) steps.push(towardsOption(box, ['Full Access Key'], 1));
    // Window by window down to the end, then no more progress: the option is not in the list.
    expect(steps).toEqual(['scrolled', 'scrolled', 'scrolled', 'scrolled', undefined, undefined]);
    expect(rows.scrollTop).toBe(750);
  });
});
