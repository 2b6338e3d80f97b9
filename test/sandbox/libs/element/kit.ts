// The small pieces the Element Plus app shares with the React sandbox (sites/kit.tsx), without
// React: options, a pushState router as a Vue ref, late data, random keys and the exposed state.
import { onBeforeUnmount, onMounted, type Ref, ref } from 'vue';
import type { SandboxOptions } from '../../options';

export const options: SandboxOptions =
  (window as unknown as { __SANDBOX_OPTIONS__?: SandboxOptions }).__SANDBOX_OPTIONS__ ?? {};

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function randomString(length: number, alphabet = ALPHANUMERIC): string {
  const values = crypto.getRandomValues(new Uint32Array(length));
  return Array.from(values, (v) => alphabet[v % alphabet.length]).join('');
}

const here = () => location.pathname + location.search + location.hash;

/** Where the app is: pathname + search + hash, kept current by navigate() and popstate. */
export const where: Ref<string> = ref(here());
window.addEventListener('popstate', () => {
  where.value = here();
});

/** Single-page navigation: history.pushState, never a reload. */
export function navigate(to: string, replace = false) {
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  where.value = here();
}

/** Artificial delay in ms, or 0 when the test asked for `instant`. */
export const late = (min = 300, spread = 500) =>
  options.instant ? 0 : min + Math.random() * spread;

/** True once the page's data has "arrived": 300-800 ms after mount, like a real API call. */
export function lateData(delayMs?: number): Ref<boolean> {
  const ready = ref(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  onMounted(() => {
    timer = setTimeout(() => {
      ready.value = true;
    }, delayMs ?? late());
  });
  onBeforeUnmount(() => clearTimeout(timer));
  return ready;
}

interface Exposed {
  state: () => unknown;
  /** `performance.now()` when the newest secret appeared on screen. */
  shownAt?: number;
}
const exposed = () => (window as unknown as { __sandbox: Exposed }).__sandbox;

/** What tests read back: the app's own state, not the DOM. */
export function exposeState(state: () => unknown) {
  (window as unknown as { __sandbox: Exposed }).__sandbox = { state };
}

/** Stamps the moment the secret reached the screen (the bench measures capture latency from it). */
export function markShown() {
  exposed().shownAt = performance.now();
}
