// The bench's own pages, served on a provider origin (Klaviyo's) so that the provider content
// script runs there exactly as on the sandbox apps. Registered after the sandbox: Playwright
// tries the newest route first.
import type { BrowserContext } from '@playwright/test';
import { bigPage } from './big-page';

const ORIGIN = 'https://www.klaviyo.com';
/** A page that churns its DOM and its route; `window.__stress()` resolves to its own elapsed ms. */
export const STRESS_URL = `${ORIGIN}/__bench/stress`;
/**
 * One of Klaviyo's API-keys pages by its path (the recipe's `/settings/account/api-keys*`) with
 * nothing the guide looks for: the loader imports the engine and its offer shows, no anchor.
 */
export const START_URL = `${ORIGIN}/settings/account/api-keys/__bench-start`;
/** A big dashboard page (bench/big-page.ts) outside the API-keys pages: dormant, no guide. */
export const bigUrl = (nodes: number) => `${ORIGIN}/__bench/big?nodes=${nodes}`;
/** The same big page on the Upstack dashboard's origin (where the Upstack content script runs). */
const UPSTACK = 'https://app.upstackdata.com';
export const upstackBigUrl = (nodes: number) => `${UPSTACK}/__bench/big?nodes=${nodes}`;

export const ROUTE_CHANGES = 200;
export const MUTATIONS = 10_000;

// Each route change is a task of its own, as in a real single-page app: pushState, then the
// new view replaces the old one (1 mutation) and fills in row by row (the rest). Tasks are
// chained through a MessageChannel, which the browser does not throttle like nested timers.
const STRESS_SCRIPT = `
window.__stress = async () => {
  const main = document.querySelector('main');
  const perRoute = ${MUTATIONS / ROUTE_CHANGES};
  const nextTask = () => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(0);
  });
  const start = performance.now();
  for (let route = 0; route < ${ROUTE_CHANGES}; route++) {
    history.pushState(null, '', '/__bench/stress/' + route);
    const list = document.createElement('ul');
    main.replaceChildren(list);
    for (let row = 1; row < perRoute; row++) {
      const item = document.createElement('li');
      item.textContent = 'Row ' + route + '.' + row;
      list.append(item);
    }
    await nextTask();
  }
  return performance.now() - start;
};`;

const NAV =
  '<nav aria-label="Main"><a href="/dashboard">Home</a> <a href="/settings">Settings</a></nav>';

function html(title: string, body: string) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}

const bigPages = new Map<number, string>();
function big(nodes: number): string {
  let page = bigPages.get(nodes);
  if (!page) {
    page = bigPage(nodes);
    bigPages.set(nodes, page);
  }
  return page;
}

export async function installBenchPages(context: BrowserContext) {
  const type = 'text/html; charset=utf-8';
  await context.route(`${UPSTACK}/__bench/big*`, (route) => {
    const nodes = Number(new URL(route.request().url()).searchParams.get('nodes'));
    return route.fulfill({ contentType: type, body: big(nodes) });
  });
  await context.route(`${ORIGIN}/__bench/**`, (route) => {
    const { pathname, searchParams } = new URL(route.request().url());
    if (pathname === '/__bench/big')
      return route.fulfill({ contentType: type, body: big(Number(searchParams.get('nodes'))) });
    const body = pathname.startsWith('/__bench/stress')
      ? `${NAV}<main></main><script>${STRESS_SCRIPT}</script>`
      : '<main><p>Loading…</p></main>';
    return route.fulfill({ contentType: type, body: html('Klaviyo', body) });
  });
  await context.route(START_URL, (route) =>
    route.fulfill({ contentType: type, body: html('Klaviyo', '<main><p>Loading…</p></main>') }),
  );
}
