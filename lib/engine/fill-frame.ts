// The Fill frame's place on the Upstack page: an extension-page iframe (/fill.html) in a
// `popover` container, in the top layer, under <upstack-key-assist>, placed by
// fill-frame-place.ts clear of what the content script asks it not to cover (`place`).
// A Fill the frame reports counts only if the click-time guard (fill-frame-guard.ts) holds;
// a failed check raises the frame again. Beside it, the guide's ring around what the step points
// at (lib/ui/ring.ts): drawn below the frame, never taking a click. Raising above the page's own
// top layer is lib/dom/top-layer.ts's, as for the provider page's panel.
import { browser } from 'wxt/browser';
import { mountShadowHost } from '../dom/shadow-host';
import { showOnTop, watchTopLayer } from '../dom/top-layer';
import {
  type FrameMessage,
  type HostMessage,
  type NoteCode,
  parseFrameMessage,
  type StepState,
} from '../protocol/fill-frame';
import { followRing, RING_CSS } from '../ui/ring';
import { createFrameGuard } from './fill-frame-guard';
import { MARGIN, placeFrame } from './fill-frame-place';
import { greetFrame } from './frame-handshake';
import type { Lifetime } from './lifetime';

const WIDTH = 320;

const CSS = `
.dock {
  position: fixed; inset: auto ${MARGIN}px ${MARGIN}px auto; margin: 0; padding: 0; border: 0;
  width: auto; height: auto; overflow: visible; background: transparent; color-scheme: normal;
  z-index: 2147483647;
}
.dock > iframe {
  display: block; margin: 0; padding: 0; border: 0; border-radius: 10px; outline: none;
  background: transparent; color-scheme: normal; box-shadow: 0 8px 28px rgb(0 0 0 / 0.22);
}
${RING_CSS}`;

export interface FillFrameHandlers {
  /** The frame reports the merchant's Fill of `entry`; the guard has not run yet. */
  fill(entry: string): void;
  close(): void;
}

export interface FillFrame {
  /** The click-time guard: undefined when a Fill may count now; otherwise why not (for tests,
   * never shown), and the frame is raised and placed again. */
  check(): string | undefined;
  note(code: NoteCode): void;
  /** The guide's step, shown in the frame in its own words (numbered on the journey from the
   * recipe step `from`). */
  step(id: string, state: StepState, name: number, from: number): void;
  /** The ring around what the step points at; none without a target. */
  point(target: Element | undefined): void;
  /** The vault changed: the frame asks for the masked status again. */
  vaultChanged(): void;
  /** Places the frame beside `target` (when given), else in a corner, covering neither it nor
   * `avoid`, and keeps it so through scrolling and resizing. A move starts the half-second
   * wait again. */
  place(target: Element | undefined, avoid: Element[]): void;
  remove(): void;
}

export function mountFillFrame(
  ctx: Pick<Lifetime, 'onInvalidated' | 'addEventListener' | 'setTimeout'>,
  provider: string,
  handlers: FillFrameHandlers,
): FillFrame {
  const ui = mountShadowHost(ctx, CSS);
  const dock = document.createElement('div');
  dock.className = 'dock';
  dock.popover = 'manual';
  const iframe = document.createElement('iframe');
  const src = `${browser.runtime.getURL('/fill.html')}?provider=${encodeURIComponent(provider)}`;
  // The frame's document has the extension's own origin, even where Chrome loads it from a
  // per-session URL (use_dynamic_url). From the base URL's text: URL.origin is "null" for a
  // scheme it does not know.
  const origin = browser.runtime.getURL('/').replace(/\/$/, '');
  iframe.src = src;
  greetFrame(ctx, iframe, provider, (message) => post(message));
  iframe.title = 'Upstack Key Assist';
  let width = WIDTH;
  // Shown at once, 0 px tall until the frame says how tall it is: a frame whose iframe has no
  // box (a hidden popover) is not even laid out.
  let height = 0;
  const size = () => {
    width = Math.max(0, Math.min(WIDTH, document.documentElement.clientWidth - 2 * MARGIN));
    iframe.style.width = `${width}px`;
    iframe.style.height = `${height}px`;
  };
  size();
  dock.append(iframe);
  ui.container.append(dock);

  const post = (message: HostMessage) => iframe.contentWindow?.postMessage(message, origin);
  const ring = document.createElement('div');
  ring.className = 'ring';
  ring.popover = 'manual';
  ring.setAttribute('aria-hidden', 'true');
  ui.container.prepend(ring);
  let ringTarget: Element | undefined;
  let unfollow: (() => void) | undefined;
  /** The guide's step last told; kept until the frame has loaded (a message to a frame still
   * loading is lost). */
  let step: HostMessage | undefined;
  let loaded = false;
  const topLayer = watchTopLayer(
    ctx,
    () => [dock, ring],
    () => raise(),
  );
  const frameSize = () => ({ width, height });
  const guard = createFrameGuard(
    ctx,
    { ui, dock, iframe, size: frameSize, topLayer },
    () => post({ type: 'placed' }),
    // A dark-mode extension's filter on the page's root, the only reason: the frame says so and
    // holds its Fill until it is gone (the click-time check still refuses meanwhile).
    (on) => post({ type: 'filter', on }),
  );
  const place = placeFrame(ctx, dock, frameSize, guard.settle);

  /** Shown again above everything the page has open, and placed where it belongs. */
  function raise() {
    if (!ui.host.isConnected) document.documentElement.append(ui.host);
    if (dock.parentNode !== ui.container) ui.container.append(dock);
    // The ring first: the frame is drawn above it.
    showOnTop(ringTarget ? [ring, dock] : [dock]);
    topLayer.raised();
    guard.settle();
  }
  raise();

  ctx.addEventListener(window, 'resize', () => {
    if (!height) return;
    size();
    guard.settle();
    place.now();
  });

  ctx.addEventListener(window, 'message', (event: MessageEvent) => {
    // Only our own frame's window, at the extension's origin: a page can forge neither.
    if (event.source !== iframe.contentWindow || event.origin !== origin) return;
    const message: FrameMessage | undefined = parseFrameMessage(event.data);
    if (!message) return;
    if (message.type === 'size') {
      // The frame is up: what it missed while it loaded, the step.
      if (!loaded && step) post(step);
      loaded = true;
      height = Math.min(message.height, Math.max(0, window.innerHeight - 2 * MARGIN));
      size();
      if (!dock.matches(':popover-open')) raise();
      else guard.settle();
      place.now();
    } else if (message.type === 'fill') handlers.fill(message.entry);
    else handlers.close();
  });

  function point(target: Element | undefined) {
    if (target === ringTarget) return;
    unfollow?.();
    unfollow = undefined;
    ringTarget = target;
    if (!target) {
      if (ring.matches(':popover-open')) ring.hidePopover();
      return;
    }
    // The target's box in the Upstack page's own viewport, as before.
    unfollow = followRing(ring, target, (el) => el.getBoundingClientRect());
    // Shown below the frame: the frame is raised again above it.
    if (!ring.matches(':popover-open')) raise();
  }
  ctx.onInvalidated(() => unfollow?.());

  return {
    check() {
      const failure = guard.why();
      if (failure) raise();
      return failure;
    },
    note: (code) => post({ type: 'note', code }),
    step(id, state, name, from) {
      step = { type: 'step', id, state, name, from };
      if (loaded) post(step);
    },
    point,
    vaultChanged: () => loaded && post({ type: 'vault' }),
    place: place.set,
    remove() {
      guard.stop();
      unfollow?.();
      ui.host.remove();
    },
  };
}
