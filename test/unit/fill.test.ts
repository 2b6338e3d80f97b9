// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { choose, setValue } from '../../lib/dom/fill';

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

describe('choose', () => {
  it('clicks a card once and leaves a selected one alone', () => {
    document.body.innerHTML =
      '<label id="card"><input type="radio" name="a" /> Full Access Key</label>';
    const card = document.getElementById('card')!;
    const radio = card.querySelector('input') as HTMLInputElement;
    const change = vi.fn();
    radio.addEventListener('change', change);
    choose(card);
    expect(radio.checked).toBe(true);
    choose(card);
    expect(change).toHaveBeenCalledTimes(1);
  });
});
