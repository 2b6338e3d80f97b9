import { defineConfig } from '@playwright/test';

// Every test launches its own Chromium with the built extension (see test/e2e/fixtures.ts);
// the sandbox serves the providers' pages at their real origins, so nothing reaches the network.
export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  timeout: 45_000,
  expect: { timeout: 7_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: { trace: 'off', video: 'off', screenshot: 'off' },
});
