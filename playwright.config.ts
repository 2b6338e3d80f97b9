import { defineConfig } from '@playwright/test';
import type { Engine } from './test/e2e/support/driver-fixtures';

interface Options {
  engine: Engine;
}

// Every test launches its own Chromium with the built extension (see test/e2e/support/fixtures.ts);
// the sandbox serves the providers' pages at their real origins, so nothing reaches the network.
export default defineConfig<Options>({
  testDir: 'test/e2e',
  // The sandbox apps built with real UI libraries, built once per run.
  globalSetup: './test/sandbox/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  timeout: 45_000,
  expect: { timeout: 7_000 },
  // One retry everywhere (`.ci/run` sets no CI variable): on 2 shared cores a run can be starved
  // past a timing assertion, e.g. the hostile-page test's 200 ms longest task. Playwright lists a
  // test that passes only on retry as flaky, so a real regression still shows.
  retries: 1,
  reporter: [['list']],
  use: { trace: 'off', video: 'off', screenshot: 'off' },
  projects: [
    // Every spec, in Chromium. Tests are sorted by topic (flows, providers, security, ui,
    // support); those tagged @firefox drive the browser through the Driver
    // (test/e2e/support/driver.ts), the same in both.
    { name: 'chromium', use: { engine: 'chromium' } },
    // The tests tagged @firefox, in Firefox too (firefox-esr under puppeteer-core).
    // Firefox is slower to settle on 2 shared cores: more time for each test.
    {
      name: 'firefox',
      grep: /@firefox/,
      timeout: 90_000,
      use: { engine: 'firefox' },
    },
  ],
});
