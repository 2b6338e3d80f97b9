import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type BrowserContext,
  test as base,
  chromium,
  type Page,
  type Worker,
} from '@playwright/test';
import { findChromium } from '../../../scripts/chromium.mjs';
import { installSandbox, type SandboxOptions } from '../../sandbox/serve';

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
  /** Leave the first-run page open (it opens once per new profile); closed by default. */
  keepFirstRun?: boolean;
}

const isFirstRun = (page: Page) =>
  /^chrome-extension:\/\/[a-p]{32}\/welcome\.html$/.test(page.url());

/** The first-run page the extension opens on install (and only then), once it has loaded. */
export async function firstRunPage(context: BrowserContext, timeout = 20_000): Promise<Page> {
  const until = Date.now() + timeout;
  for (;;) {
    const page = context.pages().find(isFirstRun);
    if (page) return page;
    if (Date.now() > until) throw new Error('The first-run page did not open');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function launch({
  extension = true,
  headless = true,
  lang = 'en-US',
  args = [],
  userDataDir,
  keepFirstRun = false,
  extensionDir = EXTENSION_DIR,
}: LaunchOptions = {}) {
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'uka-profile-'));
  // Installing opens the first-run page: tests start without it. Chromium reports an extension
  // loaded from the command line as installed at every launch, a new profile or not.
  const fresh = readdirSync(dir).length === 0;
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
  if (extension && !keepFirstRun) {
    const welcome = await firstRunPage(context, fresh ? 20_000 : 10_000).catch((error) => {
      if (fresh) throw error;
    });
    await welcome?.close();
  }
  return { context, userDataDir: dir };
}

export async function backgroundWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/**
 * Grants optional host permissions in a closed profile, as Chromium keeps them once the merchant
 * allowed them (the permission prompt is browser UI no test can press): the extension's granted
 * and active host permissions in the profile's Preferences. Chromium reads them at the next launch.
 */
export function grantInProfile(userDataDir: string, extensionId: string, origins: string[]) {
  const file = join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  const settings = prefs.extensions.settings[extensionId];
  for (const key of ['granted_permissions', 'active_permissions']) {
    const hosts = new Set<string>(settings[key].explicit_host ?? []);
    for (const origin of origins) hosts.add(origin);
    settings[key].explicit_host = [...hosts].sort();
  }
  writeFileSync(file, JSON.stringify(prefs));
}

interface Fixtures {
  /** Optional host permissions the merchant allowed: the profile is launched once to install
   * the extension, closed, granted them (grantInProfile) and launched again. */
  grantedOrigins: string[];
  extension: boolean;
  lang: string;
  launchArgs: string[];
  keepFirstRun: boolean;
  sandboxOptions: SandboxOptions;
  userDataDir: string;
  background: Worker;
  extensionId: string;
}

export const test = base.extend<Fixtures>({
  grantedOrigins: [[], { option: true }],
  extension: [true, { option: true }],
  lang: ['en-US', { option: true }],
  launchArgs: [[], { option: true }],
  keepFirstRun: [false, { option: true }],
  sandboxOptions: [{}, { option: true }],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this pattern.
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'uka-profile-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async (
    {
      extension,
      grantedOrigins,
      headless,
      lang,
      launchArgs,
      keepFirstRun,
      sandboxOptions,
      userDataDir,
    },
    use,
  ) => {
    const options = { extension, headless, lang, args: launchArgs, userDataDir, keepFirstRun };
    let { context } = await launch(options);
    if (grantedOrigins.length) {
      const id = new URL((await backgroundWorker(context)).url()).host;
      await context.close();
      grantInProfile(userDataDir, id, grantedOrigins);
      ({ context } = await launch(options));
    }
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
