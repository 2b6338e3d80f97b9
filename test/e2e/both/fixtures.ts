// The fixture of the specs in this folder: a `driver` for the project's browser (Chromium
// through Playwright, Firefox through puppeteer; see ../driver.ts), launched for each test with
// the built extension and the sandbox.
import { test as base } from '@playwright/test';
import type { SandboxOptions } from '../../sandbox/options';
import { ChromiumDriver } from '../chromium';
import type { Driver } from '../driver';
import { FirefoxDriver } from '../firefox';

export type Engine = 'chromium' | 'firefox';

interface Fixtures {
  engine: Engine;
  sandboxOptions: SandboxOptions;
  lang: string;
  extensionDir: string | undefined;
  driver: Driver;
}

export const test = base.extend<Fixtures>({
  engine: ['chromium', { option: true }],
  sandboxOptions: [{}, { option: true }],
  lang: ['en-US', { option: true }],
  extensionDir: [undefined, { option: true }],
  driver: async ({ engine, sandboxOptions, lang, extensionDir }, use) => {
    const options = { sandboxOptions, lang, extensionDir };
    const driver =
      engine === 'firefox'
        ? await FirefoxDriver.launch(options)
        : await ChromiumDriver.launch(options);
    await use(driver);
    await driver.close().catch(() => {});
    driver.dispose();
  },
});

export { expect } from '@playwright/test';
