/** @jsxImportSource react */
// Small pieces every sandbox app shares: options, a pushState router, late data, random keys.
import { type AnchorHTMLAttributes, useEffect, useState, useSyncExternalStore } from 'react';
import type { SandboxOptions } from '../options';

export const options: SandboxOptions =
  (window as unknown as { __SANDBOX_OPTIONS__?: SandboxOptions }).__SANDBOX_OPTIONS__ ?? {};

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function randomString(length: number, alphabet = ALPHANUMERIC): string {
  const values = crypto.getRandomValues(new Uint32Array(length));
  return Array.from(values, (v) => alphabet[v % alphabet.length]).join('');
}

const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/** Single-page navigation: history.pushState, never a reload. */
export function navigate(to: string, replace = false) {
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  for (const listener of listeners) listener();
}

export function useLocation(): string {
  return useSyncExternalStore(subscribe, () => location.pathname + location.search + location.hash);
}

export function Link({ to, ...rest }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  return (
    <a
      {...rest}
      href={to}
      onClick={(event) => {
        event.preventDefault();
        navigate(to);
      }}
    />
  );
}

/** True once the page's data has "arrived": 300-800 ms after mount, like a real API call. */
export function useLateData(delayMs?: number): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const late = options.instant ? 0 : 300 + Math.random() * 500;
    const timer = setTimeout(() => setReady(true), delayMs ?? late);
    return () => clearTimeout(timer);
  }, [delayMs]);
  return ready;
}

interface Exposed {
  state: () => unknown;
  /** `performance.now()` when the element showing the newest secret entered the page. */
  shownAt?: number;
}
const exposed = () => (window as unknown as { __sandbox: Exposed }).__sandbox;

/** What tests read back: the app's own state, not the DOM. */
export function exposeState(state: () => unknown) {
  (window as unknown as { __sandbox: Exposed }).__sandbox = { state };
}

/** Ref of the element that shows a new secret: stamps the moment React inserts it (the bench
 * measures capture latency from there). */
export function markShown(el: Element | null) {
  if (el) exposed().shownAt = performance.now();
}
