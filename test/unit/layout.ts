// happy-dom computes no layout: every box is empty. This gives elements a 100×20 box at the top
// of a 1000×800 viewport unless CSS hides them (display, visibility, opacity on the element or
// an ancestor, or the hidden attribute), or `data-box="x,y,w,h"` places them elsewhere.
// Real layout is tested in the browser, by the e2e suite.

function hiddenByCss(el: Element): boolean {
  for (
    let at: Element | null = el;
    at;
    at = at.parentElement ?? (at.getRootNode() as ShadowRoot).host ?? null
  ) {
    if (at.hasAttribute('hidden')) return true;
    const style = (at as HTMLElement).style;
    if (style?.display === 'none' || style?.visibility === 'hidden' || style?.opacity === '0')
      return true;
  }
  return false;
}

export function fakeLayout() {
  const proto = Element.prototype as Element & { checkVisibility?: unknown };
  proto.checkVisibility = function (this: Element) {
    return !hiddenByCss(this);
  };
  proto.getBoundingClientRect = function (this: Element) {
    const [x = 0, y = 0, w = 100, h = 20] = (this.getAttribute('data-box') ?? '')
      .split(',')
      .filter(Boolean)
      .map(Number);
    const size = hiddenByCss(this) ? [0, 0] : [w, h];
    return {
      x,
      y,
      left: x,
      top: y,
      width: size[0],
      height: size[1],
      right: x + (size[0] ?? 0),
      bottom: y + (size[1] ?? 0),
      toJSON() {},
    } as DOMRect;
  };
  Object.defineProperty(window, 'innerWidth', { value: 1000, configurable: true });
  Object.defineProperty(window, 'innerHeight', { value: 800, configurable: true });
}
