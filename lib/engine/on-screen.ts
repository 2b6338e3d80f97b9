// Tells when an element is on screen, read after the browser's own layout from an
// IntersectionObserver: reading a box from our own task would force a layout of the whole page
// there (tens of milliseconds on a big page that changes all the time). An element counts once
// it is also legible (lib/dom/visible.ts): read here for the few elements watched, not per page.
import { isLegible, isRendered } from '../dom/visible';

export interface OnScreen<T> {
  /** Reports `item` once `el` is rendered, legible and on screen (once per element). */
  watch(el: Element, item: T): void;
  /** Asks again about every element still waiting (a dialog fading in changes no intersection). */
  recheck(): void;
  /** Stops watching the oldest element whose items `which` picks: whether one was. */
  evict(which: (items: T[]) => boolean): boolean;
  clear(): void;
  /** Elements waiting (the caller bounds it). */
  readonly size: number;
}

/** `seen` hears, for each batch the browser reports, every element now on screen with its items. */
export function onScreen<T>(seen: (found: { el: Element; items: T[] }[]) => void): OnScreen<T> {
  const waiting = new Map<Element, T[]>();
  const io = new IntersectionObserver((entries) => {
    const found: { el: Element; items: T[] }[] = [];
    for (const entry of entries) {
      const items = waiting.get(entry.target);
      const box = entry.intersectionRect;
      // Layout is clean here: the style checks (opacity, visibility, inert) cost little.
      if (!items || !entry.isIntersecting || box.width === 0 || box.height === 0) continue;
      // Not yet (a dialog fading in): asked again at the next recheck.
      if (!isRendered(entry.target) || !isLegible(entry.target, box)) continue;
      waiting.delete(entry.target);
      io.unobserve(entry.target);
      found.push({ el: entry.target, items });
    }
    if (found.length) seen(found);
  });
  return {
    watch(el, item) {
      const items = waiting.get(el);
      if (items) return void items.push(item);
      waiting.set(el, [item]);
      io.observe(el);
    },
    recheck() {
      for (const el of waiting.keys()) {
        io.unobserve(el);
        if (el.isConnected) io.observe(el);
        else waiting.delete(el);
      }
    },
    evict(which) {
      for (const [el, items] of waiting) {
        if (!which(items)) continue;
        waiting.delete(el);
        io.unobserve(el);
        return true;
      }
      return false;
    },
    clear() {
      io.disconnect();
      waiting.clear();
    },
    get size() {
      return waiting.size;
    },
  };
}
