// The armed capture: after the merchant's own click on the provider's create control, find the
// one-time secret wherever the page renders it (text or field value, portalled dialogs and open
// shadow roots included), as a secret scanner finds tokens (lib/scan.ts). Only values that
// appear or change after the click count; a value already on screen then is never the new key.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { closestAcross, containsAcross, OWN_HOST, shadowRoots } from '../lib/dom/deep';
import { isOnScreen, isRendered } from '../lib/dom/visible';
import type { Recipe, SecretField } from '../lib/recipe';
import { decide, hasShape, keyShaped, tokens, type Verdict } from '../lib/scan';

/** A capture's conclusion: one key or several (lib/scan.ts), or, when nothing of the key's shape
 * appeared, what the page shows where the key belongs (for the background to say why not). */
export type Finding = Verdict | { kind: 'near'; value: string };

/** How long a value where the key belongs, not of its shape, waits for the real key (a masked
 * key with a Show toggle) before the merchant is told why it is not one. */
const NEAR_MS = 1500;

/** How long a click arms the capture. */
export const ARMED_MS = 120_000;
/** Field values are set as DOM properties (Vue, Angular) and fire no mutation: poll them. */
const POLL_MS = 250;
/** At most this many nodes are read per pass; the rest waits for the next frame. */
const NODE_BUDGET = 4000;
/** Where a dialog or panel that shows a key lives. */
const REGION = 'dialog, [role=dialog], [role=alertdialog], [aria-modal=true], [popover]';
const FIELDS = 'input, textarea';
/** Elements whose text is never shown: our own overlay's host, scripts, styles, templates. */
const UNSHOWN = new Set([OWN_HOST, 'script', 'style', 'template', 'noscript']);
/** New values of the key's shape kept per arming, at most. */
const MAX_SEEN = 16;

const isField = (el: Element) => el.localName === 'input' || el.localName === 'textarea';

