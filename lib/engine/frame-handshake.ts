// The Upstack content script's side of the Fill frame's handshake (lib/background/frame-mounts.ts,
// lib/ui/fill-app.tsx): a fresh token, registered with the background for this mount, is handed
// to the frame's first document only, by postMessage at the extension's origin once it has
// loaded. A later document (the page pointed the frame elsewhere, or reloaded it) gets none, and
// a page that frames the Fill page's address elsewhere never gets one: such a frame posts nothing.
import { messages } from '../protocol/client';
import type { HostMessage } from '../protocol/fill-frame';
import type { Lifetime } from './lifetime';

export function greetFrame(
  ctx: Pick<Lifetime, 'addEventListener'>,
  iframe: HTMLIFrameElement,
  provider: string,
  post: (message: HostMessage) => void,
): void {
  // The origin alone, never the page's path. Not 'no-referrer' (nor 'same-origin'): Firefox then
  // masks the frame's location.ancestorOrigins to "null", and the frame, which checks that its
  // one ancestor is the origin the handshake named, would never show itself.
  iframe.referrerPolicy = 'origin';
  const token = crypto.randomUUID();
  const mounted = messages.frameMount(provider, token).catch(() => {});
  let greeted = false;
  ctx.addEventListener(iframe, 'load', () => {
    if (greeted) return;
    greeted = true;
    void mounted.then(() => post({ type: 'hello', token }));
  });
}
