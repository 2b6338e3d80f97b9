// `npm start -- --firefox`: the same demo in Firefox (firefox-esr with the Firefox build, the
// sandbox served at the providers' origins). With a display, a real window to try by hand;
// without one, the Klaviyo flow runs headless and saves a screenshot of each stage.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from '@playwright/test';
import { FirefoxDriver } from '../e2e/support/firefox';
import { flow } from '../e2e/support/flows';
import { KLAVIYO_API_KEYS } from '../e2e/support/helpers';

const interactive = !!process.env.DISPLAY;

test('Upstack Key Assist on the sandbox, in Firefox', async () => {
  const driver = await FirefoxDriver.launch({}, { headless: !interactive });
  try {
    if (interactive) {
      await driver.tab.goto(KLAVIYO_API_KEYS);
      console.log(
        'Firefox is open on the sandbox at https://www.klaviyo.com. Close the window to stop.',
      );
      await new Promise((done) => driver.browser.once('disconnected', done));
      return;
    }
    const folder = resolve('screenshots');
    mkdirSync(folder, { recursive: true });
    const { upstack } = await flow(driver, 'klaviyo');
    const paths = [
      `${folder}/firefox-klaviyo-captured.png`,
      `${folder}/firefox-upstack-filled.png`,
    ];
    await driver.tab.screenshot(paths[0] as string);
    await upstack.screenshot(paths[1] as string);
    console.log(`Screenshots:\n${paths.join('\n')}`);
  } finally {
    await driver.close().catch(() => {});
    driver.dispose();
  }
});
