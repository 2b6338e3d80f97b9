// How long the engine runs on a page: until the page goes, the extension is updated, or the
// guide ends (the loader then stops it and the page is left as it was). A WXT content script
// context has the same shape, so the engine's modules take either.
export interface Lifetime {
  readonly signal: AbortSignal;
  readonly isInvalid: boolean;
  onInvalidated(cb: () => void): () => void;
  setTimeout(handler: () => void, ms?: number): number;
  addEventListener<E extends Event = Event>(
    target: EventTarget,
    type: string,
    handler: (event: E) => void,
    options?: AddEventListenerOptions,
  ): void;
}

/** How often a running engine asks whether the extension is still there: an update or reload
 * leaves the old page script without an event, and only its own check ends it. */
const ALIVE_EVERY_MS = 1000;

/** A lifetime inside `parent` that `stop()` ends early. */
export function childLifetime(parent: Pick<Lifetime, 'onInvalidated' | 'isInvalid'>): Lifetime & {
  stop(): void;
} {
  const controller = new AbortController();
  const { signal } = controller;
  const stop = () => controller.abort();
  const unlink = parent.onInvalidated(stop);
  // Reading the parent's state ends it (and so this one) once the extension is gone.
  const alive = setInterval(() => parent.isInvalid, ALIVE_EVERY_MS);
  signal.addEventListener('abort', () => {
    unlink();
    clearInterval(alive);
  });
  const onInvalidated = (cb: () => void) => {
    signal.addEventListener('abort', cb);
    return () => signal.removeEventListener('abort', cb);
  };
  return {
    signal,
    get isInvalid() {
      return parent.isInvalid || signal.aborted;
    },
    onInvalidated,
    setTimeout(handler, ms) {
      const id = window.setTimeout(() => parent.isInvalid || signal.aborted || handler(), ms);
      onInvalidated(() => clearTimeout(id));
      return id;
    },
    addEventListener(target, type, handler, options) {
      target.addEventListener(type, handler as EventListener, { ...options, signal });
    },
    stop,
  };
}
