// The armed capture: after the merchant's own click on the provider's create control, find the
// one-time secret wherever the page renders it (text or field value, portalled dialogs and open
// shadow roots included), as a secret scanner finds tokens (lib/scan.ts). Only values that
// appear or change after the click count; a value already on screen then is never the new key.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findAll } from '../lib/dom/anchor';
import { closestAcross, containsAcross, OWN_HOST, shadowRoots } from '../lib/dom/deep';
import { isOnScreen } from '../lib/dom/visible';
import type { Recipe, SecretField } from '../lib/recipe';
import { decide, keyShaped, type Verdict } from '../lib/scan';

/** A capture's conclusion: one key or several (lib/scan.ts), or, when nothing of the key's shape
 * appeared, what the page shows where the key belongs (for the background to say why not). */
export type Finding = Verdict | { kind: 'near'; value: string };

/** How long a value where the key belongs, not of its shape, waits for the real key (a masked
 * key with a Show toggle) before the merchant is told why it is not one. */
const NEAR_MS = 1500;

/** How long a click arms the capture. */
export const ARMED_MS = 120_000;
/** A click and the submit it causes are one press. */
const SAME_PRESS_MS = 1000;
/** Field values are set as DOM properties (Vue, Angular) and fire no mutation: poll them. */
const POLL_MS = 250;
/** At most this many nodes are read per pass; the rest waits for the next frame. */
const NODE_BUDGET = 4000;
/** Where a dialog or panel that shows a key lives. */
const REGION = 'dialog, [role=dialog], [role=alertdialog], [aria-modal=true], [popover]';
const FIELDS = 'input, textarea';
/** New values of the key's shape kept per arming, at most. */
const MAX_SEEN = 16;

/** What an element shows: a field's value, else its own text. */
function shownBy(el: Element): string {
  return el.localName === 'input' || el.localName === 'textarea'
    ? (el as HTMLInputElement).value
    : (el.textContent ?? '');
}

/** Where a copy button keeps what it copies. */
function copyAttributes(button: Element): string[] {
  return ['data-clipboard-text', 'data-copy', 'data-value', 'value']
    .map((name) => button.getAttribute(name))
    .filter((value): value is string => !!value);
}

interface Sighting {
  text: string;
  /** The element that shows it (a text node's parent, a field, a copy button). */
  el: Element;
}

export interface Capture {
  /** The merchant's own click on the create control: look for the new key for a while. */
  arm(): void;
  readonly armed: boolean;
  /** Every value of the key's shape the page shows now, on screen, old ones included: for the
   * merchant's explicit "Use the key shown on this page". */
  shownNow(): string[];
  /** The merchant's click on the page's Copy button, while armed. */
  copied(button: Element): void;
}

/**
 * `onVerdict` hears each new conclusion: one key (send it) or several (ask which).
 * Only single-field recipes are scanned; a credential the page never shows again is read
 * from its form on submit instead (recipe `capture.submit`).
 */
