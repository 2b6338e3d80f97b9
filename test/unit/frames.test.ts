// lib/dom/frames.ts with stand-in frames: which frame documents are read (same origin only) and
// where a framed element is in the top viewport.
import { describe, expect, it } from 'vitest';
import { frameDocument, viewportRect } from '../../lib/dom/frames';

const box = (x: number, y: number, width = 10, height = 10) => ({
  x,
  y,
  left: x,
  top: y,
  width,
  height,
});

function doc(origin: string, frameElement: unknown = null) {
  return {
    URL: `${origin}/page`,
    documentElement: {},
    defaultView: {
      origin,
      frameElement,
      getComputedStyle: () => ({ paddingLeft: '8px', paddingTop: '8px' }),
    },
  };
}

function frame(parent: unknown, content: unknown, at = box(100, 50, 400, 300)) {
  return {
    localName: 'iframe',
    ownerDocument: parent,
    contentDocument: content,
    clientLeft: 1,
    clientTop: 1,
    getBoundingClientRect: () => at,
  };
}

describe('frameDocument', () => {
  const top = doc('https://app.omnisend.com');
  it('reads a frame of the same origin', () => {
    const inner = doc('https://app.omnisend.com');
    expect(frameDocument(frame(top, inner) as unknown as Element)).toBe(inner);
  });
  it('never reads a frame of another origin, even where the browser would hand it over', () => {
    const foreign = doc('https://example.com');
    expect(frameDocument(frame(top, foreign) as unknown as Element)).toBeNull();
    expect(frameDocument(frame(top, null) as unknown as Element)).toBeNull();
  });
  it('never reads a sandboxed (opaque origin) frame', () => {
    const opaque = doc('null');
    expect(frameDocument(frame(top, opaque) as unknown as Element)).toBeNull();
  });
  it('is null for what is not a frame', () => {
    const div = { ...frame(top, doc('https://app.omnisend.com')), localName: 'div' };
    expect(frameDocument(div as unknown as Element)).toBeNull();
  });
});

describe('viewportRect', () => {
  it('adds the offsets of every frame the element is in (border and padding included)', () => {
    const top = doc('https://a.test');
    const outer = frame(top, null, box(100, 50, 600, 500));
    const middle = doc('https://a.test', outer);
    const inner = frame(middle, null, box(20, 30, 400, 300));
    const app = doc('https://a.test', inner);
    const el = { ownerDocument: app, getBoundingClientRect: () => box(5, 6, 70, 20) };
    expect(viewportRect(el as unknown as Element)).toEqual({
      x: 5 + (20 + 1 + 8) + (100 + 1 + 8),
      y: 6 + (30 + 1 + 8) + (50 + 1 + 8),
      width: 70,
      height: 20,
    });
  });
  it('is the element’s own box in the top frame', () => {
    const el = { ownerDocument: doc('https://a.test'), getBoundingClientRect: () => box(5, 6) };
    expect(viewportRect(el as unknown as Element)).toEqual({ x: 5, y: 6, width: 10, height: 10 });
  });
});
