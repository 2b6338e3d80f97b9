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

/** A lifetime inside `parent` that `stop()` ends early. */
export function childLifetime(parent: Pick<Lifetime, 'onInvalidated'>): Lifetime & {
  stop(): void;
} {
  const controller = new AbortController();
  const { signal } = controller;
  const stop = () => controller.abort();
  const unlink = parent.onInvalidated(stop);
  signal.addEventListener('abort', unlink);
  const onInvalidated = (cb: () => void) => {
    signal.addEventListener('abort', cb);
    return () => signal.removeEventListener('abort', cb);
  };
  return {
    signal,
    get isInvalid() {
      return signal.aborted;
    },
    onInvalidated,
    setTimeout(handler, ms) {
      const id = window.setTimeout(() => signal.aborted || handler(), ms);
      onInvalidated(() => clearTimeout(id));
      return id;
    },
    addEventListener(target, type, handler, options) {
      target.addEventListener(type, handler as EventListener, { ...options, signal });
    },
    stop,
  };
}
