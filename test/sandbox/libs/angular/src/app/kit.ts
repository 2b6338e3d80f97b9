// What every sandbox app shares (see sites/kit.tsx): the test's options, random keys, the state
// tests read back, and the moment the secret appeared.
import { signal } from '@angular/core';
import type { SandboxOptions } from '../../../../options';

export const options: SandboxOptions =
  (window as unknown as { __SANDBOX_OPTIONS__?: SandboxOptions }).__SANDBOX_OPTIONS__ ?? {};

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function randomString(length: number, alphabet = ALPHANUMERIC): string {
  const values = crypto.getRandomValues(new Uint32Array(length));
  return Array.from(values, (v) => alphabet[v % alphabet.length]).join('');
}

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

interface Exposed {
  state: () => unknown;
  /** `performance.now()` when the element showing the newest secret revealed it. */
  shownAt?: number;
}

(window as unknown as { __sandbox: Exposed }).__sandbox = {
  state: () => ({ route: location.hash, created: created() }),
};

export function markShown() {
  (window as unknown as { __sandbox: Exposed }).__sandbox.shownAt = performance.now();
}
