import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from '../e2e/support/fixtures';
import { KLAVIYO_API_KEYS, klaviyoFlow } from '../e2e/support/helpers';

const interactive = !!process.env.DISPLAY;
test.use({ headless: !interactive });

test('Upstack Key Assist on the sandbox', async ({ context, page }) => {
  if (interactive) {
    await page.goto(KLAVIYO_API_KEYS);
    console.log(
      'Chromium is open on the sandbox at https://www.klaviyo.com. Close the window to stop.',
    );
    await context.waitForEvent('close', { timeout: 0 });
    return;
  }
  const folder = resolve('screenshots');
  mkdirSync(folder, { recursive: true });
  const paths: string[] = [];
  await page.setViewportSize({ width: 1280, height: 800 });
  await klaviyoFlow(context, page, async (name, shown) => {
    await shown.setViewportSize({ width: 1280, height: 800 });
    const path = `${folder}/klaviyo-${name}.png`;
    await shown.screenshot({ path });
    paths.push(path);
  });
  console.log(`Screenshots of each step:\n${paths.join('\n')}`);
});
