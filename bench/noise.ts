// The capture's cost on a hostile page: 8,000 key-shaped strings on Klaviyo's create page, one
// of them rewritten every 4 ms (sandbox option `keyNoise`). The bench presses Create, which arms
// the capture, and records the page's long tasks (over 50 ms, the Long Tasks API) for the next
// 3 s, with and without the extension: the page's own work must not hide the capture's.
import type { Page } from '@playwright/test';
import { type Browser, open } from './browser';

export const NOISE_STRINGS = 8000;
const WATCH_MS = 3000;
const CREATE = 'https://www.klaviyo.com/create-private-api-key';

export interface NoiseRun {
  /** The longest task seen, in ms; 0 when none reached 50 ms. */
  longest: number;
  tasks: number;
  /** What the panel said at the end (the extension's run). */
  outcome?: string;
}

function watchLongTasks() {
  const seen: number[] = [];
  (window as unknown as { __longTasks: number[] }).__longTasks = seen;
  new PerformanceObserver((list) => {
    if (!(window as unknown as { __measuring?: boolean }).__measuring) return;
    for (const entry of list.getEntries()) seen.push(entry.duration);
  }).observe({ type: 'longtask', buffered: false });
}

async function run(browser: Browser, extension: boolean): Promise<NoiseRun> {
  const { page } = browser;
  await page.addInitScript(watchLongTasks);
  await page.goto(CREATE);
  if (extension) {
    await page.getByRole('radio', { name: /Full Access Key/ }).waitFor({ state: 'attached' });
    await page.waitForFunction(
      () => !!document.querySelector<HTMLInputElement>('input[value=full]')?.checked,
    );
  } else {
    await page.getByLabel('Private API Key Name').fill('UpstackData');
    await page.getByText('Full Access Key').click();
  }
  await page.evaluate(() => {
    (window as unknown as { __measuring: boolean }).__measuring = true;
  });
  await page.locator('form').getByRole('button', { name: 'Create', exact: true }).click();
  await page.waitForTimeout(WATCH_MS);
  const tasks = await page.evaluate(
    () => (window as unknown as { __longTasks: number[] }).__longTasks,
  );
  return {
    longest: Math.max(0, ...tasks),
    tasks: tasks.length,
    outcome: extension ? await statusText(page) : undefined,
  };
}

function statusText(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      document
        .querySelector('upstack-key-assist')
        ?.shadowRoot?.querySelector('[role=status]')
        ?.textContent?.trim() ?? '',
  );
}

export async function noisyCapture(): Promise<{ with: NoiseRun; without: NoiseRun }> {
  const result: Partial<Record<'with' | 'without', NoiseRun>> = {};
  for (const extension of [false, true]) {
    const browser = await open(extension, { keyNoise: NOISE_STRINGS, instant: true });
    try {
      result[extension ? 'with' : 'without'] = await run(browser, extension);
    } finally {
      await browser.close();
    }
  }
  return result as { with: NoiseRun; without: NoiseRun };
}
