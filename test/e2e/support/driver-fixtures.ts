// The fixture of the specs in this folder: a `driver` for the project's browser (Chromium
// through Playwright, Firefox through puppeteer; see ../driver.ts), launched for each test with
// the built extension and the sandbox.
import { test as base } from '@playwright/test';
import type { SandboxOptions } from '../../sandbox/options';
import { ChromiumDriver } from './chromium';
import type { Driver, DriverOptions } from './driver';
import { FirefoxDriver } from './firefox';

export type Engine = 'chromium' | 'firefox';

interface Fixtures {
  engine: Engine;
  sandboxOptions: SandboxOptions;
  lang: string;
  extensionDir: string | undefined;
  grantedOrigins: string[];
  driver: Driver;
}

/** A browser of this engine with the extension (from `extensionDir` if given) and the sandbox. */
export function launchDriver(engine: Engine, options: DriverOptions = {}): Promise<Driver> {
  return engine === 'firefox' ? FirefoxDriver.launch(options) : ChromiumDriver.launch(options);
}

export const test = base.extend<Fixtures>({
  engine: ['chromium', { option: true }],
  sandboxOptions: [{}, { option: true }],
  lang: ['en-US', { option: true }],
  extensionDir: [undefined, { option: true }],
  grantedOrigins: [[], { option: true }],
  driver: async ({ engine, sandboxOptions, lang, extensionDir, grantedOrigins }, use) => {
    const driver = await launchDriver(engine, {
      sandboxOptions,
      lang,
      extensionDir,
      grantedOrigins,
    });
    await use(driver);
    await driver.close().catch(() => {});
    driver.dispose();
  },
});

export { expect } from '@playwright/test';
