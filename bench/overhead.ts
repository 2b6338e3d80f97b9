// Page overhead: the stress page (bench/pages.ts) on a provider origin, in three browsers open
// side by side: one with the extension (a guide running in its tab, seeded before the page
// loads, its ring on the page's Settings link) and two without. Runs alternate between them run
// by run, in a new random order each round, so that whatever else the machine does (and
// whatever a run leaves behind) weighs on all three alike. Two figures per run:
// - elapsed: the page's own performance.now() from its first change to its last;
// - CPU: the page's main-thread CPU time over the run and the pause after it (DevTools'
//   Performance.getMetrics ThreadTime), which includes the work the extension defers and, unlike
//   elapsed time, does not count the time other processes hold the cores.
// With/without and without/without (A/A: the noise floor) are ratios of medians. One more run
// with the extension, under the DevTools CPU profiler, gives the extension's own CPU time in a
// run and the functions that took it (bench/profile.ts).
import type { CDPSession } from '@playwright/test';
import { type Browser, guidePointsAtSettings, open, runGuide } from './browser';
import { cpuSession, type Ratios, ratios, shuffled, threadTime } from './interleave';
import { STRESS_URL } from './pages';
import { type OwnCpu, ownCpu } from './profile';

export interface Overhead {
  rounds: number;
  elapsed: Ratios;
  cpu: Ratios;
  /** One more run with the extension, under the CPU profiler (not in the ratios). */
  profiled: OwnCpu;
}

interface Subject {
  browser: Browser;
  cdp: CDPSession;
  elapsed: number[];
  cpu: number[];
}

/**
 * Loads the stress page and lets it settle. With the extension, a guide runs in the tab (seeded
 * before the page loads: outside a guide a provider page is dormant) and the bench waits until
 * its ring is on the page's Settings link.
 */
async function subject(extension: boolean): Promise<Subject> {
  const browser = await open(extension);
  if (extension) await runGuide(browser, 'klaviyo');
  await browser.page.goto(STRESS_URL);
  if (extension) await guidePointsAtSettings(browser.page);
  const cdp = await cpuSession(browser.page);
  await browser.page.waitForTimeout(200);
  return { browser, cdp, elapsed: [], cpu: [] };
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

function ratiosOf(subjects: Subject[], key: 'elapsed' | 'cpu'): Ratios {
  const [w = [], a = [], b = []] = subjects.map((s) => s[key]);
  return ratios(w, a, b);
}

export async function pageOverhead(rounds: number): Promise<Overhead> {
  const subjects: Subject[] = [];
  let profiled: Overhead['profiled'] = { ownCpu: Number.NaN, hotspots: [] };
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
    const [extension] = subjects as [Subject];
    profiled = await ownCpu(extension.cdp, () => run(extension));
  } finally {
    for (const s of subjects) await s.browser.close();
  }
  return {
    rounds,
    elapsed: ratiosOf(subjects, 'elapsed'),
    cpu: ratiosOf(subjects, 'cpu'),
    profiled,
  };
}
