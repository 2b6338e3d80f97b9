// The armed capture: after the merchant's own click on the provider's create control, find the
// one-time secret wherever the page renders it (text or field value, portalled dialogs and open
// shadow roots included), as a secret scanner finds tokens (lib/key/scan.ts). Only values that
// appear or change after the click count; a value already on screen then is never the new key.
// A dialog or popover already open at the click (a support widget) is no place the key opened
// in, and only a legible value on screen counts (lib/engine/on-screen.ts). A hostile page that
// churns key-shaped text gets a few milliseconds a frame: each pass stops at its time budget.

import { closestAcross, containsAcross, isElement, OWN_HOST } from '../dom/deep';
import { isLegible, isOnScreen, isRendered } from '../dom/visible';
import { decide, hasShape, keyShaped, tokens, type Verdict } from '../key/scan';
import type { Recipe, SecretField } from '../recipes/schema';
import type { Lifetime } from './lifetime';
import { onScreen } from './on-screen';
import { isField, pageText, type Sighting, shownBy } from './page-text';

/** A capture's conclusion: one key or several (lib/key/scan.ts), or, when nothing of the key's shape
 * appeared, what the page shows where the key belongs (for the background to say why not). */
export type Finding = Verdict | { kind: 'near'; value: string };

/** How long a click arms the capture. */
export const ARMED_MS = 120_000;
/** Field values are set as DOM properties (Vue, Angular) and fire no mutation: poll them. */
const POLL_MS = 250;
/** At most this many nodes are read per pass; the rest waits for the next frame. */
const NODE_BUDGET = 4000;
/** A pass stops after this many milliseconds; the rest waits for the next frame. */
const TIME_BUDGET_MS = 8;
/** Texts found to hold nothing of the key's shape, remembered (then forgotten all at once). */
const MAX_REJECTED = 2048;
/** Elements matching the recipe's hints read per poll, at most (a page can hold thousands). */
const MAX_HINTS = 1000;
/** New values of the key's shape kept per arming, at most. */
const MAX_SEEN = 16;
/** How long a value where the key belongs, not of its shape, waits for the real key (a masked
 * key with a Show toggle) before the merchant is told why it is not one. */
const NEAR_MS = 1500;
/** Such values watched at once, at most. */
const MAX_NEAR = 4;
/** Where a dialog or panel that shows a key lives. */
const REGION = 'dialog, [role=dialog], [role=alertdialog], [aria-modal=true], [popover]';

/** The values of the key's shape a sighting shows: a field's value is one value as a whole
 * (trimmed), never split into words; a text is scanned for words of a distinctive shape. */
function shaped(field: SecretField, { text, el }: Sighting, cap: number): string[] {
  const value = text.trim();
  if (isField(el)) return hasShape(field, value) ? [value] : [];
  if (field.distinctive) return keyShaped(field, [text], cap);
  // A loose shape: the element's whole text, or its one word of the shape (a key with a space
  // inside reads as two such words: that is no key, and the merchant is told why).
  if (hasShape(field, value)) return [value];
  const words = keyShaped(field, [text], 2);
  return words.length === 1 ? words : [];
}

/** Where a copy button keeps what it copies. */
function copyAttributes(button: Element): string[] {
  return ['data-clipboard-text', 'data-copy', 'data-value', 'value']
    .map((name) => button.getAttribute(name))
    .filter((value): value is string => !!value);
}

export interface Capture {
  /** The merchant's own click on the create control: look for the new key for a while. */
  arm(): void;
  /** Stops looking (the guide ended). */
  disarm(): void;
  readonly armed: boolean;
  /** Every value of the key's shape the page shows now, on screen, old ones included: for the
   * merchant's explicit "Use the key shown on this page". */
  shownNow(): string[];
  /** The merchant's click on the page's Copy button, while armed. */
  copied(button: Element): void;
  /** Where the values of the key's shape seen since the last arming showed (still in the
   * page): the panel keeps clear of them. */
  shownIn(): Element[];
}

/**
 * `onVerdict` hears each new conclusion: one key (send it) or several (ask which).
 * Only single-field recipes are scanned; a credential the page never shows again is read
 * from its form on submit instead (recipe `capture.submit`).
 */
