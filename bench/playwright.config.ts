import { defineConfig } from '@playwright/test';

// `npm run bench`: one serial run that launches its own browsers (see bench/run.ts).
export default defineConfig({
  testDir: '.',
  testMatch: 'run.ts',
  // The library sandboxes (the ad destinations' dashboards), built as for the e2e suite.
  globalSetup: '../test/sandbox/global-setup.ts',
  workers: 1,
  timeout: 900_000,
  reporter: [['line']],
  use: { trace: 'off', video: 'off', screenshot: 'off' },
});
