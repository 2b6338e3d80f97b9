// @vitest-environment happy-dom
// What a sighting of a key needs besides being rendered (lib/dom/visible.ts): the pure checks,
// and the computed style read along the flat tree. Real layout and painting: the e2e attack
// specs (test/e2e/security/attacks.spec.ts).
import { describe, expect, it } from 'vitest';
import {
  clipsAway,
  colorAlpha,
  filterOpacity,
  type Look,
  legible,
  lookOf,
} from '../../lib/dom/visible';

const LOOK: Look = {
  opacity: 1,
  visibility: 'visible',
  fontSize: 14,
  color: 'rgb(0, 0, 0)',
  fill: 'rgb(0, 0, 0)',
  clipped: false,
};
const BOX = { width: 300, height: 18 };

describe('colorAlpha', () => {
  it('reads the alpha of the colour forms a computed style returns', () => {
    expect(colorAlpha('rgb(12, 34, 56)')).toBe(1);
    expect(colorAlpha('rgba(12, 34, 56, 0.25)')).toBe(0.25);
    expect(colorAlpha('rgba(0, 0, 0, 0)')).toBe(0);
    expect(colorAlpha('rgb(12 34 56 / 40%)')).toBe(0.4);
    expect(colorAlpha('color(srgb 0.1 0.2 0.3 / 0.05)')).toBe(0.05);
    expect(colorAlpha('transparent')).toBe(0);
    expect(colorAlpha('hsla(120, 50%, 50%, 0.5)')).toBe(0.5);
    expect(colorAlpha('')).toBe(1);
  });
});

describe('filterOpacity', () => {
  it('multiplies the opacity() functions of a filter', () => {
    expect(filterOpacity('none')).toBe(1);
    expect(filterOpacity('opacity(0.1)')).toBeCloseTo(0.1);
    expect(filterOpacity('blur(1px) opacity(50%) opacity(0.5)')).toBeCloseTo(0.25);
  });
});

describe('clipsAway', () => {
  const positioned = { clipPath: 'none', position: 'absolute' };
  it('finds the sr-only clips that leave nothing of the box', () => {
    expect(clipsAway({ ...positioned, clip: 'rect(0px, 0px, 0px, 0px)' })).toBe(true);
    expect(clipsAway({ ...positioned, clip: 'rect(1px, 1px, 1px, 1px)' })).toBe(true);
    expect(clipsAway({ ...positioned, clip: 'rect(0px 0px 0px 0px)' })).toBe(true);
    expect(clipsAway({ clip: 'auto', clipPath: 'inset(100%)', position: 'static' })).toBe(true);
    expect(clipsAway({ clip: 'auto', clipPath: 'inset(50%)', position: 'static' })).toBe(true);
    expect(clipsAway({ clip: 'auto', clipPath: 'inset(0px 0px 100%)', position: 'static' })).toBe(
      true,
    );
  });

  it('lets a box through that keeps an area, or a clip that does not apply', () => {
    expect(clipsAway({ ...positioned, clip: 'auto' })).toBe(false);
    expect(clipsAway({ ...positioned, clip: 'rect(0px, 300px, 20px, 0px)' })).toBe(false);
    expect(
      clipsAway({ clip: 'rect(0px, 0px, 0px, 0px)', clipPath: 'none', position: 'static' }),
    ).toBe(false);
    expect(clipsAway({ clip: 'auto', clipPath: 'inset(10%)', position: 'static' })).toBe(false);
    expect(clipsAway({ clip: 'auto', clipPath: 'inset(4px round 8px)', position: 'static' })).toBe(
      false,
    );
  });
});

describe('legible', () => {
  it('takes a plain text and a plain field', () => {
    expect(legible(LOOK, BOX, true)).toBe(true);
    expect(legible(LOOK, BOX, false)).toBe(true);
  });

  it('refuses what a person cannot read', () => {
    const refused: [string, Partial<Look>, { width: number; height: number }?][] = [
      ['nearly transparent', { opacity: 0.05 }],
      ['under half opaque', { opacity: 0.49 }],
      ['visibility hidden', { visibility: 'hidden' }],
      ['clipped away', { clipped: true }],
      ['a 1 px font', { fontSize: 1 }],
      ['a 7 px font', { fontSize: 7 }],
      ['transparent text', { color: 'rgba(0, 0, 0, 0)' }],
      ['faint text', { color: 'rgba(0, 0, 0, 0.2)' }],
      ['a transparent text fill', { fill: 'rgba(0, 0, 0, 0)' }],
      ['a box 1 px high', {}, { width: 300, height: 1 }],
      ['a box 3 px wide', {}, { width: 3, height: 18 }],
    ];
    for (const [what, look, box] of refused)
      expect(legible({ ...LOOK, ...look }, box ?? BOX, true), what).toBe(false);
  });

  it('counts a field by its box, not its text style', () => {
    expect(legible({ ...LOOK, fontSize: 1, color: 'transparent' }, BOX, false)).toBe(true);
    expect(legible({ ...LOOK, opacity: 0.05 }, BOX, false)).toBe(false);
    expect(legible(LOOK, { width: 2, height: 2 }, false)).toBe(false);
  });
});

describe('lookOf', () => {
  it('multiplies opacity along the ancestors, across a shadow host and into a slot', () => {
    document.body.innerHTML = `
      <div id="outer" style="opacity: 0.6">
        <key-card id="host"><code id="slotted">value</code></key-card>
      </div>`;
    const host = document.getElementById('host')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML =
      '<div id="inner" style="opacity: 0.5"><slot></slot><code id="own">x</code></div>';
    const own = root.getElementById('own')!;
    expect(lookOf(own).opacity).toBeCloseTo(0.3);
    // A slotted element is painted where its slot is: inside the faded shadow tree (happy-dom
    // does not assign slots: the browser's answer is given here).
    const slotted = document.getElementById('slotted')!;
    Object.defineProperty(slotted, 'assignedSlot', { value: root.querySelector('slot') });
    expect(lookOf(slotted).opacity).toBeCloseTo(0.3);
  });

  it("reads the element's own text style and visibility", () => {
    document.body.innerHTML =
      '<p id="p" style="font-size: 2px; color: transparent; visibility: hidden">x</p>';
    const look = lookOf(document.getElementById('p')!);
    expect(look.fontSize).toBe(2);
    expect(colorAlpha(look.color)).toBe(0);
    expect(look.visibility).toBe('hidden');
  });
});