export function createCapture(
  ctx: Lifetime,
  recipe: Recipe,
  onVerdict: (finding: Finding) => void,
): Capture {
  const field = recipe.capture.fields[0] as SecretField;
  const hintCss = field.shown.css;
  /** Loose shapes (no fixed prefix) are looked for only in what opened after the click. */
  const loose = !field.distinctive;
  let armedUntil = 0;
  let pressing = false;
  let origin = '';
  /** Values of the key's shape on the page at the click, and what the hints showed then. */
  let baseline = new Set<string>();
  let hintBaseline = new Set<string>();
  /** Subtrees added since the click: the dialog or panel that opened. */
  let added = new WeakSet<Node>();
  /** Dialogs and popovers already rendered at the click: none of them opened after it. */
  let oldRegions = new WeakSet<Element>();
  /** Where the merchant's last press landed, and the dialog it armed the capture in. */
  let pressed: EventTarget | undefined;
  let armedIn: Element | null = null;
  const pending = new Set<Node>();
  /** Read and not judged yet (a pass that ran out of time), oldest first. */
  let queue: Sighting[] = [];
  /** What each field and hint element showed when last judged: unchanged, not judged again. */
  let lastShown = new WeakMap<Element, string>();
  /** Texts (and field values) with nothing of the key's shape: no pattern work on repeats. */
  const rejected = { text: new Set<string>(), field: new Set<string>() };
  /** New values of the key's shape seen on screen, and where. */
  const seen = new Map<string, Element>();
  /** Values shown where the key belongs, not of its shape: since when they are on screen. */
  const near = new Map<string, number>();
  let nearReported = '';
  let frame: number | undefined;
  let passedThisFrame = false;
  let poll: number | undefined;
  let observed = new WeakSet<Node>();

  const isArmed = () => Date.now() < armedUntil && location.origin === origin;

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') pending.add(record.target);
      for (const node of Array.from(record.addedNodes)) {
        added.add(node);
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
  // One verdict per batch: two keys that appear together are one question, not a capture first.
  const visible = onScreen<{ value: string; near: boolean }>((found) => {
    if (!isArmed()) return;
    let changed = false;
    for (const { el, items } of found) {
      const now = [shownBy(el), ...copyAttributes(el)];
      for (const { value, near: isNear } of items) {
        // Read from the element a frame or more ago: gone since, no person saw it.
        if (!now.some((shown) => shown.includes(value))) continue;
        if (isNear) near.set(value, Date.now());
        else if (!seen.has(value)) {
          seen.set(value, el);
          changed = true;
        }
      }
    }
    if (changed) onVerdict(decide(seen.keys()));
  });
  ctx.onInvalidated(() => disarm());

  function disarm() {
    armedUntil = 0;
    observer.disconnect();
    observed = new WeakSet();
    if (poll !== undefined) clearInterval(poll);
    if (frame !== undefined) cancelAnimationFrame(frame);
    poll = frame = undefined;
    pending.clear();
    queue = [];
    visible.clear();
  }

  function schedule() {
    if (frame !== undefined) return;
    frame = requestAnimationFrame(() => {
      frame = undefined;
      pass();
    });
  }

  /**
   * Inside a dialog or popover that opened after the click, or in a subtree added after it. In
   * a dialog already open at the click, only what was added to the one the merchant clicked in
   * counts (a create form that turns into the key): never what a widget open beside it adds.
   */
  function inNewRegion(el: Element): boolean {
    let fresh = false;
    for (let at: Node | null = el; at; at = at.parentNode ?? (at as ShadowRoot).host ?? null) {
      if (added.has(at)) fresh = true;
      if (at.nodeType === 1 && (at as Element).matches(REGION))
        return !oldRegions.has(at as Element) || (fresh && at === armedIn);
    }
    return fresh;
  }

  /** `shaped`, with texts already found to hold nothing skipped at once. */
  function shapedOnce(sighting: Sighting, cap: number): string[] {
    const memo = isField(sighting.el) ? rejected.field : rejected.text;
    if (memo.has(sighting.text)) return [];
    const values = shaped(field, sighting, cap);
    if (values.length === 0) {
      if (memo.size >= MAX_REJECTED) memo.clear();
      memo.add(sighting.text);
    }
    return values;
  }

  /** Fields and hints whose value changed since they were last judged. */
  function changedOnly(sightings: Sighting[]): Sighting[] {
    return sightings.filter(({ el, text }) => {
      if (lastShown.get(el) === text) return false;
      lastShown.set(el, text);
      return true;
    });
  }

  /** Judges one sighting: its new values of the key's shape wait to be seen on screen. */
  function judge(sighting: Sighting) {
    if (sighting.el.closest(OWN_HOST)) return;
    const values = shapedOnce(sighting, 8);
    if (values.length === 0 || (loose && !inNewRegion(sighting.el))) return;
    for (const value of values) {
      if (baseline.has(value) || seen.has(value)) continue;
      if (full()) return;
      visible.watch(sighting.el, { value, near: false });
    }
  }

  /** A page that keeps showing new key-shaped values is asked about, not followed forever. */
  const full = () => seen.size + visible.size >= MAX_SEEN;

  /** What the recipe's hints show is read on the poll (their text changes are mutations). */
  let hintsDue = false;

  /**
   * Reads what changed (and every field whose value changed, and the hints when due): new
   * key-shaped values wait to be seen on screen. Stops at its time budget; the rest waits for
   * the next frame.
   */
  function pass(extra: Sighting[] = []) {
    if (!isArmed()) return disarm();
    const hints = hintsDue;
    hintsDue = false;
    const until = performance.now() + TIME_BUDGET_MS;
    if (!passedThisFrame) {
      passedThisFrame = true;
      requestAnimationFrame(() => {
        passedThisFrame = false;
      });
    }
    if (full()) {
      // Nothing more can count: the merchant is asked about what was seen.
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
    const hinted = hints ? page.matching(hintCss).slice(0, MAX_HINTS) : [];
    for (const el of hinted) current.push({ text: shownBy(el), el });
    queue.push(...changedOnly(current));
    let done = 0;
    for (const sighting of queue) {
      if (full()) {
        done = queue.length;
        break;
      }
      judge(sighting);
      // The clock is read every few sightings: a pattern test costs far less than reading it.
      if (++done % 16 === 0 && performance.now() > until) break;
    }
    queue = done < queue.length ? queue.slice(done) : [];
    if (pending.size > 0 || queue.length > 0) schedule(); // the rest next frame
    // Nothing of the key's shape yet: what the hints show where the key belongs.
    // A few at most: they must leave room for the key (see `full`).
    if (hints && seen.size === 0 && visible.size === 0) {
      let watched = 0;
      for (const el of hinted) {
        if (watched >= MAX_NEAR || performance.now() > until) break;
        const value = shownBy(el).trim();
        if (!value || hintBaseline.has(value) || near.has(value)) continue;
        // Of the key's shape, it was judged above; a loose shape only where the key opened.
        if (hasShape(field, value) || (loose && !inNewRegion(el))) continue;
        visible.watch(el, { value, near: true });
        watched++;
      }
    }
  }

  /** A value shown where the key belongs, not of its shape, is reported once it has waited. */
  function reportNear() {
    if (seen.size > 0) return;
    for (const [value, since] of near) {
      if (Date.now() - since >= NEAR_MS && nearReported !== value) {
        nearReported = value;
        return onVerdict({ kind: 'near', value });
      }
    }
  }

  /** Everything the page shows now (bounded), with where. */
  function everything(): Sighting[] {
    const all: Sighting[] = [];
    page.collect(document.documentElement, all, { left: 50_000 });
    page.fields(all, hintCss);
    return all;
  }

  // The merchant's press that arms the capture is seen here first (registered before the
  // guide's own listener, which calls arm()).
  for (const type of ['click', 'submit'] as const) {
    ctx.addEventListener(
      document,
      type,
      (event) => {
        if (event.isTrusted) pressed = event.composedPath()[0];
      },
      { capture: true },
    );
  }

  // A field's own events: a key typed or set into it is read at once.
  for (const type of ['focusin', 'select', 'copy'] as const) {
    ctx.addEventListener(
      document,
      type,
      (event) => {
        if (!isArmed()) return;
        const at = event.composedPath()[0];
        if (isElement(at)) pass([{ text: shownBy(at), el: at }]);
      },
      { capture: true },
    );
  }

  return {
    disarm,
    arm() {
      // The same press seen twice (its click, then the submit it causes in the same task).
      if (pressing) return;
      pressing = true;
      setTimeout(() => {
        pressing = false;
      });
      disarm();
      origin = location.origin;
      seen.clear();
      near.clear();
      nearReported = '';
      added = new WeakSet();
      lastShown = new WeakMap();
      queue = [];
      page.reset();
      const now: Sighting[] = [];
      page.collect(document.documentElement, now, { left: 50_000 });
      page.fields(now);
      const hints = page.matching(hintCss).map((el) => ({ text: shownBy(el), el }));
      // The pattern alone: whatever has the key's shape at the click is not the new key.
      baseline = new Set(
        [...now, ...hints].flatMap(({ text, el }) =>
          (isField(el) ? [text.trim()] : tokens(text)).filter((t) => field.pattern.test(t)),
        ),
      );
      hintBaseline = new Set(hints.map(({ text }) => text.trim()));
      // The dialogs and popovers open now (shadow roots met by the walk above included).
      oldRegions = new WeakSet(page.matching(REGION).filter(isRendered));
      armedIn = isElement(pressed) ? closestAcross(pressed, REGION) : null;
      armedUntil = Date.now() + ARMED_MS;
      poll = window.setInterval(() => {
        visible.recheck();
        reportNear();
        hintsDue = true;
        schedule();
      }, POLL_MS);
      ctx.setTimeout(() => isArmed() || disarm(), ARMED_MS + POLL_MS);
    },
    get armed() {
      return isArmed();
    },
    shownNow() {
      // Bounded: the shape first, then where it is shown, for a few values at most.
      const values = new Set<string>();
      let looked = 0;
      for (const sighting of everything()) {
        const found = shapedOnce(sighting, 4).filter((v) => !values.has(v));
        if (found.length === 0) continue;
        if (++looked > MAX_SEEN) break;
        const { el } = sighting;
        if (isOnScreen(el) && isLegible(el, el.getBoundingClientRect()))
          for (const v of found) values.add(v);
      }
      return [...values];
    },
    shownIn() {
      return [...seen.values()].filter((el) => el.isConnected);
    },
    copied(button) {
      // A Copy button counts only where the key opened: not in a widget open before the click.
      if (!isArmed() || !inNewRegion(button)) return;
      const region = closestAcross(button, REGION) ?? button.parentElement ?? button;
      const inside: Sighting[] = copyAttributes(button).map((text) => ({ text, el: button }));
      // What the region around the button shows (a masked key's full value may sit in a field).
      page.collect(region, inside, { left: NODE_BUDGET });
      pass(inside.filter(({ el }) => containsAcross(region, el)));
    },
  };
}
