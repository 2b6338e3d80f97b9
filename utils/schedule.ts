// When the guide looks at the page again: after the page's changes (a MutationObserver that
// stops collecting once it has asked), after route changes, and when asked; at most ten times a
// second, at the start of a frame, where the style and layout that reading needs are computed
// anyway. (A hidden tab has no frames: its guide catches up when it is shown.)
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { shadowRoots } from '../lib/dom/deep';

const EVALUATE_EVERY_MS = 100;
const ROOTS_EVERY_MS = 1000;

export interface Scheduler {
  /** Evaluate at the next allowed frame. */
  soon(): void;
  /** Evaluate at the next frame, even if the page does not change (a prefill in progress). */
  later(): void;
  /** Collect the page's changes again (each evaluation calls it: it sees the page as it is). */
  watch(): void;
}

/**
 * `urgent` runs in the very task of each change (a submitted credential waiting for the page to
 * show it saved) and says whether to keep collecting changes until the evaluation.
 */
export function createScheduler(
  ctx: ContentScriptContext,
  evaluate: () => void,
  urgent: () => boolean = () => false,
): Scheduler {
  let scheduled: number | undefined;
  let lastRun = 0;
  // A plain timer: ctx.setTimeout would add an invalidation listener at every call.
  ctx.onInvalidated(() => clearTimeout(scheduled));
  function soon() {
    if (scheduled !== undefined) return;
    scheduled = window.setTimeout(
      () =>
        requestAnimationFrame(() => {
          scheduled = undefined;
          if (ctx.isInvalid) return;
          lastRun = Date.now();
          evaluate();
        }),
      Math.max(0, lastRun + EVALUATE_EVERY_MS - Date.now()),
    );
  }

  const observer = new MutationObserver(() => {
    // Until the evaluation, the page's further mutations change nothing it will not see itself:
    // stop collecting them (a busy app makes thousands a second).
    if (!urgent()) observer.disconnect();
    soon();
  });
  const options = { childList: true, subtree: true, characterData: true };
  // Web components render inside their shadow roots, which a document observer does not see.
  // Finding them walks the page: at most once a second, the roots found are watched meanwhile.
  let roots: ShadowRoot[] = [];
  let rootsAt = 0;
  let refresh: number | undefined;
  ctx.onInvalidated(() => clearTimeout(refresh));
  const watch = () => {
    observer.observe(document.documentElement, options);
    const age = Date.now() - rootsAt;
    if (age >= ROOTS_EVERY_MS) {
      roots = shadowRoots(document);
      rootsAt = Date.now();
    } else if (refresh === undefined) {
      // The page changed since the last walk: a component may have made a root since.
      refresh = window.setTimeout(() => {
        refresh = undefined;
        soon();
      }, ROOTS_EVERY_MS - age);
    }
    for (const root of roots) if (root.host.isConnected) observer.observe(root, options);
  };
  watch();
  ctx.onInvalidated(() => observer.disconnect());
  // Route changes: the Navigation API's own event where there is one (WXT's location watcher
  // parses two URLs and dispatches an event of its own at every one), else WXT's polling.
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) navigation.addEventListener('navigate', soon, { signal: ctx.signal });
  else ctx.addEventListener(window, 'wxt:locationchange', soon);

  /** The next frame, unthrottled: a prefill in progress takes one action a frame. */
  let frame: number | undefined;
  function nextFrame() {
    if (frame !== undefined) return;
    frame = requestAnimationFrame(() => {
      frame = undefined;
      if (ctx.isInvalid) return;
      lastRun = Date.now();
      evaluate();
    });
  }
  ctx.onInvalidated(() => frame !== undefined && cancelAnimationFrame(frame));

  return { soon, later: nextFrame, watch };
}
