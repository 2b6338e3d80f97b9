// `npm run bench`: weight, start-up, capture latency, merchant effort, page overhead and the cost
// on big dashboard pages of the built extension (.output/chrome-mv3), in real Chromium on the
// sandbox. Prints a table of figures against their targets, writes it to docs/bench.md with the
// commit, date and machine (bench/report.ts), and the figures in full to bench/results.json. The parts measured in elapsed time come first, the long CPU measurements
// last (on a shared virtual machine, elapsed times suffer after minutes of full load).
// BENCH_ONLY=versions,weight,startup,latency,noise,hostile,effort,overhead,big runs a subset (while working on one);
// BENCH_RUNS sets the latency runs, BENCH_BIG_ROUNDS the big pages' rounds.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { test } from '@playwright/test';
import { START } from '../test/e2e/support/chromium-flows';
import { COUNTER_EVERY_MS } from './big-page';
import { type BigPageCpu, bigPageCpu, type ExtensionRow, type Site } from './big-page-cpu';
import { guidePointsAtSettings, open, panelShown, runGuide } from './browser';
import { type Effort, merchantEffort } from './effort';
import {
  HOSTILE_CODES,
  HOSTILE_REWRITES,
  HOSTILE_ROUNDS,
  type HostileCase,
  type HostileRun,
  hostileDialog,
} from './hostile-dialog';
import { captureLatency, type Latency } from './latency';
import { NOISE_STRINGS, type NoiseRun, noisyCapture } from './noise';
import { pageOverhead } from './overhead';
import { bigUrl, MUTATIONS, ROUTE_CHANGES } from './pages';
import type { Hotspot } from './profile';
import { benchMarkdown, type Row, table } from './report';
import { startup } from './startup';
import { round } from './stats';
import { upstackWeight } from './upstack-weight';
import { MAX_AGE_MONTHS, versionAges } from './versions';
import { loadedWeight, type Weight } from './weight';

const LATENCY_RUNS = Number(process.env.BENCH_RUNS ?? 50);
/** Rounds of the stress page (3 browsers): with a guide running, about 3 s a round. */
const OVERHEAD_ROUNDS = 20;
const STARTUP_LOADS = 20;
/** Big dashboard pages: their sizes (elements), and rounds of one 5 s window per browser
 * (4 browsers: 20 s a round, and 10 s under the profiler; about 4.5 minutes for both sizes). */
const BIG_PAGE_SIZES = [20_000, 60_000] as const;
const BIG_PAGE_ROUNDS = Number(process.env.BENCH_BIG_ROUNDS ?? 6);
const TARGET = {
  weightGzip: 20_000,
  /** A provider page neither in a guide nor an API-keys page: the loader alone. */
  dormantWeightGzip: 6_000,
  /** The loader alone on any page (issue 31): the Upstack dashboard with no key held. */
  loaderGzip: 4_000,
  latencyMedian: 16,
  latencyP95: 50,
  overheadRatio: 1.05,
  startup: 100,
  noiseLongestTask: 50,
  /** The extension's own CPU on a dormant big page (profiler), at most this share of the page's
   * main-thread CPU over the same 5 s window (issue 31: the verdict separates cost from noise). */
  dormantOwnShare: 0.01,
  /** A ratio "within the noise floor" is at most this far from 1 even when A/A is closer. */
  noiseFloorMin: 0.02,
  /** A guide running on the big page, with/without, at this size (the smaller one: reported). */
  guideRatio: 1.1,
  guideRatioAt: 60_000,
};

/** Every part, in the order they run; BENCH_ONLY names a subset. */
const PARTS = [
  'versions',
  'weight',
  'startup',
  'latency',
  'noise',
  'hostile',
  'effort',
  'overhead',
  'big',
] as const;
const only = process.env.BENCH_ONLY?.split(',');
const wanted = (name: string) => !only || only.includes(name);
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const actions = (a: Effort['extension']) =>
  `${a.total} (click ${a.clicks}, type ${a.typed}, copy ${a.copies}, tab ${a.tabSwitches})`;

function weightRows(label: string, weight: Weight, target: string, met: boolean): Row[] {
  return [
    {
      measurement: label,
      figure: `${kB(weight.gzip)} gzip, ${kB(weight.raw)} raw, ${weight.files.length} files`,
      target,
      met,
    },
    ...weight.files.map((file) => ({
      measurement: `  ${file.file}`,
      figure: `${kB(file.gzip)} gzip, ${kB(file.raw)} raw`,
      target: '',
    })),
  ];
}

function latencyRow(provider: string, latency: Latency): Row {
  return {
    measurement: `Capture latency, ${provider} (${latency.runs} runs)`,
    figure: `median ${ms(latency.median)}, p95 ${ms(latency.p95)} (max ${ms(latency.max)})`,
    target: `median ≤ ${TARGET.latencyMedian} ms, p95 ≤ ${TARGET.latencyP95} ms`,
    met: latency.median <= TARGET.latencyMedian && latency.p95 <= TARGET.latencyP95,
  };
}

