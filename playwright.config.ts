import { defineConfig } from '@playwright/test';

// Every test launches its own Chromium with the built extension (see test/e2e/fixtures.ts);
// the sandbox serves the providers' pages at their real origins, so nothing reaches the network.
export default defineConfig({
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
});
