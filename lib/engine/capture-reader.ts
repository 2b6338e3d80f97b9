// What the armed capture reads of the page, and when: every subtree the page adds or text it
// changes (a MutationObserver over the document and the open shadow roots met), every field's
// value (set as DOM properties by Vue and Angular, which fire no mutation) and the recipe's hints
// on a poll, each pass stopping at its time budget with the rest left for the next frame. It
// decides nothing: each sighting goes to `judge`. All it holds is bounded, and let go on stop.
import { pageText, type Sighting, shownBy } from './page-text';

/** Field values and hints are polled this often. */
export const POLL_MS = 250;
/** At most this many nodes are read per pass; the rest waits for the next frame. */
const NODE_BUDGET = 4000;
/** A pass stops after this many milliseconds; the rest waits for the next frame. */
const TIME_BUDGET_MS = 8;
/** Elements matching the recipe's hints read per poll, at most (a page can hold thousands). */
const MAX_HINTS = 1000;
/** Sightings read and not judged yet, at most (a page that outruns the passes loses the oldest). */
const MAX_QUEUE = 8192;

export interface Reader {
  /** Starts polling (what changes is read from the first `collect`); `tick` runs each poll. */
  start(tick: () => void): void;
  /** Stops reading and lets go of every node and shadow root held. */
  stop(): void;
  /** Reads what changed now (and `extra`), within the budget. */
  pass(extra?: Sighting[]): void;
  /** Everything under `root` (bounded), open shadow roots included. */
  collect(root: Node, out: Sighting[], budget?: number): void;
  /** Every field's value, and what every element matching `css` shows. */
  fields(out: Sighting[], css?: string): void;
  matching(css: string | undefined): Element[];
}

export interface ReaderHooks {
  hintCss: string | undefined;
  /** Whether a pass may run (armed); when not, the reader stops. */
  armed(): boolean;
  /** Nothing more read can matter (the question is already "too many"). */
  done(): boolean;
  /** A subtree the page added. */
  added(node: Node): void;
  judge(sighting: Sighting): void;
  /** What the hints show, when polled, after the pass (until: the pass's deadline). */
  hinted(hints: Element[], until: number): void;
}

export function createReader(hooks: ReaderHooks): Reader {
  const pending = new Set<Node>();
  let queue: Sighting[] = [];
  /** What each field and hint element showed when last judged: unchanged, not judged again. */
  let lastShown = new WeakMap<Element, string>();
  let frame: number | undefined;
  let passedThisFrame = false;
  let poll: number | undefined;
  let hintsDue = false;
  let observed = new WeakSet<Node>();

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') pending.add(record.target);
      for (const node of Array.from(record.addedNodes)) {
        hooks.added(node);
        pending.add(node);
      }
    }
    // Read in the same task the key appears in, once a frame; later changes wait for the next.
    if (passedThisFrame) schedule();
    else pass();
  });
  const page = pageText((root) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  });

  function schedule() {
    if (frame !== undefined) return;
    frame = requestAnimationFrame(() => {
      frame = undefined;
      pass();
    });
  }

  function stop() {
    observer.disconnect();
    observed = new WeakSet();
    if (poll !== undefined) clearInterval(poll);
    if (frame !== undefined) cancelAnimationFrame(frame);
    poll = frame = undefined;
    pending.clear();
    queue = [];
    page.reset();
  }

  /** Fields and hints whose value changed since they were last judged. */
  const changedOnly = (sightings: Sighting[]) =>
    sightings.filter(({ el, text }) => {
      if (lastShown.get(el) === text) return false;
      lastShown.set(el, text);
      return true;
    });

  function pass(extra: Sighting[] = []) {
    if (!hooks.armed()) return stop();
    const hints = hintsDue;
    hintsDue = false;
    const until = performance.now() + TIME_BUDGET_MS;
    if (!passedThisFrame) {
      passedThisFrame = true;
      requestAnimationFrame(() => {
        passedThisFrame = false;
      });
    }
    if (hooks.done()) {
      pending.clear();
      queue = [];
      return;
    }
    queue.push(...extra);
    const budget = { left: NODE_BUDGET };
    for (const node of pending) {
      pending.delete(node);
      if (!node.isConnected) continue;
      page.collect(node, queue, budget);
      if (budget.left < 0 || performance.now() > until) break;
    }
    const current: Sighting[] = [];
    page.fields(current);
    const hinted = hints ? page.matching(hooks.hintCss).slice(0, MAX_HINTS) : [];
    for (const el of hinted) current.push({ text: shownBy(el), el });
    queue.push(...changedOnly(current));
    if (queue.length > MAX_QUEUE) queue = queue.slice(-MAX_QUEUE);
    let done = 0;
    while (done < queue.length && !hooks.done()) {
      hooks.judge(queue[done++] as Sighting);
      // The clock is read every few sightings: a pattern test costs far less than reading it.
      if (done % 16 === 0 && performance.now() > until) break;
    }
    queue = done < queue.length ? queue.slice(done) : [];
    if (pending.size > 0 || queue.length > 0) schedule(); // the rest next frame
    if (hints) hooks.hinted(hinted, until);
  }

  return {
    start(tick) {
      if (poll !== undefined) clearInterval(poll);
      lastShown = new WeakMap();
      poll = window.setInterval(() => {
        tick();
        hintsDue = true;
        schedule();
      }, POLL_MS);
    },
    stop,
    pass,
    collect(root, out, budget = 50_000) {
      page.collect(root, out, { left: budget });
    },
    fields: (out, css) => page.fields(out, css),
    matching: page.matching,
  };
}
