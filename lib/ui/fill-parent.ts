// The Fill frame's link to its parent (lib/ui/fill-app.tsx): the handshake that proves the parent
// is the content script that mounted it (lib/background/frame-mounts.ts), and the one way to
// post to it. Until the handshake, nothing is posted: a page that frames this page, or points
// the frame here, is told nothing, not even its size.
import { messages } from '../protocol/client';
import { type FrameMessage, parseHostMessage } from '../protocol/fill-frame';

/** The Upstack origin the frame may post to, once the handshake has proved its parent. */
let parentOrigin: string | undefined;
/** Hellos tried before the frame stops listening for one (a page can post them too). */
const MAX_HELLOS = 5;

/** The proved parent's origin; none before the handshake. */
export const provedOrigin = () => parentOrigin;

export const postToParent = (message: FrameMessage) => {
  if (parentOrigin) window.parent.postMessage(message, parentOrigin);
};

/** The browser names the frame's ancestors (Chromium, and a recent Firefox, 153 ESR here, which gives
 * "null" for a parent whose iframe sends no referrer; lib/engine/fill-frame.ts sends the origin):
 * the parent must be the origin the handshake gave, and the top frame. A browser without
 * ancestorOrigins (an older Firefox): the handshake alone. */
function parentIs(origin: string): boolean {
  const ancestors = location.ancestorOrigins;
  return !ancestors || (ancestors.length === 1 && ancestors[0] === origin);
}

/** Waits for the parent's token, and has the background claim it. A page script shares the
 * parent's window, so it can post a hello too: a claim that fails is not the end (the content
 * script's own hello may still come), but only a few are tried. Never resolves false: a frame
 * never proved keeps saying why it shows nothing. */
export function handshake(provider: string): Promise<void> {
  let tries = 0;
  return new Promise((resolve) => {
    const onHello = async (event: MessageEvent) => {
      if (event.source !== window.parent || parentOrigin) return;
      const message = parseHostMessage(event.data);
      if (message?.type !== 'hello') return;
      if (++tries >= MAX_HELLOS) window.removeEventListener('message', onHello);
      const claim = await messages
        .frameClaim(provider, message.token)
        .catch(() => ({ ok: false as const }));
      if (!claim.ok || event.origin !== claim.origin || !parentIs(claim.origin) || parentOrigin)
        return;
      window.removeEventListener('message', onHello);
      parentOrigin = claim.origin;
      resolve();
    };
    window.addEventListener('message', onHello);
  });
}
