// What the Snapchat pages keep (the tests read it back instead of the DOM): the tokens generated,
// by their last 4 characters only, and how many times Copy was pressed.
import { signal } from '@angular/core';
import { exposeState, options, randomString, stampShown } from '../../../../../page';

export { options, stampShown };

export interface Generated {
  end: string;
}
export const tokens = signal<Generated[]>([]);
export const copied = signal(0);

/** Snapchat publishes no token shape ("100+ characters"): three dot-separated random runs, like
 * a signed token, about 230 characters in all. */
export const newToken = () => `${randomString(36)}.${randomString(150)}.${randomString(43)}`;

/** Milliseconds the page's data takes to "arrive" (none with `instant`). */
export const late = (ms: number) => (options.instant ? 0 : ms);

/** Replaces the Optimove pages' state: one app per host. */
export function exposeSnapchat() {
  exposeState(() => ({ route: location.pathname, tokens: tokens(), copied: copied() }));
}