export function createCapture(
  ctx: ContentScriptContext,
  recipe: Recipe,
  onVerdict: (finding: Finding) => void,
): Capture {
  const field = recipe.capture.fields[0] as SecretField;
  /** Loose shapes (no fixed prefix) are looked for only in what opened after the click. */
  const loose = !field.distinctive;
  let armedUntil = 0;
  let armedAt = 0;
  let origin = '';
  let baseline = new Set<string>();
  /** Subtrees added since the click: the dialog or panel that opened. */
  let added = new WeakSet<Node>();
  const pending = new Set<Node>();
  const seen = new Map<string, Element>();
  /** New values of the key's shape not on screen yet, and where. */
  const offScreen = new Map<string, Element>();
  let frame: number | undefined;
  /** Values shown where the key belongs that are not of its shape, and when each appeared. */
  let near = new Map<string, number>();
  let hintBaseline = new Set<string>();
  let nearReported = '';
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
    schedule();
  });
  ctx.onInvalidated(() => disarm());

  function observe(root: Node) {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  function disarm() {
    armedUntil = 0;
    observer.disconnect();
    observed = new WeakSet();
    if (poll !== undefined) clearInterval(poll);
    if (frame !== undefined) cancelAnimationFrame(frame);
    poll = frame = undefined;
    pending.clear();
  }

  function schedule() {
    if (frame !== undefined) return;
    frame = requestAnimationFrame(() => {
      frame = undefined;
      pass();
    });
  }

  /** Text nodes and fields under `root`, open shadow roots included, within `budget`. */
  function collect(root: Node, out: Sighting[], budget: { left: number }) {
    const doc = root.ownerDocument ?? (root as Document);
    const scopes: Node[] = [root];
    if (root instanceof Element || root instanceof DocumentFragment || root instanceof Document)
      scopes.push(...shadowRoots(root as ParentNode));
    for (const scope of scopes) {
      if (scope !== doc) observe(scope);
      if (scope.nodeType === 3) {
        const parent = (scope as Text).parentElement;
        if (parent) out.push({ text: scope.nodeValue ?? '', el: parent });
        continue;
      }
      // Our own overlay shows masked values only, and is never the page.
      const walker = doc.createTreeWalker(scope, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
        acceptNode: (node) =>
          (node as Element).localName === OWN_HOST
            ? NodeFilter.FILTER_REJECT
            : NodeFilter.FILTER_ACCEPT,
      });
      for (let node = walker.currentNode as Node | null; node; node = walker.nextNode()) {
        if (--budget.left < 0) return;
        if (node.nodeType === 3) {
          const parent = (node as Text).parentElement;
          if (parent && (node.nodeValue?.length ?? 0) >= 6)
            out.push({ text: node.nodeValue as string, el: parent });
        } else if ((node as Element).matches?.(FIELDS)) {
          out.push({ text: shownBy(node as Element), el: node as Element });
        }
      }
    }
  }

  /** Every field of the page (document and open shadow roots), read for its current value. */
  function fields(out: Sighting[]) {
    const scopes: ParentNode[] = [document, ...shadowRoots(document)];
    for (const scope of scopes) {
      for (const el of Array.from(scope.querySelectorAll(FIELDS))) {
        const value = (el as HTMLInputElement).value;
        if (value && value.length >= 6) out.push({ text: value, el });
      }
    }
    // The recipe's hints: where the key is expected, read first.
    for (const el of findAll(field.shown)) out.push({ text: shownBy(el), el });
  }

  function inNewRegion(el: Element): boolean {
    if (closestAcross(el, REGION)) return true;
    for (let at: Node | null = el; at; at = at.parentNode ?? (at as ShadowRoot).host ?? null)
      if (added.has(at)) return true;
    return false;
  }

  /** Reads what changed (and every field), keeps new key-shaped values shown on screen. */
  function pass(extra: Sighting[] = []) {
    if (!isArmed()) return disarm();
    const sightings: Sighting[] = [...extra];
    const budget = { left: NODE_BUDGET };
    for (const node of pending) {
      pending.delete(node);
      if (!node.isConnected) continue;
      collect(node, sightings, budget);
      if (budget.left < 0) {
        schedule(); // the rest next frame
        break;
      }
    }
    fields(sightings);
    // Values found while not on screen yet (a dialog fading in) are looked at again.
    for (const [value, el] of offScreen) sightings.push({ text: value, el });
    let changed = false;
    for (const { text, el } of sightings) {
      for (const value of keyShaped(field, [text], 8)) {
        if (baseline.has(value) || seen.has(value) || el.closest(OWN_HOST)) continue;
        if (loose && !inNewRegion(el)) continue;
        if (!isOnScreen(el)) {
          if (el.isConnected && offScreen.size < 64) offScreen.set(value, el);
          else offScreen.delete(value);
          continue;
        }
        offScreen.delete(value);
        // A page that keeps showing new key-shaped values is asked about, not followed forever.
        if (seen.size >= MAX_SEEN) continue;
        seen.set(value, el);
        changed = true;
      }
    }
    if (changed) onVerdict(decide(seen.keys()));
    else if (seen.size === 0) nearMiss();
  }

  /** Nothing of the key's shape yet: what the hints show that is new, once it has waited. */
  function nearMiss() {
    const now = Date.now();
    for (const el of findAll(field.shown)) {
      const value = shownBy(el).trim();
      if (!value || hintBaseline.has(value) || !isOnScreen(el)) continue;
      if (!near.has(value)) near.set(value, now);
      if (now - (near.get(value) as number) >= NEAR_MS && nearReported !== value) {
        nearReported = value;
        return onVerdict({ kind: 'near', value });
      }
    }
  }

  /** Every value of the key's shape in the page now, with where it is shown. */
  function everything(): Sighting[] {
    const all: Sighting[] = [];
    collect(document.documentElement, all, { left: 50_000 });
    fields(all);
    return all;
  }

  // A field's own events: a key typed or set into it is read at once.
  for (const type of ['focusin', 'select', 'copy'] as const) {
    ctx.addEventListener(
      document,
      type,
      (event) => {
        if (!isArmed()) return;
        const origin = event.composedPath()[0];
        if (origin instanceof Element) pass([{ text: shownBy(origin), el: origin }]);
      },
      { capture: true },
    );
  }

  return {
    arm() {
      // The same press seen twice (its click, then its form's submit): keep what was seen.
      if (isArmed() && Date.now() - armedAt < SAME_PRESS_MS) return;
      armedAt = Date.now();
      disarm();
      origin = location.origin;
      seen.clear();
      offScreen.clear();
      added = new WeakSet();
      // Whatever of the key's shape is on the page at the click is not the new key.
      baseline = new Set(everything().flatMap(({ text }) => keyShaped(field, [text], 1000)));
      hintBaseline = new Set(findAll(field.shown).map((el) => shownBy(el).trim()));
      near = new Map();
      nearReported = '';
      armedUntil = Date.now() + ARMED_MS;
      observe(document.documentElement);
      poll = window.setInterval(() => schedule(), POLL_MS);
      ctx.setTimeout(() => isArmed() || disarm(), ARMED_MS + POLL_MS);
    },
    get armed() {
      return isArmed();
    },
    shownNow() {
      const values = everything()
        .filter(({ el }) => isOnScreen(el) && !el.closest(OWN_HOST))
        .flatMap(({ text }) => keyShaped(field, [text], 8));
      return [...new Set(values)];
    },
    copied(button) {
      if (!isArmed()) return;
      const region = closestAcross(button, REGION) ?? button.parentElement ?? button;
      const inside: Sighting[] = copyAttributes(button).map((text) => ({ text, el: button }));
      // What the region around the button shows (a masked key's full value may sit in a field).
      collect(region, inside, { left: NODE_BUDGET });
      pass(inside.filter(({ el }) => containsAcross(region, el)));
    },
  };
}
