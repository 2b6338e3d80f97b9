// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { isSelected, press, selectNative, setValue } from '../../lib/dom/fill';

describe('setValue', () => {
  it('sets the value through the native setter and fires bubbling input and change', () => {
    document.body.innerHTML = '<form><input id="f" /></form>';
    const input = document.getElementById('f') as HTMLInputElement;
    // A framework-style own property that swallows plain assignments, as React's tracker does.
    let tracked = '';
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => tracked,
      set: () => {},
    });
    const events: string[] = [];
    document.body.addEventListener('input', () => events.push('input'));
    document.body.addEventListener('change', () => events.push('change'));
    setValue(input, 'UpstackData');
    tracked = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.get!.call(
      input,
    );
    expect(tracked).toBe('UpstackData');
    expect(events).toEqual(['input', 'change']);
  });
});

describe('isSelected', () => {
  it('reads a card through its radio, and ARIA states on widgets without one', () => {
    document.body.innerHTML = `
      <label id="card"><input type="radio" name="a" /> Full Access Key</label>
      <div id="switch" role="switch" aria-checked="true"></div>
      <button id="segment" aria-pressed="false">Admin</button>
      <div id="option" role="option" aria-selected="true">Admin</div>`;
    expect(isSelected(document.getElementById('card')!)).toBe(false);
    (document.querySelector('input') as HTMLInputElement).checked = true;
    expect(isSelected(document.getElementById('card')!)).toBe(true);
    expect(isSelected(document.getElementById('switch')!)).toBe(true);
    expect(isSelected(document.getElementById('segment')!)).toBe(false);
    expect(isSelected(document.getElementById('option')!)).toBe(true);
  });
});

describe('press', () => {
  it('sends pointer and mouse down and up, then a click, as libraries expect', () => {
    document.body.innerHTML = '<div id="combo" role="combobox">Choose</div>';
    const combo = document.getElementById('combo')!;
    const seen: string[] = [];
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
      combo.addEventListener(type, (e) => seen.push(`${e.type}:${(e as MouseEvent).button}`));
    press(combo);
    expect(seen).toEqual(['pointerdown:0', 'mousedown:0', 'pointerup:0', 'mouseup:0', 'click:0']);
  });
});

describe('selectNative', () => {
  it('picks the option by its text and fires change once; false when no option fits', () => {
    document.body.innerHTML =
      '<select id="s"><option value="">Pick</option><option value="full">Full Access Key</option></select>';
    const select = document.getElementById('s') as HTMLSelectElement;
    const change = vi.fn();
    select.addEventListener('change', change);
    expect(selectNative(select, ['full access key'])).toBe(true);
    expect(select.value).toBe('full');
    expect(selectNative(select, ['Full Access Key'])).toBe(true);
    expect(change).toHaveBeenCalledTimes(1);
    expect(selectNative(select, ['Admin'])).toBe(false);
  });
});
