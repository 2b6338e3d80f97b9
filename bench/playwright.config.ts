import { defineConfig } from '@playwright/test';

// `npm run bench`: one serial run that launches its own browsers (see bench/run.ts).
export default defineConfig({
  testDir: '.',
  testMatch: 'run.ts',
  // The library sandboxes (the ad destinations' dashboards), built as for the e2e suite.
  globalSetup: '../test/sandbox/global-setup.ts',
  workers: 1,
  // Every part in one test: about half an hour on 2 shared cores (each part prints its time).
  timeout: 3_600_000,
  reporter: [['line']],
  use: { trace: 'off', video: 'off', screenshot: 'off' },
});
