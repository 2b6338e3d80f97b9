import { defineConfig } from '@playwright/test';

// `npm run bench`: one serial run that launches its own browsers (see bench/run.ts).
export default defineConfig({
  testDir: '.',
  testMatch: 'run.ts',
  workers: 1,
  timeout: 900_000,
  reporter: [['line']],
  use: { trace: 'off', video: 'off', screenshot: 'off' },
});
