import { describe, expect, it } from 'vitest';
import {
  atCorner,
  besideCandidates,
  choosePlace,
  cover,
  nextCorner,
  overlaps,
  placeBeside,
} from '../../lib/ui/position';

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

describe('overlaps', () => {
  it('is true for rectangles that share area, false for ones that only touch', () => {
    expect(overlaps(at(0, 0), at(50, 20))).toBe(true);
    expect(overlaps(at(0, 0), at(100, 0))).toBe(false);
    expect(overlaps(at(0, 0), at(0, 40))).toBe(false);
    expect(overlaps(at(0, 0, 10, 10), at(-5, -5, 30, 30))).toBe(true);
  });
});

describe('corners', () => {
  it('docks the box to each corner, the margin inside', () => {
    expect(atCorner('bottom-right', panel, viewport, 16)).toEqual({ x: 944, y: 584 });
    expect(atCorner('bottom-left', panel, viewport, 16)).toEqual({ x: 16, y: 584 });
    expect(atCorner('top-left', panel, viewport, 16)).toEqual({ x: 16, y: 16 });
    expect(atCorner('top-right', panel, viewport, 16)).toEqual({ x: 944, y: 16 });
  });

  it('cycles clockwise from the bottom right', () => {
    expect(nextCorner('bottom-right')).toBe('bottom-left');
    expect(nextCorner('bottom-left')).toBe('top-left');
    expect(nextCorner('top-left')).toBe('top-right');
    expect(nextCorner('top-right')).toBe('bottom-right');
  });
});

describe('besideCandidates', () => {
  it('lists right and left (tops, then bottoms aligned), then below and above', () => {
    const points = besideCandidates(at(500, 300), panel, viewport, options);
    expect(points).toEqual([
      { x: 614, y: 300 },
      { x: 614, y: 140 },
      { x: 166, y: 300 },
      { x: 166, y: 140 },
      { x: 500, y: 354 },
      { x: 280, y: 354 },
      { x: 500, y: 86 },
      { x: 280, y: 86 },
    ]);
  });

  it('lists nothing when the panel is larger than the viewport', () => {
    expect(besideCandidates(at(10, 10), panel, { width: 300, height: 600 }, options)).toEqual([]);
  });
});

describe('choosePlace', () => {
  const chip = { width: 160, height: 40 };
  const request = { viewport, panel, chip, avoid: [], corner: 'bottom-right' as const, ...options };

  it('puts the panel beside its target', () => {
    expect(choosePlace({ ...request, target: at(100, 300) })).toEqual({
      at: { x: 214, y: 300 },
      collapsed: false,
    });
  });

  it('covers what it would rather keep clear before it collapses, never what it must not', () => {
    const everywhere = { x: 0, y: 0, width: viewport.width, height: viewport.height };
    expect(choosePlace({ ...request, corner: 'top-left', prefer: [everywhere] })).toEqual({
      at: { x: 8, y: 8 },
      collapsed: false,
    });
    expect(choosePlace({ ...request, avoid: [everywhere] }).collapsed).toBe(true);
  });

  it("docks to the merchant's corner when there is no target", () => {
    expect(choosePlace({ ...request, corner: 'top-left' })).toEqual({
      at: { x: 8, y: 8 },
      collapsed: false,
    });
  });

  it('skips a place beside the target that would cover something to avoid', () => {
    // The right side would cover the field at 300,300; the left side is free.
    const placed = choosePlace({ ...request, target: at(700, 300), avoid: [at(900, 320)] });
    expect(placed).toEqual({ at: { x: 366, y: 300 }, collapsed: false });
  });

  it('docks to the next free corner when nothing beside the target is free', () => {
    const target = at(8, 8, 1264, 400); // the full width: no side, below covers the key
    const key = at(8, 420, 1264, 100);
    const placed = choosePlace({ ...request, target, avoid: [key] });
    expect(placed).toEqual({ at: { x: 952, y: 592 }, collapsed: false });
    // A key at the bottom right too: the bottom left is next.
    const copy = at(1000, 700, 100, 40);
    expect(choosePlace({ ...request, target, avoid: [key, copy] })).toEqual({
      at: { x: 8, y: 592 },
      collapsed: false,
    });
  });

  it('never covers the target or what it avoids, wherever they are', () => {
    const small = { width: 800, height: 600 };
    for (let x = 0; x < 800; x += 97)
      for (let y = 0; y < 600; y += 83) {
        const target = at(x, y, 120, 36);
        const avoid = [at((x + 300) % 800, (y + 200) % 600, 200, 60)];
        const placed = choosePlace({ ...request, viewport: small, target, avoid });
        const box = { ...placed.at, ...(placed.collapsed ? chip : panel) };
        expect(overlaps(box, target)).toBe(false);
        expect(overlaps(box, avoid[0] as ReturnType<typeof at>)).toBe(false);
        expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= 800).toBe(true);
        expect(box.y + box.height <= 600).toBe(true);
      }
  });

  it('tries the corners first when the merchant moved the panel to one', () => {
    expect(choosePlace({ ...request, target: at(100, 300), cornerFirst: true })).toEqual({
      at: { x: 952, y: 592 },
      collapsed: false,
    });
  });

  it('collapses to the chip in a free corner when the panel fits nowhere', () => {
    const tiny = { width: 640, height: 400 };
    const form = at(100, 40, 440, 300);
    const placed = choosePlace({
      ...request,
      viewport: tiny,
      panel: { width: 320, height: 300 },
      target: form,
    });
    expect(placed).toEqual({ at: { x: 472, y: 352 }, collapsed: true });
    // The bottom right taken as well: the chip goes to the next corner that is free.
    const save = at(460, 340, 120, 40);
    expect(
      choosePlace({
        ...request,
        viewport: tiny,
        panel: { width: 320, height: 300 },
        target: form,
        avoid: [save],
      }),
    ).toEqual({ at: { x: 8, y: 352 }, collapsed: true });
  });

  it('shortens the panel (down to its least height) rather than collapse, to the tallest that fits', () => {
    // A key page in a 682 px high window: the key's box and Copy button across the middle, the
    // full panel (480 px) fits neither beside it nor in a corner.
    const window = { width: 1366, height: 682 };
    const key = at(284, 147, 760, 48);
    const copy = at(284, 203, 124, 24);
    const tall = { ...request, viewport: window, panel: { width: 320, height: 480 }, target: key };
    expect(choosePlace({ ...tall, avoid: [copy] }).collapsed).toBe(true);
    const placed = choosePlace({ ...tall, avoid: [copy], minHeight: 200 });
    expect(placed).toEqual({ at: { x: 1038, y: 202 }, collapsed: false, height: 472 });
    const box = { ...placed.at, width: 320, height: 472 };
    expect(overlaps(box, key) || overlaps(box, copy)).toBe(false);
    // Not even its least height fits: the chip.
    expect(choosePlace({ ...tall, avoid: [copy], minHeight: 476 }).collapsed).toBe(true);
  });

  it('asks for the chip alone with an infinite panel, whatever its least height', () => {
    const infinite = { width: Number.POSITIVE_INFINITY, height: Number.POSITIVE_INFINITY };
    expect(choosePlace({ ...request, panel: infinite, minHeight: 200 }).collapsed).toBe(true);
  });

  it('collapses when the panel is larger than the viewport', () => {
    const placed = choosePlace({ ...request, viewport: { width: 300, height: 200 } });
    expect(placed.collapsed).toBe(true);
  });
});
