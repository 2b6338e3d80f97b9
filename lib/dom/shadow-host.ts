// The extension's one place on a page: an open shadow root under <upstack-key-assist>, with
// the host's own layout pinned by inline !important styles so that page CSS (even
// `* { all: unset !important }` or `display: none` on unknown elements) cannot hide it.
import type { Lifetime } from '../engine/lifetime';

const HOST_STYLE =
  'all:initial!important;display:block!important;position:static!important;visibility:visible!important;opacity:1!important;contain:none!important';

/** This script's run. A host marked with another run's is an earlier version's, left on the
 * page by a script the browser cut off when it updated the extension (Firefox leaves that
 * script's DOM; Chrome's WXT context removes its own): it goes when this run mounts one. */
const RUN = Math.random().toString(36).slice(2, 10);

export interface ShadowHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  container: HTMLElement;
}

/** Mounts after `anchor` (default: as the last child of <html>, outside any app's root). */
export function mountShadowHost(
  ctx: Pick<Lifetime, 'onInvalidated'>,
  css: string,
  anchor?: Element,
): ShadowHost {
  for (const old of document.querySelectorAll('upstack-key-assist[data-run]'))
    if (old.getAttribute('data-run') !== RUN) old.remove();
  const host = document.createElement('upstack-key-assist');
  host.style.cssText = HOST_STYLE;
  host.setAttribute('data-run', RUN);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  shadow.append(style, container);
  if (anchor) anchor.after(host);
  else document.documentElement.append(host);
  ctx.onInvalidated(() => host.remove());
  return { host, shadow, container };
}
