// A browser for one measurement: Chromium with or without the built extension, the sandbox at
// the providers' origins, and the bench's own pages (bench/pages.ts) on a provider origin.
import { rmSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { backgroundWorker, launch } from '../test/e2e/support/fixtures';
import { guideRunning } from '../test/e2e/support/helpers';
import { installSandbox, type SandboxOptions } from '../test/sandbox/serve';
import { installBenchPages } from './pages';

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function open(extension: boolean, sandbox: SandboxOptions = {}): Promise<Browser> {
  const { context, userDataDir } = await launch({ extension });
  await installSandbox(context, sandbox);
  await installBenchPages(context);
  // A bench step that hangs fails in seconds, not at the run's time limit.
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The extension's panel (role=dialog) in the open shadow root of <upstack-key-assist>. */
export function panelShown(page: Page) {
  return page.waitForFunction(
    () =>
      !!document.querySelector('upstack-key-assist')?.shadowRoot?.querySelector('[role=dialog]'),
  );
}

/**
 * A guide running for these providers in every tab open now, as after the merchant's Start
 * (the e2e suite's set-up): seed it before the page loads. A provider page outside a guide and
 * its API-keys pages is dormant (the loader alone); an API-keys page shows the offer.
 */
export async function runGuide(browser: Pick<Browser, 'context'>, ...providers: string[]) {
  await guideRunning(await backgroundWorker(browser.context), ...providers);
}

/**
 * The guide's panel says `step` and its ring is around the page's Settings link (a provider
 * page outside Settings: the guide's step is "Open Settings").
 */
export function guidePointsAtSettings(page: Page, step = 'Open Settings') {
  return page.waitForFunction((step) => {
    const root = document.querySelector('upstack-key-assist')?.shadowRoot;
    const ring = root?.querySelector('.ring');
    const link = document.querySelector('a[href$="/settings"]');
    if (!root?.querySelector('[role=dialog]')?.textContent?.includes(step)) return false;
    if (!ring?.matches(':popover-open') || !link) return false;
    const around = ring.getBoundingClientRect();
    const at = link.getBoundingClientRect();
    const [x, y] = [at.left + at.width / 2, at.top + at.height / 2];
    return x > around.left && x < around.right && y > around.top && y < around.bottom;
  }, step);
}
