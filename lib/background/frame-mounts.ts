// The Fill frame's handshake (lib/engine/fill-frame.ts, lib/ui/fill-app.tsx). The Upstack
// content script registers a fresh random token for each frame it mounts; it hands the token
// to its own frame only, by postMessage to that frame's window at the extension's origin, once
// the frame has loaded. The frame posts nothing to its parent until the background has claimed
// the token for it: once, from the same tab, for the same provider. The address of the frame
// alone (a page can read it from the DOM) is useless: a page that frames it, or points the
// frame elsewhere, never receives a token. Memory only: a token lives seconds.

export interface FrameMount {
  tab: number;
  provider: string;
  /** The Upstack dashboard's origin that mounted the frame: the only one it posts to. */
  origin: string;
}

/** More pending than this (a page remounting the frame in a loop): the oldest go. */
const MAX_PENDING = 20;

export function createFrameMounts() {
  const pending = new Map<string, FrameMount>();
  return {
    mount(token: string, mount: FrameMount) {
      pending.delete(token);
      pending.set(token, mount);
      for (const old of pending.keys()) {
        if (pending.size <= MAX_PENDING) break;
        pending.delete(old);
      }
    },
    spend(token: string) {
      pending.delete(token);
    },
    /** The origin the frame may post to, once; undefined for a token unknown, used, or from
     * another tab or provider (then it is spent too). */
    claim(token: string, tab: number | undefined, provider: string): string | undefined {
      const mount = pending.get(token);
      pending.delete(token);
      if (!mount || mount.tab !== tab || mount.provider !== provider) return undefined;
      return mount.origin;
    },
  };
}
