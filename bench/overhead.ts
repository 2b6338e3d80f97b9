// Page overhead: the stress page (bench/pages.ts) on a provider origin, timed by the page
// itself, in three browsers open side by side: one with the extension (the guide active, its
// ring on the page's Settings link) and two without. Runs alternate between them run by run,
// in a new random order each round, so that whatever else the machine does (and whatever a
// run leaves behind) weighs on all three alike;
// with/without and without/without (A/A, the noise floor) are ratios of medians.
import { type Browser, open, panelShown } from './browser';
import { STRESS_URL } from './pages';
import { median } from './stats';

export interface Overhead {
  rounds: number;
  /** Median elapsed ms of the stress page, per browser. */
  withExtension: number;
  withoutA: number;
  withoutB: number;
  ratio: number;
  aaRatio: number;
}

function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Loads the stress page (with the extension: until its guide shows) and lets it settle. */
async function load(browser: Browser, guided: boolean) {
  await browser.page.goto(STRESS_URL);
  if (guided) await panelShown(browser.page);
  await browser.page.waitForTimeout(200);
}

/** One stress run in the loaded page (the page stays: a single-page app's long session). */
function stress(browser: Browser): Promise<number> {
  return browser.page.evaluate(() =>
    (window as unknown as { __stress(): Promise<number> }).__stress(),
  );
}

export async function pageOverhead(rounds: number): Promise<Overhead> {
  const browsers = [await open(true), await open(false), await open(false)] as const;
  const samples: number[][] = [[], [], []];
  try {
    for (const [i, browser] of browsers.entries()) {
      await load(browser, i === 0);
      await stress(browser); // not counted: compiles the page's script, warms the caches
    }
    for (let round = 0; round < rounds; round++) {
      for (const i of shuffled([0, 1, 2])) {
        samples[i]?.push(await stress(browsers[i] as Browser));
        // Let the run's tail (the guide's throttled evaluation, GC) end before the next one.
        await browsers[i]?.page.waitForTimeout(150);
      }
    }
  } finally {
    for (const browser of browsers) await browser.close();
  }
  const [withExtension, withoutA, withoutB] = samples.map(median) as [number, number, number];
  return {
    rounds,
    withExtension,
    withoutA,
    withoutB,
    ratio: withExtension / withoutA,
    aaRatio: withoutB / withoutA,
  };
}
