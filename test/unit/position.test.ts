import { describe, expect, it } from 'vitest';
import { cover, placeBeside } from '../../lib/position';

const viewport = { width: 1280, height: 800 };
const panel = { width: 320, height: 200 };
const options = { gap: 14, padding: 8 };
const at = (x: number, y: number, width = 100, height = 40) => ({ x, y, width, height });

describe('placeBeside', () => {
  it('puts the panel to the right of the target, tops aligned, when it fits', () => {
    expect(placeBeside(at(100, 300), panel, viewport, options)).toEqual({ x: 214, y: 300 });
  });

  it('fits exactly up to the padding on the right', () => {
    // 1280 - 8 - 320 - 14 - 100 = 838: the panel ends at 1272.
    expect(placeBeside(at(838, 300), panel, viewport, options)).toEqual({ x: 952, y: 300 });
  });

  it('flips to the left when the right side has no room', () => {
    expect(placeBeside(at(1000, 300), panel, viewport, options)).toEqual({ x: 666, y: 300 });
  });

  it('goes below, left edges aligned, when neither side has room', () => {
    const wide = at(100, 100, 1000, 40);
    expect(placeBeside(wide, panel, viewport, options)).toEqual({ x: 100, y: 154 });
  });

  it('goes above when neither side nor below has room', () => {
    const wideLow = at(100, 500, 1000, 200);
    expect(placeBeside(wideLow, panel, viewport, options)).toEqual({ x: 100, y: 286 });
  });

  it('stays to the right, shifted inside the viewport, when no side has room', () => {
    const huge = at(0, 0, 1280, 800);
    expect(placeBeside(huge, panel, viewport, options)).toEqual({ x: 952, y: 8 });
  });

  it('shifts up to stay inside the viewport near the bottom edge', () => {
    expect(placeBeside(at(100, 760), panel, viewport, options)).toEqual({ x: 214, y: 592 });
  });

  it('shifts down when the target is scrolled partly above the viewport', () => {
    expect(placeBeside(at(100, -20), panel, viewport, options)).toEqual({ x: 214, y: 8 });
  });

  it('shifts a panel placed below back inside near the left and right edges', () => {
    const small = { width: 400, height: 800 };
    // Neither side of these targets has 320 px to spare in 400: below they go.
    expect(placeBeside(at(-60, 100, 200, 40), panel, small, options)).toEqual({ x: 8, y: 154 });
    expect(placeBeside(at(300, 100), panel, small, options)).toEqual({ x: 72, y: 154 });
  });

  it('keeps the top-left corner on screen when the panel is larger than the viewport', () => {
    const tiny = { width: 200, height: 100 };
    expect(placeBeside(at(50, 50, 20, 20), panel, tiny, options)).toEqual({ x: 8, y: 8 });
  });
});

describe('cover', () => {
  it('grows the target by the padding on every side', () => {
    expect(cover(at(100, 300), 4)).toEqual({ x: 96, y: 296, width: 108, height: 48 });
  });

  it('follows a target partly off screen', () => {
    expect(cover(at(-10, -5, 50, 20), 4)).toEqual({ x: -14, y: -9, width: 58, height: 28 });
  });
});
