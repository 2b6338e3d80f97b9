// What the CPU measurements share (bench/overhead.ts, bench/big-page-cpu.ts): the main thread's
// CPU time of a page (DevTools' Performance.getMetrics ThreadTime), browsers taken in a new
// random order each round, and ratios of medians: with/without, and without/without (A/A: the
// noise floor, what two identical browsers differ by on this machine now).
import type { CDPSession, Page } from '@playwright/test';
import { median } from './stats';

export interface Ratios {
  /** Medians, ms: with the extension, without (A), without (B). */
  medians: [number, number, number];
  ratio: number;
  aaRatio: number;
  /** Every run, round by round: [with, without A, without B]. */
  samples: [number, number, number][];
}

export function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** A DevTools session on the page that reads its main thread's CPU time. */
export async function cpuSession(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return cdp;
}

/** The page's main-thread CPU time so far, ms. */
export async function threadTime(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN) * 1000;
}

/** Ratios of medians from each browser's runs: `with`, `a` and `b` round by round. */
export function ratios(w: number[], a: number[], b: number[]): Ratios {
  const medians: [number, number, number] = [median(w), median(a), median(b)];
  return {
    medians,
    ratio: medians[0] / medians[1],
    aaRatio: medians[2] / medians[1],
    samples: w.map((x, r) => [x, a[r] ?? Number.NaN, b[r] ?? Number.NaN]),
  };
}
