import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, test as base, chromium, type Worker } from '@playwright/test';
import { findChromium } from '../../scripts/chromium.mjs';
import { installSandbox, type SandboxOptions } from '../sandbox/serve';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/** Flags that keep a headless Chromium quiet on a machine without network. */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LaunchOptions {
  extension?: boolean;
  /** Browser UI language: the extension's strings follow it. Tests read English unless they say. */
  lang?: string;
  headless?: boolean;
  args?: string[];
  userDataDir?: string;
  /** Another build of the extension than .output/chrome-mv3. */
  extensionDir?: string;
}

export async function launch({
  extension = true,
  headless = true,
  lang = 'en-US',
  args = [],
  userDataDir,
  extensionDir = EXTENSION_DIR,
}: LaunchOptions = {}) {
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'uka-profile-'));
  const extensionArgs = extension
    ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
    : [];
  const executablePath = findChromium();
  const context = await chromium.launchPersistentContext(dir, {
    headless,
    ...(executablePath ? { executablePath } : { channel: 'chromium' }),
    args: [...extensionArgs, ...QUIET_FLAGS, `--lang=${lang}`, ...args],
    locale: lang,
  });
  return { context, userDataDir: dir };
}

export async function backgroundWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

interface Fixtures {
  extension: boolean;
  lang: string;
  launchArgs: string[];
  sandboxOptions: SandboxOptions;
  userDataDir: string;
  background: Worker;
  extensionId: string;
}

export const test = base.extend<Fixtures>({
  extension: [true, { option: true }],
  lang: ['en-US', { option: true }],
  launchArgs: [[], { option: true }],
  sandboxOptions: [{}, { option: true }],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this pattern.
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'uka-profile-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ extension, headless, lang, launchArgs, sandboxOptions, userDataDir }, use) => {
    const { context } = await launch({ extension, headless, lang, args: launchArgs, userDataDir });
    await installSandbox(context, sandboxOptions);
    await use(context);
    await context.close();
  },
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },
  background: async ({ context }, use) => {
    await use(await backgroundWorker(context));
  },
  extensionId: async ({ background }, use) => {
    await use(new URL(background.url()).host);
  },
});

export { expect } from '@playwright/test';