const fmt = (n: number) => n.toLocaleString('en-US');
/** The extension's own CPU (the profiled window) as a share of the page's main-thread CPU over a
 * window of the same length (the median of the "with" browser's windows). */
const ownShare = (r: ExtensionRow) => (r.medians[0] > 0 ? r.ownCpu / r.medians[0] : 0);
const pct = (share: number) => `${(share * 100).toFixed(2)} %`;
const ratioFigure = (r: ExtensionRow) =>
  `with/without ${r.ratio.toFixed(3)}, A/A ${r.aaRatio.toFixed(3)} (medians ${r.medians.map(ms).join(' / ')}); extension's own CPU ${ms(r.ownCpu)}, ${pct(ownShare(r))} of the page's`;

/** Under a row that missed its target: the extension's functions with the most self time in
 * the profile, and the start of each one's (minified) source. */
const hotspotRows = (hotspots: Hotspot[]): Row[] =>
  hotspots.map((h) => ({
    measurement: `  self time: ${h.fn}`,
    figure: `${ms(h.ms)} at \`${h.code.replace(/\|/g, '\\|')}\``,
    target: '',
  }));

function bigPageRows(big: BigPageCpu, site: Site): Row[] {
  const upstack = site === 'upstack';
  const page = `${upstack ? 'Upstack dashboard' : 'Dashboard'} of ${fmt(big.nodes)} nodes, counter ${1000 / COUNTER_EVERY_MS}/s`;
  const over = `main-thread CPU over ${big.windowMs / 1000} s (${big.rounds} rounds)`;
  const { dormant, guide } = big;
  // The verdict from the extension's own CPU (the profiler sees only its scripts), not from the
  // ratio: a ratio moves with the machine's noise (A/A beside it), the extension's share does not.
  const dormantMet = ownShare(dormant) <= TARGET.dormantOwnShare;
  // The A/A ratio further from 1 than the target's margin: the ratio cannot tell.
  const noisy = Math.abs(guide.aaRatio - 1) > TARGET.guideRatio - 1;
  const targeted = !upstack && big.nodes === TARGET.guideRatioAt;
  const guideMet = !targeted
    ? undefined
    : noisy
      ? 'inconclusive'
      : guide.ratio <= TARGET.guideRatio;
  return [
    {
      measurement: `${page}, A/A (two browsers without the extension): ${over}`,
      figure: `B/A ${guide.aaRatio.toFixed(3)} (medians ${ms(guide.medians[1])} / ${ms(guide.medians[2])})`,
      target: 'reported: the noise floor of the rows below',
    },
    {
      measurement: `${page}, ${upstack ? 'no key held' : 'no guide'}: ${over}`,
      figure: ratioFigure(dormant),
      target: `own CPU ≤ ${pct(TARGET.dormantOwnShare)} of the page's`,
      met: dormantMet,
    },
    ...(dormantMet ? [] : hotspotRows(dormant.hotspots)),
    {
      measurement: `${page}, ${upstack ? 'a key held (Klaviyo, captured in this browser)' : 'guide running (ring on Settings)'}: ${over}`,
      figure: ratioFigure(guide),
      target: targeted
        ? `≤ ${TARGET.guideRatio.toFixed(2)} (A/A within ±${round((TARGET.guideRatio - 1) * 100, 0)} %)`
        : upstack
          ? 'reported'
          : `reported (≤ ${TARGET.guideRatio.toFixed(2)} at ${fmt(TARGET.guideRatioAt)})`,
      met: guideMet,
    },
    ...(guideMet === false ||
    guideMet === 'inconclusive' ||
    (upstack && ownShare(guide) > TARGET.dormantOwnShare)
      ? hotspotRows(guide.hotspots)
      : []),
  ];
}

/** The commit measured, and whether the work tree differs from it outside the docs (which
 * change no figure); undefined outside git. */
function commit(): { commit: string; dirty: boolean } | undefined {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
    return {
      commit: git('rev-parse', '--short', 'HEAD'),
      dirty: git('status', '--porcelain', '--', '.', ':!docs', ':!*.md') !== '',
    };
  } catch {
    return undefined;
  }
}

