// The merchant's control panel: popup states and actions, the key check, the help article's
// Start button, and options that refuse bad values.
import type { Page, Request } from '@playwright/test';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../lib/background/settings';
import { fillUpstack } from '../support/chromium-flows';
import { backgroundWorker, expect, launch, test } from '../support/fixtures';
import {
  acceptOffer,
  captureKlaviyo,
  KLAVIYO_API_KEYS,
  panel,
  sandboxState,
  setSettings,
  status,
  storageDump,
} from '../support/helpers';

const CREATE = 'https://www.klaviyo.com/create-private-api-key';
const CHECK_URL = 'https://a.klaviyo.com/api/accounts/';

async function openPopup(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Klaviyo' }) });
}

test('the popup reflects each state of the Klaviyo flow', async ({
  context,
  page,
  extensionId,
}) => {
  const popup = await context.newPage();
  let row = await openPopup(popup, extensionId);
  await expect(row).toContainText('Not started');

  await page.goto(KLAVIYO_API_KEYS);
  // The offer alone starts nothing.
  await expect(status(page)).toContainText('with help?');
  await popup.reload();
  await expect(row).toContainText('Not started');
  await acceptOffer(page);
  await expect(panel(page)).toContainText('Step 1 of 8');
  await popup.reload();
  await expect(row).toContainText('In progress: step 1 of 8');

  await page.getByRole('link', { name: 'Create Private API Key' }).click();
  await expect(page.getByRole('radio', { name: /Full Access Key/ })).toBeChecked();
  await page.locator('form').getByRole('button', { name: 'Create', exact: true }).click();
  await expect(status(page)).toHaveText('Klaviyo key captured');
  const [created] = (await sandboxState(page)).created;
  await popup.reload();
  row = popup
    .getByRole('listitem')
    .filter({ has: popup.getByRole('heading', { name: 'Klaviyo' }) });
  await expect(row).toContainText(`Key captured: pk_…${created?.key.slice(-4)}`);
  await expect(row).toContainText(/Forgotten in (9|10):\d\d/);
  await expect(row).not.toContainText(created?.key ?? 'never');

  await fillUpstack(context, page, 'Klaviyo');
  await popup.reload();
  await expect(row).toContainText('Done: key filled in Upstack at');
});

test('Start opens the API keys page with the guide running; Go to the tab is then the primary action', async ({
  context,
  extensionId,
  background,
}) => {
  const popup = await context.newPage();
  const row = await openPopup(popup, extensionId);
  const [started] = await Promise.all([
    context.waitForEvent('page'),
    row.getByRole('button', { name: 'Start Klaviyo', exact: true }).click(),
  ]);
  await expect(started).toHaveURL(KLAVIYO_API_KEYS);
  await expect(panel(started)).toContainText('Step 1 of 8');
  await popup.reload();
  const back = row.getByRole('button', { name: 'Go to the Klaviyo tab' });
  await expect(back).toHaveClass(/primary/);
  await expect(row.locator('.primary')).toHaveCount(1);
  await expect(row.getByRole('button', { name: 'Start Klaviyo again' })).toBeVisible();
  // It brings the guide's tab to the front (the browser's active tab, as the background sees it).
  const activeTab = () =>
    background.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]?.id);
  const guideTab = await background.evaluate(
    async () =>
      (
        (await chrome.storage.session.get('progress:klaviyo'))['progress:klaviyo'] as {
          tabId: number;
        }
      ).tabId,
  );
  await popup.bringToFront();
  await expect.poll(activeTab).not.toBe(guideTab);
  await back.click();
  await expect.poll(activeTab).toBe(guideTab);
});

test('Forget key empties the vault', async ({ context, page, extensionId, background }) => {
  const key = await captureKlaviyo(page);
  const popup = await context.newPage();
  const row = await openPopup(popup, extensionId);
  await row.getByRole('button', { name: 'Forget Klaviyo key' }).click();
  await row.getByRole('button', { name: 'Yes, forget Klaviyo key' }).click();
  // Forgetting the key ends the guide: the popup offers Start again, and the page says why.
  await expect(row).toContainText('Not started');
  await expect(row.getByRole('button', { name: 'Start Klaviyo', exact: true })).toBeVisible();
  await expect(row).not.toContainText('Key captured');
  await expect(status(page)).toContainText('The Klaviyo key was forgotten before it was filled.');
  await expect(panel(page).getByRole('button', { name: 'Create a new key' })).toBeVisible();
  expect(JSON.stringify(await storageDump(background))).not.toContain(key);
  expect((await storageDump(background)).session['vault:klaviyo']).toBeUndefined();
});

test('Copy key, the last resort, writes the clipboard from the popup and warns', async ({
  context,
  page,
  extensionId,
}) => {
  const key = await captureKlaviyo(page);
  const popup = await context.newPage();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const row = await openPopup(popup, extensionId);
  await expect(row).toContainText('the clipboard is shared');
  // It cannot clear the clipboard (no clipboardRead): it says how long the key stays there.
  await expect(row.getByRole('button', { name: 'Copy Klaviyo key' })).toHaveAccessibleDescription(
    /stays on it until you copy something else/,
  );
  await row.getByRole('button', { name: 'Copy Klaviyo key' }).click();
  await expect(row.getByRole('status')).toContainText(
    'Copied. It stays on the clipboard until you copy something else',
  );
  expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(key);
});

