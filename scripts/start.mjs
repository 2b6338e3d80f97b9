// `npm start`: builds the extension and opens the demo on the sandbox (test/demo/) in Chromium,
// or with `npm start -- --firefox` in Firefox (firefox-esr under puppeteer-core).
import { execFileSync } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';
import { ensureFirefox } from './firefox.mjs';

const firefox = process.argv.slice(2).includes('--firefox');
const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

try {
  if (firefox) ensureFirefox();
  else ensureChromium();
  run('npx', ['wxt', 'build', ...(firefox ? ['-b', 'firefox'] : [])]);
  run('npx', [
    'playwright',
    'test',
    '-c',
    'test/demo/playwright.config.ts',
    '--project',
    firefox ? 'firefox' : 'chromium',
  ]);
} catch (error) {
  const status = (error && typeof error === 'object' && 'status' in error && error.status) || 1;
  if (!('status' in (error ?? {}))) console.error(error instanceof Error ? error.message : error);
  process.exit(typeof status === 'number' ? status : 1);
}
