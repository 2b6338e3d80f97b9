// Who may send each message, in one table: the background's whole sender policy on one screen.
// A sender has roles (lib/protocol/sender.ts decides them from what the browser says, never from
// the page's word); a message from a sender with none of its type's roles gets the type's
// refusal and changes nothing.
import type { Request } from './messages';
import type { Said } from './said';
import { said } from './said';

/**
 * `provider`: a content script in the top frame of that provider's own dashboard.
 * `upstack`: one on the Upstack dashboard over HTTPS (or the origin the merchant added).
 * `extension`: the popup, options, first-run or Fill page. `frame`: an extension page in a
 * subframe of a tab (the Fill frame; where it is embedded is not known from this alone). `help`:
 * our button on Upstack's help articles. `any`: any of the extension's own contexts (masked
 * state only).
 */
export type Role = 'provider' | 'upstack' | 'extension' | 'frame' | 'help' | 'any';

/** What a refused sender gets: a reason in words (`{ ok: false, reason }`), a bare value, the
 * provider's masked status (what `status` tells any of our contexts anyway), or, for a Fill
 * frame's claim, `{ ok: false }` with the claimed token spent (lib/background/frame-mounts.ts). */
export type Denial =
  | { say: (name: string) => Said }
  | { value: null | undefined | 'status' }
  | { spend: 'token' };

const silent: Denial = { value: undefined };
const none: Denial = { value: null };
const status: Denial = { value: 'status' };
const says = (say: (name: string) => Said): Denial => ({ say });

export const POLICY = {
  wake: { from: ['provider'], denied: none },
  guide: { from: ['provider'], denied: none },
  close: { from: ['provider'], denied: silent },
  capture: { from: ['provider'], denied: says((name) => said('errOwnPagesOnly', name)) },
  verify: { from: ['provider'], denied: says(() => said('errNotProviderPage')) },
  progress: { from: ['provider'], denied: silent },
  status: { from: ['any'], denied: silent },
  held: { from: ['upstack'], denied: none },
  reveal: { from: ['upstack'], denied: says(() => said('errUpstackOnly')) },
  'frame-mount': { from: ['upstack'], denied: silent },
  // A claim refused still spends its token (handlers.ts): a token tried by the wrong sender is
  // no good to the right one.
  'frame-claim': { from: ['frame'], denied: { spend: 'token' } },
  filled: { from: ['upstack'], denied: status },
  done: { from: ['upstack'], denied: silent },
  forget: { from: ['provider', 'extension', 'upstack'], denied: status },
  start: { from: ['provider', 'extension', 'help'], denied: silent },
  overview: { from: ['extension'], denied: silent },
  focus: { from: ['extension'], denied: silent },
  check: { from: ['extension'], denied: silent },
  copy: { from: ['extension'], denied: says(() => said('errPopupOnly')) },
} as const satisfies Record<Request['type'], { from: readonly Role[]; denied: Denial }>;

export type RequestType = keyof typeof POLICY;

/** The first of the type's roles that the sender has, if any. */
export function allowedAs(type: RequestType, roles: ReadonlySet<Role>): Role | undefined {
  const from: readonly Role[] = POLICY[type].from;
  return from.find((role) => role === 'any' || roles.has(role));
}
