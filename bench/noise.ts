// The capture's cost on a hostile page: 8,000 key-shaped strings on Klaviyo's create page, one
// of them rewritten every 4 ms (sandbox option `keyNoise`). The bench presses Create, which arms
// the capture, and for the next 3 s records two things: the page's long animation frames (over
// 50 ms), with and without the extension, and a CPU profile (DevTools protocol, 100 µs samples)
// in which the extension's part is every sample whose stack holds a frame of its own scripts: its
// longest task is the longest unbroken run of such samples (layout it forces included).
import type { Page } from '@playwright/test';
import { type Browser, open, runGuide } from './browser';
import {
  extensionHotspots,
  type Hotspot,
  longestExtensionRun,
  startProfile,
  stopProfile,
} from './profile';

export const NOISE_STRINGS = 8000;
const WATCH_MS = 3000;
const CREATE = 'https://www.klaviyo.com/create-private-api-key';

export interface NoiseRun {
  /** The longest long animation frame, in ms (0: none over 50 ms). */
  longestFrame: number;
  frames: number;
  /** The longest unbroken run of the extension's code in the CPU profile, in ms. */
  longestExtension: number;
  /** What the panel said at the end (the extension's run). */
  outcome?: string;
  /** The extension's functions with the most self time over the 3 s. */
  hotspots?: Hotspot[];
}

export interface Frame {
  duration: number;
  scripts: { sourceURL: string; duration: number }[];
}

/** In the page (an init script): long animation frames are kept while `__measuring` is set. */
export function watchLongFrames() {
  const frames: Frame[] = [];
  (window as unknown as { __frames: Frame[] }).__frames = frames;
  new PerformanceObserver((list) => {
    if (!(window as unknown as { __measuring?: boolean }).__measuring) return;
    for (const entry of list.getEntries() as unknown as Frame[])
      frames.push({
        duration: entry.duration,
        scripts: entry.scripts.map((s) => ({ sourceURL: s.sourceURL, duration: s.duration })),
      });
  }).observe({ type: 'long-animation-frame', buffered: false });
}

async function run(browser: Browser, withExtension: boolean): Promise<NoiseRun> {
  const { page } = browser;
  await page.addInitScript(watchLongFrames);
  // The capture belongs to a running guide (the form prefilled, as the merchant finds it).
  if (withExtension) await runGuide(browser, 'klaviyo');
  await page.goto(CREATE);
  if (withExtension) {
    await page.getByRole('radio', { name: /Full Access Key/ }).waitFor({ state: 'attached' });
    await page.waitForFunction(
      () => !!document.querySelector<HTMLInputElement>('input[value=full]')?.checked,
    );
  } else {
    await page.getByLabel('Private API Key Name').fill('UpstackData');
    await page.getByText('Full Access Key').click();
  }
  const cdp = await page.context().newCDPSession(page);
  await startProfile(cdp);
  await page.evaluate(() => {
    (window as unknown as { __measuring: boolean }).__measuring = true;
  });
  await page.locator('form').getByRole('button', { name: 'Create', exact: true }).click();
  await page.waitForTimeout(WATCH_MS);
  const frames = await page.evaluate(() => (window as unknown as { __frames: Frame[] }).__frames);
  const profile = await stopProfile(cdp);
  return {
    longestFrame: Math.max(0, ...frames.map((f) => f.duration)),
    frames: frames.length,
    longestExtension: withExtension ? longestExtensionRun(profile) : 0,
    outcome: withExtension ? await statusText(page) : undefined,
    hotspots: withExtension ? extensionHotspots(profile) : undefined,
  };
}

/** What the extension's panel says now. */
export function statusText(page: Page): Promise<string> {
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
