// The extension's own CPU time, from a DevTools CPU profile of the page's main thread (100 µs
// samples; the profiler sees every world, the content script's isolated world included). A
// sample is the extension's when its stack holds a frame of one of its scripts (a
// chrome-extension:// URL: the loader and guide.js alike); what that frame calls (the DOM, style
// and layout it forces, builtins) counts as its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from '@playwright/test';
import { EXTENSION_DIR } from '../test/e2e/support/fixtures';

export interface Profile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * A function of the extension and its self time: the samples where it is the innermost frame of
 * the extension's scripts (what it calls in the browser, the DOM, style and layout, included).
 * The build is minified: `code` is the start of its source, to tell which function it is.
 */
export interface Hotspot {
  fn: string;
  ms: number;
  code: string;
}

const EXTENSION_URL = /^(chrome|moz)-extension:/;

export async function startProfile(cdp: CDPSession) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
}

export async function stopProfile(cdp: CDPSession): Promise<Profile> {
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  return profile as Profile;
}

/**
 * For each sample: how long it ran (its delta is the time since the previous sample) and the
 * innermost frame of the extension's scripts on its stack, if any.
 */
function attributed(profile: Profile): { ms: number; node?: Profile['nodes'][number] }[] {
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const innermost = new Map<number, Profile['nodes'][number] | undefined>();
  const ours = (id: number): Profile['nodes'][number] | undefined => {
    if (innermost.has(id)) return innermost.get(id);
    const node = byId.get(id);
    const up = parent.get(id);
    const found = node && EXTENSION_URL.test(node.callFrame.url) ? node : up && ours(up);
    innermost.set(id, found || undefined);
    return found || undefined;
  };
  return profile.samples.map((id, i) => ({
    ms: (profile.timeDeltas[i] ?? 0) / 1000,
    node: ours(id),
  }));
}

/** The extension's CPU time over the whole profile, ms. */
export function extensionTime(profile: Profile): number {
  return attributed(profile).reduce((sum, s) => sum + (s.node ? s.ms : 0), 0);
}

/** The longest run of consecutive samples whose stack holds a frame of the extension's scripts. */
export function longestExtensionRun(profile: Profile): number {
  let run = 0;
  let longest = 0;
  for (const sample of attributed(profile)) {
    run = sample.node ? run + sample.ms : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** The source of the built extension's file at a line and column (0-based), a little of it. */
function codeAt(file: string, line: number, column: number): string {
  try {
    const text = readFileSync(join(EXTENSION_DIR, file), 'utf8').split('\n')[line] ?? '';
    return text.slice(column, column + 60);
  } catch {
    return '';
  }
}

/** The extension's functions with the most self time (see Hotspot), longest first. */
export function extensionHotspots(profile: Profile, top = 6): Hotspot[] {
  const byFn = new Map<string, Hotspot>();
  for (const { ms, node } of attributed(profile)) {
    if (!node) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const file = new URL(url).pathname.slice(1);
    const fn = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
    const known = byFn.get(fn) ?? { fn, ms: 0, code: codeAt(file, lineNumber, columnNumber) };
    known.ms += ms;
    byFn.set(fn, known);
  }
  return [...byFn.values()].sort((a, b) => b.ms - a.ms).slice(0, top);
}

/** The extension's own CPU over `work`, and the functions of its scripts that took it. */
export interface OwnCpu {
  ownCpu: number;
  hotspots: Hotspot[];
}

export async function ownCpu(cdp: CDPSession, work: () => Promise<unknown>): Promise<OwnCpu> {
  await startProfile(cdp);
  await work();
  const profile = await stopProfile(cdp);
  return { ownCpu: extensionTime(profile), hotspots: extensionHotspots(profile) };
}
