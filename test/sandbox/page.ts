// What every sandbox app shares, whatever its framework: the test's options, random keys, and
// what tests read back (the app's own state, and the moment the newest secret appeared).
import type { SandboxOptions } from './options';

export const options: SandboxOptions =
  (window as unknown as { __SANDBOX_OPTIONS__?: SandboxOptions }).__SANDBOX_OPTIONS__ ?? {};

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function randomString(length: number, alphabet = ALPHANUMERIC): string {
  const values = crypto.getRandomValues(new Uint32Array(length));
  return Array.from(values, (v) => alphabet[v % alphabet.length]).join('');
}

interface Exposed {
  state: () => unknown;
  /** `performance.now()` when the newest secret appeared on the page. */
  shownAt?: number;
}
const exposed = () => (window as unknown as { __sandbox: Exposed }).__sandbox;

/** What tests read back: the app's own state, not the DOM. */
export function exposeState(state: () => unknown) {
  (window as unknown as { __sandbox: Exposed }).__sandbox = { state };
}

/** Stamps the moment the newest secret appeared (the bench measures capture latency from it). */
export function stampShown() {
  exposed().shownAt = performance.now();
}

/** Dotdigital's password rule for API users (its help centre), as the sandbox apps enforce it. */
export const COMPANY = 'Acme Store';

export function passwordProblem(password: string, email: string): string | undefined {
  if (password.length < 8) return 'Password must be at least 8 characters.';
  if (!/[^A-Za-z]/.test(password)) return 'Password must contain a number or a symbol.';
  const lower = password.toLowerCase();
  if (
    lower.includes('password') ||
    lower.includes(email.toLowerCase()) ||
    lower.includes(COMPANY.toLowerCase())
  ) {
    return 'Password must not contain "password", the email address or the company name.';
  }
  return undefined;
}
