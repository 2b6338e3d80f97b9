// The capture's cost on a hostile page: 8,000 key-shaped strings on Klaviyo's create page, one
// of them rewritten every 4 ms (sandbox option `keyNoise`). The bench presses Create, which arms
// the capture, and for the next 3 s records two things: the page's long animation frames (over
// 50 ms), with and without the extension, and a CPU profile (DevTools protocol, 100 µs samples)
// in which the extension's part is every sample whose stack holds a frame of its own scripts: its
// longest task is the longest unbroken run of such samples (layout it forces included).
import type { CDPSession, Page } from '@playwright/test';
import { type Browser, open } from './browser';

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
}

interface Frame {
  duration: number;
  scripts: { sourceURL: string; duration: number }[];
}

function watchLongFrames() {
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
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.evaluate(() => {
    (window as unknown as { __measuring: boolean }).__measuring = true;
  });
  await page.locator('form').getByRole('button', { name: 'Create', exact: true }).click();
  await page.waitForTimeout(WATCH_MS);
  const frames = await page.evaluate(() => (window as unknown as { __frames: Frame[] }).__frames);
  return {
    longestFrame: Math.max(0, ...frames.map((f) => f.duration)),
    frames: frames.length,
    longestExtension: withExtension ? longestExtensionRun(await stopProfile(cdp)) : 0,
    outcome: withExtension ? await statusText(page) : undefined,
  };
}

interface Profile {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

async function stopProfile(cdp: CDPSession): Promise<Profile> {
  const { profile } = await cdp.send('Profiler.stop');
  return profile as Profile;
}

/** The longest run of consecutive samples whose stack holds a frame of the extension's scripts. */
function longestExtensionRun(profile: Profile): number {
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const url = byId.get(id)?.callFrame.url ?? '';
    const up = parent.get(id);
    const result = /^(chrome|moz)-extension:/.test(url) || (up !== undefined && isOurs(up));
    ours.set(id, result);
    return result;
  };
  let run = 0;
  let longest = 0;
  profile.samples.forEach((id, i) => {
    // A sample's delta is the time since the previous one: that stretch ran this stack.
    const delta = (profile.timeDeltas[i] ?? 0) / 1000;
    run = isOurs(id) ? run + delta : 0;
    longest = Math.max(longest, run);
  });
  return longest;
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
