// The extension's one place on a page: an open shadow root under <upstack-key-assist>, with
// the host's own layout pinned by inline !important styles so that page CSS (even
// `* { all: unset !important }` or `display: none` on unknown elements) cannot hide it.
import type { Lifetime } from '../engine/lifetime';

const HOST_STYLE =
  'all:initial!important;display:block!important;position:static!important;visibility:visible!important;opacity:1!important;contain:none!important';

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
  const host = document.createElement('upstack-key-assist');
  host.style.cssText = HOST_STYLE;
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
