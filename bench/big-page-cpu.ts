// What a provider's big dashboard page (bench/big-page.ts: 20,000 or 60,000 elements, a live
// metric rewritten 5 times a second) costs with the extension, dormant and with a guide running.
// Four browsers hold the same page side by side: the extension dormant (no guide: the loader
// alone), the extension with a guide running in the tab (seeded before the page loads; the bench
// waits until its ring is on the Settings link), and two without the extension (A and B). Each
// round measures each browser's main-thread CPU over a 5 s window (Performance.getMetrics
// ThreadTime), one browser after another in a new random order, so that the machine's noise
// weighs on all alike; the metric runs only in the browser being measured (the others hold it
// still: four browsers redrawing a 60,000-element page would contend for the cores). Each "with"
// row is a ratio of medians with/without A, next to B/A (A/A: the noise floor, shared by both
// rows). Before the rounds, each browser with the extension has one more window, under the
// DevTools CPU profiler and not counted (the profiler costs CPU of its own): the extension's own
// CPU time over 5 s, and the functions of its scripts that took it (bench/profile.ts).
import type { CDPSession } from '@playwright/test';
import { captureKlaviyo } from '../test/e2e/support/helpers';
import { type Browser, guidePointsAtSettings, open, runGuide } from './browser';
import { cpuSession, type Ratios, ratios, shuffled, threadTime } from './interleave';
import { bigUrl, upstackBigUrl } from './pages';
import { type OwnCpu, ownCpu } from './profile';

export const WINDOW_MS = 5000;
/** The loader's look at the page happens at document_idle: well within this after the load. */
const DORMANT_SETTLE_MS = 1500;

type Kind = 'dormant' | 'guide' | 'a' | 'b';
const KINDS: Kind[] = ['dormant', 'guide', 'a', 'b'];

/** The provider's big page (dormant; a guide running), or the Upstack dashboard's (no key
 * held; a key held in that browser: a Klaviyo key captured before the page loads). */
export type Site = 'provider' | 'upstack';

interface Subject {
  site: Site;
  kind: Kind;
  browser: Browser;
  cdp?: CDPSession;
  cpu: number[];
}

/** Ratios, and the extension's own CPU over one more, profiled window. */
export interface ExtensionRow extends Ratios, OwnCpu {}
export interface BigPageCpu {
  nodes: number;
  rounds: number;
  windowMs: number;
  dormant: ExtensionRow;
  guide: ExtensionRow;
}

async function load(s: Subject, nodes: number) {
  const { page } = s.browser;
  await s.cdp?.detach();
  await page.goto(s.site === 'upstack' ? upstackBigUrl(nodes) : bigUrl(nodes));
  const count = await page.evaluate(
    () => document.body.querySelectorAll('*:not(upstack-key-assist, upstack-key-assist *)').length,
  );
  if (count !== nodes) throw new Error(`The big page has ${count} elements, not ${nodes}.`);
  if (s.kind === 'guide' && s.site === 'provider') await guidePointsAtSettings(page);
  // A key held: whatever the Upstack script does with it happens within the settle time.
  if (s.kind === 'guide' && s.site === 'upstack') await page.waitForTimeout(DORMANT_SETTLE_MS);
  if (s.kind === 'dormant') {
    await page.waitForTimeout(DORMANT_SETTLE_MS);
    if (await page.locator('upstack-key-assist').count())
      throw new Error('The dormant page shows the overlay: it is not dormant.');
  }
  s.cdp = await cpuSession(page);
  await live(s, false);
}

/** Starts or stops the page's live metric (bench/big-page.ts). */
const live = (s: Subject, on: boolean) =>
  s.browser.page.evaluate(
    (on) => (window as unknown as { __live(on: boolean): void }).__live(on),
    on,
  );

async function cpuWindow(s: Subject): Promise<number> {
  const cdp = s.cdp as CDPSession;
  await live(s, true);
  const before = await threadTime(cdp);
  await s.browser.page.waitForTimeout(WINDOW_MS);
  const cpu = (await threadTime(cdp)) - before;
  await live(s, false);
  return cpu;
}

/** A window under the profiler, not counted: the extension's own CPU over it. */
async function profiledWindow(s: Subject): Promise<OwnCpu> {
  await live(s, true);
  const own = await ownCpu(s.cdp as CDPSession, () => s.browser.page.waitForTimeout(WINDOW_MS));
  await live(s, false);
  return own;
}

async function measure(subjects: Subject[], nodes: number, rounds: number): Promise<BigPageCpu> {
  for (const s of subjects) {
    s.cpu = [];
    await load(s, nodes);
  }
  const own = new Map<Kind, OwnCpu>();
  for (const s of shuffled(subjects.filter((s) => s.kind === 'dormant' || s.kind === 'guide')))
    own.set(s.kind, await profiledWindow(s));
  for (let round = 0; round < rounds; round++)
    for (const s of shuffled(subjects)) s.cpu.push(await cpuWindow(s));
  const [dormant, guide, a, b] = subjects as [Subject, Subject, Subject, Subject];
  return {
    nodes,
    rounds,
    windowMs: WINDOW_MS,
    dormant: { ...ratios(dormant.cpu, a.cpu, b.cpu), ...(own.get('dormant') as OwnCpu) },
    guide: { ...ratios(guide.cpu, a.cpu, b.cpu), ...(own.get('guide') as OwnCpu) },
  };
}

/**
 * Each size in turn, in the same four browsers (each page loaded anew). They are launched in a
 * random order: whatever the order of launch does to a browser falls on any of them alike.
 */
export async function bigPageCpu(
  sizes: readonly number[],
  rounds: number,
  site: Site = 'provider',
): Promise<BigPageCpu[]> {
  const subjects: Subject[] = [];
  try {
    for (const kind of shuffled(KINDS)) {
      const browser = await open(kind === 'dormant' || kind === 'guide');
      subjects.push({ site, kind, browser, cpu: [] });
      if (kind === 'guide' && site === 'provider') await runGuide(browser, 'klaviyo');
      if (kind === 'guide' && site === 'upstack') {
        const keys = await browser.context.newPage();
        await captureKlaviyo(keys);
        await keys.close();
      }
    }
    subjects.sort((x, y) => KINDS.indexOf(x.kind) - KINDS.indexOf(y.kind));
    const results: BigPageCpu[] = [];
    for (const nodes of sizes) results.push(await measure(subjects, nodes, rounds));
    return results;
  } finally {
    for (const s of subjects) await s.browser.close();
  }
}
