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

/** Vuetify's v-select as it renders: a readonly input (here showing nothing, the title in a
 * sibling span, as a selection slot draws it) beside a hidden native <select> kept for
 * autofill; aria-controls names the v-menu, whose content holds the role=listbox list. */
function vuetifySelect(shown: string, menu: 'closed' | 'entering' | 'open' | 'leaving') {
  const expanded = menu === 'entering' || menu === 'open';
  const style = menu === 'closed' ? 'display: none' : menu === 'entering' ? 'opacity: 0' : '';
  document.body.innerHTML = `
    <div class="v-input"><label for="nick">Nickname</label><input id="nick" /></div>
    <div class="v-select"><div class="v-field" role="combobox" aria-expanded="${expanded}"
      aria-controls="menu-1"><label id="lab" for="box">Access Type</label>
      <div class="v-field__input">
        <select hidden name="access-type"><option value="admin"></option></select>
        <span id="shown">${shown}</span>
        <input id="box" role="combobox" readonly aria-labelledby="lab"
          aria-expanded="${expanded}" aria-controls="menu-1" />
      </div></div></div>
    <div class="v-overlay-container"><div id="menu-1" class="v-menu" style="${style}">
      <div class="v-overlay__content"><div role="listbox" id="list">
        <div role="option" id="admin"><div>Admin</div></div>
        <div role="option" id="integrations"><div>Integrations</div></div>
      </div></div></div></div>`;
}

const box = () => document.getElementById('box') as HTMLElement;
const pressesOf = (id: string) => {
  const seen: string[] = [];
  document.getElementById(id)?.addEventListener('click', () => seen.push('click'));
  return seen;
};

describe('a select that keeps a hidden native select and names a wrapper of its listbox', () => {
  it('reads the value shown beside its input: the hidden select is not another field', () => {
    vuetifySelect('Admin', 'closed');
    expect(shownValue(box())).toContain('admin');
    vuetifySelect('', 'closed');
    expect(shownValue(box())).not.toContain('admin');
  });

  it('follows aria-controls to the listbox inside the popup it names', () => {
    vuetifySelect('', 'open');
    const list = document.getElementById('list') as HTMLElement;
    Object.defineProperties(list, {
      scrollHeight: { get: () => 400 },
      clientHeight: { get: () => 100 },
    });
    const combo = pressesOf('box');
    // The option is not among the rendered rows: the list it controls is scrolled, the
    // combobox is not pressed again (that would close it).
    expect(towardsOption(box(), ['Transactional API User'], 1)).toBe('scrolled');
    expect(combo).toEqual([]);
    const admin = pressesOf('admin');
    expect(towardsOption(box(), ['Admin'], 2)).toBeUndefined();
    expect(admin).toEqual(['click']);
  });

  it('waits while its popup fades in instead of pressing the combobox again', () => {
    vuetifySelect('', 'entering');
    const combo = pressesOf('box');
    expect(openOption(box(), ['Admin'])).toBeUndefined();
    expect(towardsOption(box(), ['Admin'], 1)).toBeUndefined();
    expect(towardsOption(box(), ['Admin'], 2)).toBeUndefined();
    expect(combo).toEqual([]);
  });

  it('does not press an option again while the list fades out after a choice', () => {
    vuetifySelect('', 'leaving');
    const admin = pressesOf('admin');
    const combo = pressesOf('box');
    expect(openOption(box(), ['Admin'])?.id).toBe('admin');
    expect(towardsOption(box(), ['Admin'], 2)).toBeUndefined();
    expect(admin).toEqual([]);
    expect(combo).toEqual([]);
  });

  it('opens the list by a press once it is gone', () => {
    vuetifySelect('', 'closed');
    const combo = pressesOf('box');
    expect(towardsOption(box(), ['Admin'], 0)).toBeUndefined();
    expect(combo).toEqual(['click']);
  });
});
