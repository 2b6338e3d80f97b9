// `npm start`: the demo on the sandbox. With a display, a real window to try by hand; without
// one, the Klaviyo flow runs headless and saves a screenshot of each stage, each taken once the
// page has settled.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../e2e/support/fixtures';
import { fillButton, KLAVIYO_API_KEYS, klaviyoFlow, panel } from '../e2e/support/helpers';

const interactive = !!process.env.DISPLAY;
test.use({ headless: !interactive });

/**
 * The demo has no internet, so Klaviyo's API answers the key check here as it would for a valid
 * key. In the demo only: the product and the tests ask the real endpoint (or a test's own answer).
 */
const answerKeyCheck = (context: BrowserContext) =>
  context.route('https://a.klaviyo.com/api/**', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"data":[]}' }),
  );

/** What each picture waits for: the page's own loading done, the panel's text final. */
async function settled(name: string, shown: Page) {
  await shown.waitForLoadState('networkidle');
  await expect(shown.getByText(/Loading…|Loading\.\.\./)).toHaveCount(0);
  if (name.includes('captured')) await expect(panel(shown)).toContainText('Key check: valid');
  if (name.includes('upstack-form'))
    await expect(fillButton(shown)).not.toHaveAttribute('aria-disabled', 'true');
  // The panel follows the page for a frame or two after it changed.
  await shown.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 200))),
  );
}

test('Upstack Key Assist on the sandbox', async ({ context, page }) => {
  await answerKeyCheck(context);
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
    await settled(name, shown);
    const path = `${folder}/klaviyo-${name}.png`;
    await shown.screenshot({ path });
    paths.push(path);
  });
  console.log(`Screenshots of each step:\n${paths.join('\n')}`);
});
