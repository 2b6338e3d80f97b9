// Page overhead: the stress page (bench/pages.ts) on a provider origin, in three browsers open
// side by side: one with the extension (the guide active, its ring on the page's Settings link)
// and two without. Runs alternate between them run by run, in a new random order each round, so
// that whatever else the machine does (and whatever a run leaves behind) weighs on all three
// alike. Two figures per run:
// - elapsed: the page's own performance.now() from its first change to its last;
// - CPU: the page's main-thread CPU time over the run and the pause after it (DevTools'
//   Performance.getMetrics ThreadTime), which includes the work the extension defers and, unlike
//   elapsed time, does not count the time other processes hold the cores.
// With/without and without/without (A/A: the noise floor) are ratios of medians.
import type { CDPSession } from '@playwright/test';
import { type Browser, open, panelShown } from './browser';
import { STRESS_URL } from './pages';
import { median } from './stats';

export interface Ratios {
  /** Medians, ms: with the extension, without (A), without (B). */
  medians: [number, number, number];
  ratio: number;
  aaRatio: number;
  /** Every run, round by round: [with, without A, without B]. */
  samples: [number, number, number][];
}
export interface Overhead {
  rounds: number;
  elapsed: Ratios;
  cpu: Ratios;
}

interface Subject {
  browser: Browser;
  cdp: CDPSession;
  elapsed: number[];
  cpu: number[];
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
async function subject(extension: boolean): Promise<Subject> {
  const browser = await open(extension);
  await browser.page.goto(STRESS_URL);
  if (extension) await panelShown(browser.page);
  const cdp = await browser.context.newCDPSession(browser.page);
  await cdp.send('Performance.enable');
  await browser.page.waitForTimeout(200);
  return { browser, cdp, elapsed: [], cpu: [] };
}

async function threadTime(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN) * 1000;
}

/** One stress run in the loaded page (the page stays: a single-page app's long session). */
async function run(s: Subject) {
  const before = await threadTime(s.cdp);
  const elapsed = await s.browser.page.evaluate(() =>
    (window as unknown as { __stress(): Promise<number> }).__stress(),
  );
  // The run's tail (the guide's throttled evaluation, GC) ends before the next run starts.
  await s.browser.page.waitForTimeout(150);
  return { elapsed, cpu: (await threadTime(s.cdp)) - before };
}

function ratios(subjects: Subject[], key: 'elapsed' | 'cpu'): Ratios {
  const [w = [], a = [], b = []] = subjects.map((s) => s[key]);
  const medians: [number, number, number] = [median(w), median(a), median(b)];
  return {
    medians,
    ratio: medians[0] / medians[1],
    aaRatio: medians[2] / medians[1],
    samples: w.map((x, r) => [x, a[r] ?? Number.NaN, b[r] ?? Number.NaN]),
  };
}

export async function pageOverhead(rounds: number): Promise<Overhead> {
  const subjects: Subject[] = [];
  try {
    for (const extension of [true, false, false]) subjects.push(await subject(extension));
    for (const s of subjects) await run(s); // not counted: compiles the page's script, warms caches
    for (let round = 0; round < rounds; round++) {
      for (const s of shuffled(subjects)) {
        const { elapsed, cpu } = await run(s);
        s.elapsed.push(elapsed);
        s.cpu.push(cpu);
      }
    }
  } finally {
    for (const s of subjects) await s.browser.close();
  }
  return { rounds, elapsed: ratios(subjects, 'elapsed'), cpu: ratios(subjects, 'cpu') };
}
