// What every sandbox app shares (see sites/kit.tsx): the test's options, random keys, the state
// tests read back, and the moment the secret appeared.
import { signal } from '@angular/core';

import { exposeState, options, randomString, stampShown } from '../../../../page';

export { options, randomString };

/** Optimove's key format is unpublished: 32-48 letters and digits. */
export const newKey = () => randomString(32 + (crypto.getRandomValues(new Uint8Array(1))[0] % 17));

/** Milliseconds the page's data takes to "arrive" (none with `instant`). */
export const late = (ms: number) => (options.instant ? 0 : ms);

export interface Created {
  nickname: string;
  email: string;
  access: string;
  key: string;
}

/** The keys this tenant created: the app's own model, which tests read instead of the DOM. */
export const created = signal<Created[]>([]);

exposeState(() => ({ route: location.hash, created: created() }));

export const markShown = stampShown;
