// Start-up: from the page's DOMContentLoaded to the panel's first render (its role=dialog in
// the open shadow root of <upstack-key-assist>), both stamped in the page by an init script.
// The page (bench/pages.ts START_URL) is one of Klaviyo's API-keys pages by its path, with no
// anchor on it: no guide runs, so the loader imports the engine (guide.js) there and the engine
// shows its offer. The figure includes that import.
import { type Browser, open } from './browser';
import { START_URL } from './pages';
import { median } from './stats';

/** Init script: stamps DOMContentLoaded and the first moment the panel is in the shadow root. */
function stampStart() {
  const stamps = { dcl: 0, panel: 0 };
  (window as unknown as { __start: typeof stamps }).__start = stamps;
  document.addEventListener('DOMContentLoaded', () => {
    stamps.dcl = performance.now();
  });
  const watchShadow = (root: ShadowRoot) => {
    const check = () => {
      if (stamps.panel || !root.querySelector('[role=dialog]')) return false;
      stamps.panel = performance.now();
      return true;
    };
    if (check()) return;
    const observer = new MutationObserver(() => check() && observer.disconnect());
    observer.observe(root, { childList: true, subtree: true });
  };
  const hosts = new MutationObserver(() => {
    const root = document.querySelector('upstack-key-assist')?.shadowRoot;
    if (!root) return;
    hosts.disconnect();
    watchShadow(root);
  });
  hosts.observe(document, { childList: true, subtree: true });
}

export interface Startup {
  loads: number;
  median: number;
  max: number;
}

export async function startup(loads: number): Promise<Startup> {
  const browser: Browser = await open(true);
  const samples: number[] = [];
  try {
    await browser.context.addInitScript(stampStart);
    const { page } = browser;
    for (let load = 0; load < loads; load++) {
      await page.goto(START_URL);
      await page.waitForFunction(
        () => (window as unknown as { __start: { panel: number } }).__start.panel > 0,
      );
      const elapsed = await page.evaluate(() => {
        const { dcl, panel } = (window as unknown as { __start: { dcl: number; panel: number } })
          .__start;
        return panel - dcl;
      });
      samples.push(elapsed);
    }
  } finally {
    await browser.close();
  }
  return { loads, median: median(samples), max: Math.max(...samples) };
}