for (const [what, answer, shown] of [
  ['a 200 answer', 200, 'Key check: valid'],
  ['a 401 answer', 401, 'Key check: not valid'],
  ['a 403 answer', 403, 'lacks accounts:read'],
  ['a network failure', 0, 'Key check not possible: the provider could not be reached'],
] as const) {
  test(`the key check shows "${shown}" for ${what}, and the key goes to no other host`, async ({
    context,
    page,
    extensionId,
  }) => {
    const requests: Request[] = [];
    context.on('request', (request) => requests.push(request));
    await context.route(`${CHECK_URL}**`, (route) =>
      answer
        ? route.fulfill({ status: answer, contentType: 'application/json', body: '{}' })
        : route.abort(),
    );
    const key = await captureKlaviyo(page);
    await expect(panel(page)).toContainText(shown);

    const popup = await context.newPage();
    const row = await openPopup(popup, extensionId);
    await expect(row).toContainText(shown);
    await row.getByRole('button', { name: 'Check Klaviyo key' }).click();
    await expect(row).toContainText(shown);

    // After capture, and from the popup (whose answer shows the same words: wait for its request).
    const checksSent = () => requests.filter((r) => r.url() === CHECK_URL);
    await expect.poll(() => checksSent().length).toBeGreaterThanOrEqual(2);
    const checks = checksSent();
    for (const check of checks)
      expect(check.headers().authorization).toBe(`Klaviyo-API-Key ${key}`);
    for (const request of requests.filter((r) => r.url() !== CHECK_URL)) {
      expect(request.url()).not.toContain(key);
      expect(JSON.stringify(request.headers())).not.toContain(key);
      expect(request.postData() ?? '').not.toContain(key);
    }
  });
}

test('the help article offers "Start guided setup", which opens the provider with the guide', async ({
  context,
  page,
}) => {
  await page.goto(
    'https://docs.upstackdata.com/guides/klaviyo/how-to-generate-klaviyo-api-key-for-upstack-data',
  );
  const [started] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Start guided setup' }).click(),
  ]);
  await expect(started).toHaveURL(KLAVIYO_API_KEYS);
  // The guide itself, not the offer the API-keys page makes to a visitor.
  await expect(panel(started)).toContainText('Step 1 of 8');
});

test('no button on other help pages', async ({ page }) => {
  await page.goto('https://docs.upstackdata.com/guides/klaviyo/sync-settings');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForTimeout(800);
  await expect(page.locator('upstack-key-assist')).toHaveCount(0);
});

test.describe('options', () => {
  for (const [field, label, bad, message] of [
    ['keyName', 'Key name', '   ', /Enter a key name/],
    ['ttlMinutes', 'Keep a captured key for (minutes)', '0', /at least 1 minute/],
    ['ttlMinutes', 'Keep a captured key for (minutes)', '1000', /at most 30 minutes/],
    ['contactEmail', 'Optimove contact email', 'owner@', /valid email/],
    ['upstackOrigin', 'Upstack dashboard address', 'http://dash.example.com', /https:\/\//],
    [
      'upstackOrigin',
      'Upstack dashboard address',
      'https://dash.example.com/path',
      /without a path/,
    ],
  ] as const) {
    test(`refuse ${field} = "${bad}" with a message and keep the old value`, async ({
      context,
      extensionId,
      background,
    }) => {
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      // Optimove's own settings are behind a button until the merchant uses Optimove.
      if (field === 'contactEmail')
        await options.getByRole('button', { name: 'Show Optimove settings' }).click();
      const input = options.getByLabel(label);
      const before = await input.inputValue();
      await input.fill(bad);
      await options.getByRole('button', { name: 'Save' }).click();
      await expect(options.locator(`#${field}-error`)).toHaveText(message);
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      const stored = (await storageDump(background)).sync.settings as
        | Record<string, unknown>
        | undefined;
      expect(String(stored?.[field] ?? before)).toBe(before);
    });
  }

  test('save good values that the guide then uses', async ({ context, page, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel('Key name').fill('Upstack Prod');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect(options.getByRole('status')).toHaveText('Saved.');
    await page.goto(CREATE);
    await acceptOffer(page);
    await expect(page.getByLabel('Private API Key Name')).toHaveValue('Upstack Prod');
  });

  test('settings saved by 0.2.0 are migrated when the updated extension starts', async ({
    context,
    background,
    userDataDir,
  }) => {
    // What 0.2.0 wrote (no version). The next start of the extension migrates it.
    const saved = { keyName: 'Shop key', ttlMinutes: 25, contactEmail: '', disabled: ['omnisend'] };
    await setSettings(background, saved);
    await context.close();
    const again = await launch({ userDataDir });
    try {
      const worker = await backgroundWorker(again.context);
      await expect
        .poll(async () => (await storageDump(worker)).sync.settings)
        .toEqual({ ...DEFAULT_SETTINGS, ...saved, version: SETTINGS_VERSION });
      const options = await again.context.newPage();
      await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
      await expect(options.getByLabel('Key name')).toHaveValue('Shop key');
      await expect(options.getByLabel('Keep a captured key for (minutes)')).toHaveValue('25');
    } finally {
      await again.context.close();
    }
  });
});
