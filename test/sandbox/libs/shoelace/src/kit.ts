// What every page of the Shoelace app shares, the same as ../../sites/kit.tsx but for Lit:
// options, a pushState router, late data, random keys, the state tests read back.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { options } from '../../../page';

export { exposeState, options, randomString, stampShown as markShown } from '../../../page';

const listeners = new Set<() => void>();
window.addEventListener('popstate', () => {
  for (const listener of listeners) listener();
});

/** Single-page navigation: history.pushState, never a reload. */
export function navigate(to: string, replace = false) {
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  for (const listener of listeners) listener();
}

/** Re-renders its host on every navigation (the host reads `location` in render). */
export class RouteController implements ReactiveController {
  private readonly update = () => this.host.requestUpdate();
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }
  hostConnected() {
    listeners.add(this.update);
  }
  hostDisconnected() {
    listeners.delete(this.update);
  }
}

/** Click handler for links and `sl-button href`: the app routes, the browser does not load. */
export function follow(event: Event) {
  const target = event.currentTarget as HTMLElement & { href?: string };
  const href = target.getAttribute('href') ?? target.href;
  if (!href) return;
  event.preventDefault();
  navigate(href);
}

export const path = () => location.pathname;

/** True once the page's data has "arrived": 300-800 ms after connect, like a real API call. */
export class LateData implements ReactiveController {
  ready = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delayMs?: number,
  ) {
    host.addController(this);
  }
  hostConnected() {
    const late = options.instant ? 0 : 300 + Math.random() * 500;
    this.timer = setTimeout(() => {
      this.ready = true;
      this.host.requestUpdate();
    }, this.delayMs ?? late);
  }
  hostDisconnected() {
    clearTimeout(this.timer);
  }
}

/** The value a Shoelace control holds after its sl-input / sl-change event. */
export const controlValue = (event: Event) =>
  String((event.target as { value?: unknown }).value ?? '');
