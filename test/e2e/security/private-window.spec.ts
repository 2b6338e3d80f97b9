// Private windows (issue 15): the extension never runs in one, even when "Allow in Incognito" is
// switched on for it (the manifest's `incognito: "not_allowed"`), so a key captured in a normal
// window is never offered in a private one, and nothing is captured in a private one.
//
// The switch is the extension's `incognito` preference in the profile, set between two launches
// as chrome://extensions would set it (its own toggle reloads the extension, which Chromium then
// disables as a command-line extension). The private window is an off-the-record browser context
// made over CDP (Target.createBrowserContext, what Playwright's browser.newContext() sends).
// Chromium-only: puppeteer over WebDriver BiDi opens no Firefox private window (its browser
// contexts are containers, not private browsing).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { installSandbox } from '../../sandbox/serve';
import { backgroundWorker, expect, launch, test } from '../support/fixtures';
import {
  captureKlaviyo,
  fillButton,
  fillStatus,
  sandboxState,
  storageDump,
} from '../support/helpers';

const FORM = 'https://app.upstackdata.com/destinations/new/klaviyo';

/** What the "Allow in Incognito" toggle stores for the extension. */
function allowInIncognito(userDataDir: string, extensionId: string) {
  const file = join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  const settings = prefs.extensions?.settings?.[extensionId];
  if (!settings) throw new Error('The profile has no settings for the extension.');
  settings.incognito = true;
  writeFileSync(file, JSON.stringify(prefs));
}

test('never runs in a private window, even allowed there: no key crosses either way', async ({
  userDataDir,
}) => {
  const first = await launch({ userDataDir });
  const extensionId = new URL((await backgroundWorker(first.context)).url()).host;
  await first.context.close();
  allowInIncognito(userDataDir, extensionId);

  const { context } = await launch({ userDataDir, args: ['--remote-debugging-port=0'] });
  const port = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    await installSandbox(context);
    const background = await backgroundWorker(context);
    // The entry without its key check, whose answer may land at any moment.
    const vault = async () => {
      const { check: _, ...entry } = (await storageDump(background)).session['vault:klaviyo'] as {
        check?: unknown;
      };
      return entry;
    };

    // The normal window: the extension runs, and captures the merchant's key.
    const page = context.pages()[0] ?? (await context.newPage());
    const key = await captureKlaviyo(page);
    const held = await vault();

    const incognito = await browser.newContext();
    await installSandbox(incognito);

    // A private window's provider page: no offer, no guide, and a key created there is not taken.
    const create = await incognito.newPage();
    await create.goto('https://www.klaviyo.com/create-private-api-key');
    await create.getByLabel('Private API Key Name').fill('Private window');
    await create.getByRole('radio', { name: /Full Access Key/ }).check();
    await create.locator('form').getByRole('button', { name: 'Create', exact: true }).click();
    await expect(create.getByRole('heading', { name: 'Your new private API key' })).toBeVisible();
    const [created] = (await sandboxState(create)).created;
    expect(created?.key).toMatch(/^pk_/);
    await create.waitForTimeout(2000); // longer than the content script's idle start
    await expect(create.locator('upstack-key-assist')).toHaveCount(0);
    expect(await vault()).toEqual(held);

    // A private window's Upstack form: no Fill, the field stays empty, nothing shown.
    const form = await incognito.newPage();
    await form.goto(FORM);
    await expect(form.getByLabel('Private API key')).toBeVisible();
    await form.waitForTimeout(2000);
    await expect(form.locator('upstack-key-assist')).toHaveCount(0);
    await expect(form.getByLabel('Private API key')).toHaveValue('');
    expect(await vault()).toEqual(held);

    // The normal window's form still fills the normal window's key.
    const upstack = await context.newPage();
    await upstack.goto(FORM);
    await fillButton(upstack).click();
    await expect(fillStatus(upstack)).toContainText('filled');
    expect((await sandboxState(upstack)).fields['Private API key']).toBe(key);
  } finally {
    await browser.close();
    await context.close();
  }
});
