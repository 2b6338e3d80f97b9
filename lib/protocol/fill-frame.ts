// The messages between the Fill frame (entrypoints/fill, an extension page inside the Upstack
// page) and the Upstack content script that embeds it. No secret travels here: the frame shows
// masked state only and names the entry the merchant saw; the content script asks the
// background for the key itself. Checked by hand at both ends (the content script carries no
// zod): a message that does not have exactly this shape is dropped.

/** Frame → content script. The content script takes these only from its own frame's window
 * and the extension's origin: a page script cannot forge `event.source` or `event.origin`. */
export type FrameMessage =
  /** The frame's content height, for the iframe's height. */
  | { type: 'size'; height: number }
  /** The merchant's trusted activation of Fill passed the frame's own guard. */
  | { type: 'fill'; entry: string }
  /** The merchant closed the panel (its close button or Esc). */
  | { type: 'close' };

/** What the content script tells the frame happened. Codes only: the frame shows its own
 * texts for them. A page script can post to the frame too (it shares the frame's parent
 * window), so it can at most pick one of these texts; it can never put its own words there. */
export const NOTES = [
  'again',
  'formGone',
  'changed',
  'gone',
  'refused',
  'done',
  // After the save: what the destination's card says (lib/engine/destination-health.ts).
  'healthy',
  'unhealthy',
] as const;
export type NoteCode = (typeof NOTES)[number];

/** How the page shows the Upstack guide's step (lib/recipes/upstack.ts): `ok`, its target found
 * and its prefills done; `ask`, the merchant must make the step's choice; `fallback`, its target
 * missing for a while (plain instructions and a link instead). */
export const STEP_STATES = ['ok', 'ask', 'fallback'] as const;
export type StepState = (typeof STEP_STATES)[number];

/** Content script → frame. `placed`: the content script (re)showed or moved the frame, so the
 * frame's own wait before Fill counts starts again. `step`: the guide's step by its id, and which
 * of its target's names the found target bears (-1: none), so that the frame shows the page's
 * button by our own word for it. */
export type HostMessage =
  /** The handshake (lib/background/frame-mounts.ts): the token the content script registered
   * for this frame, posted once, to its first document only. Until the background claims it,
   * the frame posts nothing. */
  | { type: 'hello'; token: string }
  | { type: 'note'; code: NoteCode }
  | { type: 'placed' }
  /** Whether a filter on the page's root (a dark-mode extension's) is now the only reason a
   * Fill would not count: the frame says so and holds its Fill while it is on. A page script
   * can post this too: at most it shows that text, or unholds a Fill the click-time guard still
   * refuses. */
  | { type: 'filter'; on: boolean }
  /** The vault changed (the background told this tab): ask for the masked status again. Firefox
   * does not deliver the background's notice to an extension frame inside a web page. */
  | { type: 'vault' }
  /** `from`: the recipe step where the guide's path started, for the journey's count. */
  | { type: 'step'; id: string; state: StepState; name: number; from: number };

const ENTRY = /^[\w-]{1,64}$/;
const MAX_HEIGHT = 2000;

const isObject = (data: unknown): data is Record<string, unknown> =>
  typeof data === 'object' && data !== null && !Array.isArray(data);

const keysAre = (data: Record<string, unknown>, keys: string[]) =>
  Object.keys(data).length === keys.length && keys.every((key) => Object.hasOwn(data, key));

export function parseFrameMessage(data: unknown): FrameMessage | undefined {
  if (!isObject(data)) return undefined;
  switch (data.type) {
    case 'size':
      return keysAre(data, ['type', 'height']) &&
        typeof data.height === 'number' &&
        Number.isFinite(data.height) &&
        data.height > 0 &&
        data.height <= MAX_HEIGHT
        ? { type: 'size', height: Math.ceil(data.height) }
        : undefined;
    case 'fill':
      return keysAre(data, ['type', 'entry']) &&
        typeof data.entry === 'string' &&
        ENTRY.test(data.entry)
        ? { type: 'fill', entry: data.entry }
        : undefined;
    case 'close':
      return keysAre(data, ['type']) ? { type: 'close' } : undefined;
    default:
      return undefined;
  }
}

const STEP_ID = /^[a-z-]{1,40}$/;
const TOKEN = /^[0-9a-f-]{36}$/;

export function parseHostMessage(data: unknown): HostMessage | undefined {
  if (!isObject(data)) return undefined;
  if (data.type === 'hello')
    return keysAre(data, ['type', 'token']) &&
      typeof data.token === 'string' &&
      TOKEN.test(data.token)
      ? { type: 'hello', token: data.token }
      : undefined;
  if (data.type === 'placed') return keysAre(data, ['type']) ? { type: 'placed' } : undefined;
  if (data.type === 'filter')
    return keysAre(data, ['type', 'on']) && typeof data.on === 'boolean'
      ? { type: 'filter', on: data.on }
      : undefined;
  if (data.type === 'vault') return keysAre(data, ['type']) ? { type: 'vault' } : undefined;
  if (data.type === 'step') {
    const state = STEP_STATES.find((s) => s === data.state);
    const small = (n: unknown, min: number): n is number =>
      Number.isInteger(n) && (n as number) >= min && (n as number) < 20;
    return keysAre(data, ['type', 'id', 'state', 'name', 'from']) &&
      typeof data.id === 'string' &&
      STEP_ID.test(data.id) &&
      state &&
      small(data.name, -1) &&
      small(data.from, 0)
      ? { type: 'step', id: data.id, state, name: data.name, from: data.from }
      : undefined;
  }
  if (data.type !== 'note' || !keysAre(data, ['type', 'code'])) return undefined;
  const code = NOTES.find((note) => note === data.code);
  return code ? { type: 'note', code } : undefined;
}