test('bench', async () => {
  const started = Date.now();
  const rows: Row[] = [];
  const results: Record<string, unknown> = {};
  /** Seconds each part took. */
  const took: Record<string, number> = {};
  const part = async (name: string, measure: () => Promise<void>) => {
    if (!wanted(name)) return;
    const start = Date.now();
    await measure();
    took[name] = round((Date.now() - start) / 1000, 0);
    console.log(`bench: ${name} measured in ${took[name]} s`);
  };

  await part('versions', async () => {
    for (const age of versionAges()) {
      rows.push({
        measurement: `Key check API version, ${age.provider}`,
        figure:
          age.months === undefined
            ? `${age.version} (undated; verified ${age.verified})`
            : `${age.version}: ${age.months} months old (verified ${age.verified})`,
        target: `dated: ≤ ${MAX_AGE_MONTHS} months old`,
        met: age.months === undefined || age.months <= MAX_AGE_MONTHS,
      });
    }
    results.versions = versionAges();
  });

  await part('weight', async () => {
    const browser = await open(true);
    try {
      const target = `≤ ${kB(TARGET.weightGzip)} gzip`;
      // The API-keys pages: the loader and the engine it imports for the offer (the panel).
      const providers: Record<string, Weight> = {};
      for (const [id, url] of Object.entries(START)) {
        const weight = await loadedWeight(browser.context, url, { loaded: panelShown });
        providers[id] = weight;
        rows.push(
          ...weightRows(
            `Weight on an API-keys page, the offer (${id})`,
            weight,
            target,
            weight.gzip <= TARGET.weightGzip,
          ),
        );
      }
      // Before any guide runs in this browser: the loader alone.
      const dormant = await loadedWeight(browser.context, bigUrl(100));
      const guide = await loadedWeight(browser.context, bigUrl(100), {
        before: () => runGuide(browser, 'klaviyo'),
        loaded: guidePointsAtSettings,
      });
      rows.push(
        ...weightRows(
          'Weight on a provider page of a running guide (klaviyo)',
          guide,
          target,
          guide.gzip <= TARGET.weightGzip,
        ),
        ...weightRows(
          'Weight on a provider page, no guide, not an API-keys page (klaviyo)',
          dormant,
          `≤ ${kB(TARGET.dormantWeightGzip)} gzip`,
          dormant.gzip <= TARGET.dormantWeightGzip,
        ),
      );
      const unmatched = await loadedWeight(browser.context, 'https://example.com/');
      rows.push(
        ...weightRows('Weight on a page we do not match', unmatched, '0 B', unmatched.raw === 0),
      );
      const upstack = await upstackWeight(browser.context);
      results.weight = { providers, guide, dormant, unmatched, upstack };
      rows.push(
        ...weightRows(
          'Weight on the Upstack dashboard, no key held (Events Destination)',
          upstack.noKey,
          `≤ ${kB(TARGET.loaderGzip)} gzip`,
          upstack.noKey.gzip <= TARGET.loaderGzip,
        ),
        ...weightRows(
          'Weight on the Upstack dashboard, a key held (the Klaviyo form, offered to fill)',
          upstack.keyHeld,
          target,
          upstack.keyHeld.gzip <= TARGET.weightGzip,
        ),
      );
    } finally {
      await browser.close();
    }
  });

  await part('startup', async () => {
    const start = await startup(STARTUP_LOADS);
    results.startup = start;
    rows.push({
      measurement: `Start-up on an API-keys page, DOMContentLoaded to the offer's panel, guide.js imported (${start.loads} loads)`,
      figure: `median ${ms(start.median)} (max ${ms(start.max)})`,
      target: `≤ ${TARGET.startup} ms`,
      met: start.median <= TARGET.startup,
    });
  });

  await part('latency', async () => {
    const latency = await captureLatency(LATENCY_RUNS);
    results.captureLatency = latency;
    rows.push(...Object.entries(latency).map(([provider, l]) => latencyRow(provider, l)));
  });

  await part('noise', async () => {
    const noise = await noisyCapture();
    results.noisyCapture = noise;
    const frames = (r: NoiseRun) =>
      r.frames === 0
        ? 'no frame over 50 ms'
        : `${r.frames} frames over 50 ms, longest ${ms(r.longestFrame)}`;
    rows.push({
      measurement: `Capture's longest task, ${NOISE_STRINGS} key-shaped strings, one rewritten every 4 ms (3 s from Create)`,
      figure: `extension's scripts: longest ${ms(noise.with.longestExtension)} in one frame (panel: "${noise.with.outcome}"); the page: ${frames(noise.with)} with the extension, ${frames(noise.without)} without`,
      target: `≤ ${TARGET.noiseLongestTask} ms`,
      met: noise.with.longestExtension <= TARGET.noiseLongestTask,
    });
    if (noise.with.longestExtension > TARGET.noiseLongestTask)
      rows.push(...hotspotRows(noise.with.hotspots ?? []));
  });

  await part('hostile', async () => {
    const hostile = await hostileDialog();
    results.hostileDialog = hostile;
    const frames = (r: HostileRun) =>
      r.frames === 0
        ? 'no frame over 50 ms'
        : `${r.frames} frames over 50 ms, longest ${ms(r.longestFrame)}`;
    const cases = [hostile.before, hostile.click];
    const figure = (label: string, c: HostileCase) =>
      `${label}: median ${ms(c.with.longestExtension)} (worst ${ms(c.worst)}; panel: "${c.with.outcome}"), the page ${frames(c.with)} with the extension, ${frames(c.without)} without`;
    const met = cases.every((c) => c.with.longestExtension <= TARGET.noiseLongestTask);
    rows.push({
      measurement: `Capture's longest task, Omnisend's API-keys page with a page script's dialog of ${fmt(HOSTILE_CODES)} key-shaped \`<code>\`, ${HOSTILE_REWRITES} rewritten every 4 ms (3 s from Create, ${HOSTILE_ROUNDS} runs)`,
      figure: `extension's scripts: ${figure('dialog open before the click', hostile.before)}; ${figure('opened by the click', hostile.click)}`,
      target: `median ≤ ${TARGET.noiseLongestTask} ms`,
      met,
    });
    if (!met) for (const c of cases) rows.push(...hotspotRows(c.with.hotspots ?? []));
  });

  await part('effort', async () => {
    const effort = await merchantEffort();
    results.merchantEffort = effort;
    rows.push(
      ...effort.map((e) => ({
        measurement: `Merchant effort, ${e.provider}${e.variant ? ` (${e.variant})` : ''}`,
        figure: `${actions(e.extension)}; manual ${e.manual ? actions(e.manual) : '-'}`,
        target: `≤ ${e.target}`,
        met: e.extension.total <= e.target,
      })),
    );
  });

  await part('overhead', async () => {
    const overhead = await pageOverhead(OVERHEAD_ROUNDS);
    results.pageOverhead = { mutations: MUTATIONS, routeChanges: ROUTE_CHANGES, ...overhead };
    let missed = false;
    for (const [what, r, own] of [
      ['elapsed', overhead.elapsed, ''],
      [
        'main-thread CPU',
        overhead.cpu,
        `; extension's own CPU in one more (profiled) run ${ms(overhead.profiled.ownCpu)}`,
      ],
    ] as const) {
      // Two browsers without the extension differ by the noise alone: when they differ by more
      // than the target's margin, the with/without ratio cannot say whether the target is met.
      const noisy = Math.abs(r.aaRatio - 1) > TARGET.overheadRatio - 1;
      const met = noisy ? 'inconclusive' : r.ratio <= TARGET.overheadRatio;
      missed ||= met !== true;
      rows.push({
        measurement: `Page overhead, guide running, ${what} (${MUTATIONS} mutations, ${ROUTE_CHANGES} routes, ${overhead.rounds} rounds)`,
        figure: `with/without ${r.ratio.toFixed(3)}, A/A ${r.aaRatio.toFixed(3)} (medians ${r.medians.map(ms).join(' / ')})${own}`,
        target: `≤ ${TARGET.overheadRatio} (A/A within ±${round((TARGET.overheadRatio - 1) * 100, 0)} %)`,
        met,
      });
    }
    if (missed) rows.push(...hotspotRows(overhead.profiled.hotspots));
  });

  await part('big', async () => {
    const big = await bigPageCpu(BIG_PAGE_SIZES, BIG_PAGE_ROUNDS);
    results.bigPages = big;
    for (const size of big) rows.push(...bigPageRows(size, 'provider'));
    // The Upstack dashboard, where merchants spend their working day (issue 31).
    const upstack = await bigPageCpu(BIG_PAGE_SIZES, BIG_PAGE_ROUNDS, 'upstack');
    results.upstackBigPages = upstack;
    for (const size of upstack) rows.push(...bigPageRows(size, 'upstack'));
  });

  const seconds = round((Date.now() - started) / 1000);
  writeFileSync(
    new URL('./results.json', import.meta.url),
    `${JSON.stringify({ date: new Date().toISOString(), seconds, took, targets: TARGET, table: rows, results }, null, 2)}\n`,
  );
  writeFileSync(
    new URL('../docs/bench.md', import.meta.url),
    benchMarkdown({
      rows,
      ...commit(),
      date: new Date(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        totalMemoryBytes: totalmem(),
      },
      seconds,
      parts: PARTS.filter(wanted),
      allParts: PARTS,
    }),
  );
  console.log('');
  console.log(table(rows));
  const parts = Object.entries(took).map(([name, s]) => `${name} ${s} s`);
  console.log(
    `\nMeasured in ${seconds} s (${parts.join(', ')}); the table in docs/bench.md, figures in bench/results.json.`,
  );
  if (rows.some((r) => r.met === 'inconclusive'))
    console.log(
      'n/a: noisy: the A/A ratio shows more noise than the margin; run again on an idle machine.',
    );
});
