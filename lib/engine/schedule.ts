// When the guide looks at the page again: after a change that may matter to it (mayMatter: the
// test costs what the change costs, never what the page weighs), after route changes, and when
// asked; at most ten times a second, at the start of a frame, where the style and layout that
// reading needs are computed anyway. (A hidden tab has no frames: its guide catches up when
// it is shown.) It also keeps the list of the page's open shadow roots and same-origin frame
// documents that lookups use, and looks again when a frame loads a document.
import { type InnerRoot, shadowRoots } from '../dom/deep';
import type { Lifetime } from './lifetime';
import { onRouteChange } from './route-changes';

const EVALUATE_EVERY_MS = 100;
const ROOTS_EVERY_MS = 1000;

export interface Scheduler {
  /** Evaluate at the next allowed frame. */
  soon(): void;
  /** Evaluate at the next frame, even if the page does not change (a prefill in progress). */
  later(): void;
  /** Called by each evaluation: the page's open shadow roots, watched too. */
  watch(): readonly InnerRoot[];
  /** Stops watching (the guide ended). */
  stop(): void;
}

/**
 * `mayMatter` says whether a batch of the page's changes can change what the guide shows.
 * `urgent` runs in the very task of each change (a submitted credential waiting for the page to
 * show it saved) and says whether to keep collecting changes until the evaluation.
 */
export function createScheduler(
  ctx: Lifetime,
  evaluate: () => void,
  mayMatter: (records: MutationRecord[]) => boolean,
  urgent: () => boolean = () => false,
): Scheduler {
  const life = new AbortController();
  ctx.onInvalidated(() => life.abort());
  let scheduled: number | undefined;
  let lastRun = 0;
  const run = () => {
    if (life.signal.aborted) return;
    lastRun = Date.now();
    evaluate();
  };
  function soon() {
    if (scheduled !== undefined || life.signal.aborted) return;
    scheduled = window.setTimeout(
      () =>
        requestAnimationFrame(() => {
          scheduled = undefined;
          run();
        }),
      Math.max(0, lastRun + EVALUATE_EVERY_MS - Date.now()),
    );
  }

  const options = { childList: true, subtree: true, characterData: true };
  /** Roots found since the last walk, in subtrees the page added. */
  let roots: InnerRoot[] = [];
  let rootsAt = 0;
  const observer = new MutationObserver((records) => {
    // An evaluation is on its way and nothing needs this task (a submitted credential does):
    // stop collecting until it runs; it looks at the page as it is then, shadow roots included.
    const needed = urgent();
    if (scheduled !== undefined && !needed) {
      observer.disconnect();
      rootsAt = 0;
      return;
    }
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType !== 1) continue;
        const el = node as Element;
        // A web component renders in its own root: watch it from now on.
        for (const root of [el.shadowRoot, ...(el.firstElementChild ? shadowRoots(el) : [])]) {
          if (!root || roots.includes(root)) continue;
          roots.push(root);
          observer.observe(root, options);
        }
      }
    }
    if (mayMatter(records)) soon();
  });
  // A component upgraded late makes its root without a mutation: the page is walked for roots
  // again at an evaluation a second or more after the last walk (at once after a pause).
  const watch = () => {
    if (Date.now() - rootsAt < ROOTS_EVERY_MS) return roots;
    rootsAt = Date.now();
    observer.disconnect();
    observer.observe(document.documentElement, options);
    roots = shadowRoots(document);
    for (const root of roots) {
      observer.observe(root, options);
      // A frame in a frame: its load is seen in its parent's document (load does not bubble).
      if (root.nodeType === 9) root.addEventListener('load', frameLoaded, listen);
    }
    return roots;
  };
  /** A frame loaded a document (a new one, no mutation says so): walk for roots at once. */
  function frameLoaded(event: Event) {
    const name = (event.target as Element | null)?.localName;
    if (name !== 'iframe' && name !== 'frame') return;
    rootsAt = 0;
    soon();
  }
  const listen = { capture: true, signal: life.signal };
  document.addEventListener('load', frameLoaded, listen);
  watch();
  life.signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(scheduled);
    if (frame !== undefined) cancelAnimationFrame(frame);
  });
  onRouteChange(life.signal, soon);

  /** The next frame, unthrottled: a prefill in progress takes one action a frame. */
  let frame: number | undefined;
  function later() {
    if (frame !== undefined || life.signal.aborted) return;
    frame = requestAnimationFrame(() => {
      frame = undefined;
      run();
    });
  }

  return { soon, later, watch, stop: () => life.abort() };
}
