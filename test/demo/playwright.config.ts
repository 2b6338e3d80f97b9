import { defineConfig } from '@playwright/test';

// `npm start`: the product on the sandbox. With a display, a real window to try by hand;
// without one, the flow runs headless and saves a screenshot of each step.
export default defineConfig({
  testDir: '.',
  workers: 1,
  timeout: process.env.DISPLAY ? 0 : 120_000,
  reporter: [['list']],
  use: { trace: 'off', video: 'off', screenshot: 'off' },
  projects: [
    { name: 'chromium', testMatch: 'demo.spec.ts' },
    // `npm start -- --firefox` (scripts/start.mjs)
    { name: 'firefox', testMatch: 'demo-firefox.spec.ts' },
  ],
});
