// The armed capture, the DOM side: after the merchant's own click on the provider's create
// control, read what the page renders (text or field value, portalled dialogs and open shadow
// roots included) and hand it to the judging (lib/key/capture-judge.ts, pure): only values that
// appear after the click, in what opened then (lib/engine/capture-scope.ts), once on screen and
// legible (lib/engine/on-screen.ts). A hostile page that churns key-shaped text gets a few
// milliseconds a frame: each pass stops at its time budget, and all it holds is bounded.

import { closestAcross, containsAcross, isElement, OWN_HOST } from '../dom/deep';
import { isLegible, isOnScreen } from '../dom/visible';
import * as judging from '../key/capture-judge';
import type { Recipe, SecretField } from '../recipes/schema';
import { createReader, POLL_MS } from './capture-reader';
import { copyAttributes, createScope, REGION } from './capture-scope';
import { sight, type Watched } from './capture-sight';
import type { Lifetime } from './lifetime';
import { onScreen } from './on-screen';
import { isField, type Sighting, shownBy } from './page-text';
import { inOneText } from './rendered';

export type Finding = judging.Finding;

/** How long a click arms the capture. */
export const ARMED_MS = 120_000;
/** Hints showing a value not of the key's shape watched per poll, and per arming, at most. */
const NEAR_PER_POLL = 4;

export interface Capture {
  /** The merchant's own press (click, or the submit it causes) on the create control: look for
   * the new key for a while, starting where the press landed. */
  arm(press: Event): void;
  /** Stops looking (the guide ended), and lets go of everything held from the page. */
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
  /** Loose shapes (no fixed prefix) are looked for only where the key opens. */
  const loose = !field.distinctive;
  const scope = createScope(hintCss);
  let s = judging.arming<Element>([], []);
  let armedUntil = 0;
  let pressing = false;
  let origin = '';
  /** After "too many" and the merchant's Copy: only the region around that button counts. */
  let focus: Element | undefined;
  const shapedOnce = judging.shaper(field);
  const nearWatched = new Set<string>();

  const isArmed = () => Date.now() < armedUntil && location.origin === origin;

  // One verdict per batch: two keys that appear together are one question, not a capture first.
  // Each value as the page shows it now, piece by piece (lib/engine/capture-sight.ts).
  const visible = onScreen<Watched>((found) => {
    if (isArmed() && sight(s, field, found)) onVerdict(judging.verdict(s));
  });
  ctx.onInvalidated(() => disarm());
  // Another page, or this one from the back-forward cache: nothing from this one is kept.
  ctx.addEventListener(window, 'pagehide', () => disarm());

  function disarm() {
    armedUntil = 0;
    reader.stop();
    visible.clear();
  }

  /** Judges one sighting: its new values of the key's shape wait to be seen on screen. */
  function judge({ el, text, joined }: Sighting) {
    if (closestAcross(el, OWN_HOST) || (focus && !containsAcross(focus, el))) return;
    const values = shapedOnce(text, isField(el), 8);
    if (values.length === 0) return;
    const context = scope.inContext(el, loose);
    if (loose && !context) return;
    for (const value of values) {
      // Read joined across a block's pieces: what one text node holds has its own sighting.
      if (!judging.isNew(s, value) || (joined && inOneText(el, value))) continue;
      const room = judging.admit(visible.size, context);
      if (room === 'drop') return;
      if (room === 'evict' && !visible.evict((items) => !items.some((i) => i.context))) return;
      visible.watch(el, { value, near: false, context, joined });
    }
  }

  /** Nothing of the key's shape yet: what the hints show where the key belongs, a few. */
  function hinted(hints: Element[], until: number) {
    if (s.seen.size > 0) return;
    let watched = 0;
    for (const el of hints) {
      if (watched >= NEAR_PER_POLL || nearWatched.size >= judging.MAX_NEAR) break;
      if (performance.now() > until) break;
      const value = shownBy(el).trim();
      if (nearWatched.has(value) || !judging.wantsNear(s, field, value)) continue;
      if (loose && !scope.inContext(el, loose)) continue;
      nearWatched.add(value);
      visible.watch(el, { value, near: true, context: true });
      watched++;
    }
  }

  const reader = createReader({
    hintCss,
    armed: isArmed,
    done: () => judging.overflowing(s),
    added: scope.added,
    judge,
    hinted,
  });

  /** Everything the page shows now (bounded), with where. */
  function everything(): Sighting[] {
    const all: Sighting[] = [];
    reader.collect(document.documentElement, all);
    reader.fields(all, hintCss);
    return all;
  }

  // A field's own events: a key typed or set into it is read at once.
  for (const type of ['focusin', 'select', 'copy'] as const) {
    ctx.addEventListener(
      document,
      type,
      (event) => {
        if (!isArmed()) return;
        const at = event.composedPath()[0];
        if (isElement(at)) reader.pass([{ text: shownBy(at), el: at }]);
      },
      { capture: true },
    );
  }

  return {
    disarm() {
      disarm();
      judging.release(s);
    },
    arm(press) {
      // Read while the press is dispatched: its path is empty once it ends.
      const at = press.composedPath()[0];
      // The same press seen twice (its click, then the submit it causes in the same task).
      if (pressing) return;
      pressing = true;
      setTimeout(() => {
        pressing = false;
      });
      disarm();
      origin = location.origin;
      focus = undefined;
      nearWatched.clear();
      const now: Sighting[] = [];
      reader.collect(document.documentElement, now);
      reader.fields(now);
      const hints = reader.matching(hintCss).map((el) => ({ text: shownBy(el), el }));
      const shown = [...now, ...hints].map(({ text, el }) => ({ text, field: isField(el) }));
      s = judging.arming(
        judging.baselineOf(field, shown),
        hints.map(({ text }) => text.trim()),
      );
      // The dialogs and popovers open now (shadow roots met by the walk above included).
      scope.arm(at, reader.matching(REGION));
      armedUntil = Date.now() + ARMED_MS;
      reader.start(() => {
        visible.recheck();
        const near = judging.nearDue(s, Date.now());
        if (near) onVerdict({ kind: 'near', value: near });
      });
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
        const found = shapedOnce(sighting.text, isField(sighting.el), 4).filter(
          (v) => !values.has(v),
        );
        if (found.length === 0) continue;
        if (++looked > judging.MAX_SEEN) break;
        const { el } = sighting;
        if (isOnScreen(el) && isLegible(el, el.getBoundingClientRect()))
          for (const v of found) values.add(v);
      }
      return [...values];
    },
    shownIn() {
      return [...s.seen.values()].filter((el) => el.isConnected);
    },
    copied(button) {
      // A Copy button counts only where the key opened: not in a widget open before the click.
      if (!isArmed() || !scope.inNewRegion(button)) return;
      const region = closestAcross(button, REGION) ?? button.parentElement ?? button;
      if (judging.overflowing(s) || s.unreadable) {
        // Too many to ask about, or a key no one can read: what the merchant copies is judged
        // alone, from the start.
        judging.release(s);
        visible.clear();
        focus = region;
      }
      const inside: Sighting[] = copyAttributes(button).map((text) => ({ text, el: button }));
      // What the region around the button shows (a masked key's full value may sit in a field).
      reader.collect(region, inside, 4000);
      reader.pass(inside.filter(({ el }) => containsAcross(region, el)));
    },
  };
}