/** What an element shows: a field's value, else its own text. */
function shownBy(el: Element): string {
  return isField(el) ? (el as HTMLInputElement).value : (el.textContent ?? '');
}

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
  let pressing = false;
  let origin = '';
  let baseline = new Set<string>();
  /** Subtrees added since the click: the dialog or panel that opened. */
  let added = new WeakSet<Node>();
  const pending = new Set<Node>();
  const seen = new Map<string, Element>();
  let frame: number | undefined;
  let passedThisFrame = false;
  /** Open shadow roots seen so far (found in what was added), so no pass walks the page. */
  let roots = new Set<ShadowRoot>();
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
    // Read in the same task the key appears in, once a frame; later changes wait for the next.
    if (passedThisFrame) schedule();
    else pass();
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
    for (const [el] of waiting) io.unobserve(el);
    waiting.clear();
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
      if (scope instanceof ShadowRoot) roots.add(scope);
      if (scope !== doc) observe(scope);
      if (scope.nodeType === 3) {
        const parent = (scope as Text).parentElement;
        if (parent) out.push({ text: scope.nodeValue ?? '', el: parent });
        continue;
      }
      // Our own overlay (masked values only) is never the page; scripts and styles show nothing.
      const walker = doc.createTreeWalker(scope, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
        acceptNode: (node) =>
          UNSHOWN.has((node as Element).localName)
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

  /** The page and the open shadow roots known so far. */
  const scopes = (): ParentNode[] => [document, ...[...roots].filter((r) => r.host.isConnected)];

  /** Where the recipe expects the key (its CSS hint), read first. */
  function hints(): Element[] {
    const css = field.shown.css;
    return css ? scopes().flatMap((scope) => Array.from(scope.querySelectorAll(css))) : [];
  }

  /** Every field of the page (document and open shadow roots), read for its current value. */
  function fields(out: Sighting[]) {
    for (const scope of scopes()) {
      for (const el of Array.from(scope.querySelectorAll(FIELDS))) {
        const value = (el as HTMLInputElement).value;
        if (value && value.length >= 6) out.push({ text: value, el });
      }
    }
    for (const el of hints()) out.push({ text: shownBy(el), el });
  }

  function inNewRegion(el: Element): boolean {
    if (closestAcross(el, REGION)) return true;
    for (let at: Node | null = el; at; at = at.parentNode ?? (at as ShadowRoot).host ?? null)
      if (added.has(at)) return true;
    return false;
  }

  /** Reads what changed (and every field): new key-shaped values wait to be seen on screen. */
  function pass(extra: Sighting[] = []) {
    if (!isArmed()) return disarm();
    if (!passedThisFrame) {
      passedThisFrame = true;
      requestAnimationFrame(() => {
        passedThisFrame = false;
      });
    }
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
    for (const { text, el } of sightings) {
      if (el.closest(OWN_HOST)) continue;
      for (const value of shaped(field, { text, el }, 8)) {
        if (baseline.has(value) || seen.has(value)) continue;
        if (loose && !inNewRegion(el)) continue;
        // A page that keeps showing new key-shaped values is asked about, not followed forever.
        if (seen.size + waiting.size >= MAX_SEEN) break;
        watchFor(el, value, false);
      }
    }
    // Nothing of the key's shape yet: what the hints show where the key belongs.
    if (seen.size === 0 && waiting.size === 0) {
      for (const el of hints()) {
        const value = shownBy(el).trim();
        if (value && !hintBaseline.has(value) && !near.has(value)) watchFor(el, value, true);
      }
    }
  }

  /**
   * Whether an element is on screen is read after the browser's own layout, from an
   * IntersectionObserver: reading a box from a pass would force a layout of the whole page in
   * our task (tens of milliseconds on a big page that changes all the time).
   */
  const waiting = new Map<Element, { values: Set<string>; near: boolean }>();
  const io = new IntersectionObserver((entries) => {
    let changed = false;
    const now = Date.now();
    for (const entry of entries) {
      const el = entry.target;
      const wait = waiting.get(el);
      if (!wait || !isArmed()) continue;
      const box = entry.intersectionRect;
      // Layout is clean here: the style checks (opacity, visibility, inert) cost little.
      if (!entry.isIntersecting || box.width === 0 || box.height === 0 || !isRendered(el)) continue;
      waiting.delete(el);
      io.unobserve(el);
      for (const value of wait.values) {
        if (wait.near) near.set(value, now);
        else if (!seen.has(value)) {
          seen.set(value, el);
          changed = true;
        }
      }
    }
    if (changed) onVerdict(decide(seen.keys()));
  });
  ctx.onInvalidated(() => io.disconnect());

  function watchFor(el: Element, value: string, isNear: boolean) {
    const wait = waiting.get(el) ?? { values: new Set<string>(), near: isNear };
    wait.values.add(value);
    if (!waiting.has(el)) {
      waiting.set(el, wait);
      io.observe(el);
    }
  }

  /** On each poll: elements still waiting are looked at again (a dialog fading in fires no
   * intersection change), and a value shown where the key belongs, not of its shape, is
   * reported once it has waited for the real key. */
  function recheck() {
    for (const [el] of waiting) {
      io.unobserve(el);
      if (el.isConnected) io.observe(el);
      else waiting.delete(el);
    }
    if (seen.size > 0) return;
    const now = Date.now();
    for (const [value, since] of near) {
      if (now - since >= NEAR_MS && nearReported !== value) {
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
      // The same press seen twice (its click, then the submit it causes in the same task).
      if (pressing) return;
      pressing = true;
      setTimeout(() => {
        pressing = false;
      });
      disarm();
      origin = location.origin;
      seen.clear();
      added = new WeakSet();
      // Whatever of the key's shape is on the page at the click is not the new key.
      roots = new Set();
      // The pattern alone: whatever has the key's shape then is not the new key.
      baseline = new Set(
        everything().flatMap(({ text, el }) =>
          (isField(el) ? [text.trim()] : tokens(text)).filter((t) => field.pattern.test(t)),
        ),
      );
      hintBaseline = new Set(hints().map((el) => shownBy(el).trim()));
      near = new Map();
      nearReported = '';
      armedUntil = Date.now() + ARMED_MS;
      observe(document.documentElement);
      poll = window.setInterval(() => {
        recheck();
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
      for (const { text, el } of everything()) {
        const found = shaped(field, { text, el }, 4).filter((v) => !values.has(v));
        if (found.length === 0) continue;
        if (++looked > MAX_SEEN) break;
        if (isOnScreen(el)) for (const v of found) values.add(v);
      }
      return [...values];
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
