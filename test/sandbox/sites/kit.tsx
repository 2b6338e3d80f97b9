/** @jsxImportSource react */
// Small pieces every sandbox app shares: options, a pushState router, late data, random keys.
import { type AnchorHTMLAttributes, useEffect, useState, useSyncExternalStore } from 'react';
import { options, stampShown } from '../page';

export { exposeState, options, randomString } from '../page';

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

/** Ref of the element that shows a new secret: stamps the moment React inserts it (the bench
 * measures capture latency from there). */
export function markShown(el: Element | null) {
  if (el) stampShown();
}
