// Dormant until asked: outside a running guide and the API-keys pages, a provider page carries
// only the loader; the guide starts when the merchant asks (popup, help article, the offer on
// the API-keys page) and ends everywhere when the filled Upstack form is saved.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import {
  acceptOffer,
  captureKlaviyo,
  fillPanel,
  fillStatus,
  guideRunning,
  KLAVIYO_API_KEYS,
  klaviyoFlow,
  panel,
  startFromPopup,
  status,
  throughWizard,
  UPSTACK_ENTRY,
} from '../support/helpers';

const DASHBOARD = 'https://www.klaviyo.com/dashboard';

/**
 * MutationObservers alive in the extension's isolated world on this page: its own
 * `MutationObserver.prototype`, asked of the heap through the DevTools protocol (which collects
 * garbage first). The page's own observers have the main world's prototype and do not count.
 */
async function extensionObservers(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  const world = worlds.find(
    (w) => w.auxData?.type === 'isolated' && w.origin.startsWith('chrome-extension://'),
  );
  if (!world) throw new Error('The extension has no content script on this page.');
  const { result: prototype } = await cdp.send('Runtime.evaluate', {
    expression: 'MutationObserver.prototype',
    contextId: world.id,
  });
  const { objects } = await cdp.send('Runtime.queryObjects', {
    prototypeObjectId: prototype.objectId as string,
  });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId as string,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.detach();
  return result.value as number;
}

test('a provider page outside a guide and its API-keys pages has no panel and no observer', async ({
  page,
  background,
}) => {
  await page.goto(DASHBOARD);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForTimeout(1000); // settled: a late look would have started by now
  await expect(panel(page)).toHaveCount(0);
  await expect(page.locator('upstack-key-assist')).toHaveCount(0);
  expect(await extensionObservers(page)).toBe(0);

  // The same probe sees the engine's observer where a guide runs on that page.
  await guideRunning(background, 'klaviyo');
  await page.reload();
  await expect(panel(page)).toContainText('Open Settings');
  expect(await extensionObservers(page)).toBeGreaterThan(0);
});

/** The extension's scripts parsed on the page so far (their paths), read through DevTools. */
async function extensionScripts(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const urls: string[] = [];
  cdp.on('Debugger.scriptParsed', ({ url }) => {
    if (url.startsWith('chrome-extension://')) urls.push(new URL(url).pathname);
  });
  await cdp.send('Debugger.enable');
  await cdp.detach();
  return urls;
}

test('the Upstack dashboard with no key held carries the loader alone, and wakes for a key held or a destination form', async ({
  context,
  page,
}) => {
  const upstack = await context.newPage();
  await upstack.goto(UPSTACK_ENTRY);
  await expect(upstack.getByRole('heading', { level: 1 })).toBeVisible();
  await upstack.waitForTimeout(1000);
  expect(await extensionScripts(upstack)).toEqual(['/content-scripts/upstack.js']);
  expect(await extensionObservers(upstack)).toBe(0);
  await expect(upstack.locator('upstack-key-assist')).toHaveCount(0);

  // The merchant's own way to a destination form wakes it: the form offers the guide.
  await throughWizard(upstack, 'Klaviyo', { guided: false });
  await expect(fillStatus(upstack)).toHaveText('No Klaviyo key captured yet.');
  expect(await extensionScripts(upstack)).toContain('/upstack-engine.js');
  expect(await extensionObservers(upstack)).toBeGreaterThan(0);

  // Another dashboard tab, dormant, wakes once a key is captured elsewhere: its guide shows.
  const other = await context.newPage();
  await other.goto(UPSTACK_ENTRY);
  await expect(other.getByRole('heading', { level: 1 })).toBeVisible();
  await other.waitForTimeout(1000);
  expect(await extensionObservers(other)).toBe(0);
  await page.bringToFront();
  await captureKlaviyo(page);
  await expect(fillPanel(other)).toContainText('Step');
  expect(await extensionObservers(other)).toBeGreaterThan(0);
});

test('the API-keys page offers the guide; accepting it runs the guide in that tab', async ({
  page,
}) => {
  const chunks = async () =>
    (await extensionScripts(page)).filter((path) => path.startsWith('/guide/'));
  await page.goto(KLAVIYO_API_KEYS);
  await expect(status(page)).toHaveText('Create the Klaviyo key for Upstack with help?');
  await expect(panel(page)).not.toContainText('Step');
  // The offer is drawn without the panel: the engine alone, none of its chunks (Preact, the
  // panel, the running guide) until the merchant starts.
  await page.waitForTimeout(500);
  expect(await extensionScripts(page)).toContain('/guide.js');
  expect(await chunks()).toEqual([]);
  await acceptOffer(page);
  await expect(panel(page)).toContainText('Step 1 of 8');
  expect(await chunks()).toHaveLength(1);
  await expect(panel(page)).toContainText('Create Private API Key');
  // The guide belongs to the tab: a reload and a route change keep it.
  await page.reload();
  await expect(panel(page)).toContainText('Step 1 of 8');
  await page.getByRole('link', { name: 'Create Private API Key' }).click();
  await expect(page.getByRole('radio', { name: /Full Access Key/ })).toBeChecked();
  await page.goto(DASHBOARD);
  await expect(panel(page)).toContainText('Open Settings');
});

test('the offer, declined, stays away until the merchant starts from the popup', async ({
  context,
  page,
  extensionId,
}) => {
  await page.goto(KLAVIYO_API_KEYS);
  await expect(status(page)).toContainText('with help?');
  await panel(page).getByRole('button', { name: 'Close' }).click();
  await expect(panel(page)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Create Private API Key' })).toBeVisible();
  await page.waitForTimeout(800);
  await expect(panel(page)).toHaveCount(0);

  const started = await startFromPopup(context, extensionId, 'Klaviyo');
  await expect(panel(started)).toContainText('Step 1 of 8');
  // Started again: the API-keys page offers it again in other tabs.
  await page.reload();
  await expect(status(page)).toContainText('with help?');
});

test('a key created by hand, the offer ignored, is still captured: the Create click arms it', async ({
  page,
}) => {
  await page.goto('https://www.klaviyo.com/create-private-api-key');
  await expect(status(page)).toContainText('with help?');
  await page.getByLabel('Private API Key Name').fill('My own name');
  await page.getByRole('radio', { name: /Full Access Key/ }).check();
  await page.locator('form').getByRole('button', { name: 'Create', exact: true }).click();
  await expect(status(page)).toHaveText('Klaviyo key captured');
  await expect(panel(page)).toContainText('Open Upstack Klaviyo destination');
});

test('saving the filled Upstack form ends the guide in every tab of the provider', async ({
  context,
  page,
}) => {
  test.slow(); // one tab's note goes by itself (15 s)
  const other = await context.newPage();
  await other.goto(KLAVIYO_API_KEYS);
  await acceptOffer(other);
  await expect(panel(other)).toContainText('Step 1 of 8');

  const { upstack } = await klaviyoFlow(context, page);
  await upstack.getByRole('button', { name: 'Create Configuration' }).click();
  const done = 'The Upstack Klaviyo destination is saved. The guide is done.';
  await expect(fillStatus(upstack)).toHaveText(done);
  for (const tab of [page, other]) await expect(status(tab)).toHaveText(done);
  // The note closes at once on request, and goes by itself otherwise.
  await panel(page).getByRole('button', { name: 'Close' }).click();
  await expect(panel(page)).toHaveCount(0);
  await expect(panel(other)).toHaveCount(0, { timeout: 20_000 });
  // Ended: the tabs are no longer in a guide; the API-keys page only offers one again.
  await other.reload();
  await expect(status(other)).toHaveText('Create the Klaviyo key for Upstack with help?');
  await page.goto(DASHBOARD);
  await page.waitForTimeout(800);
  await expect(panel(page)).toHaveCount(0);
});

test('forgetting the key ends the guide, says what is left in the provider, and offers a new key', async ({
  context,
  page,
  extensionId,
}) => {
  await page.goto('https://www.klaviyo.com/create-private-api-key');
  await acceptOffer(page);
  await page.locator('form').getByRole('button', { name: 'Create', exact: true }).click();
  await expect(status(page)).toHaveText('Klaviyo key captured');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const row = popup.getByRole('listitem').filter({ hasText: 'Klaviyo' });
  // Forget is asked once more in the popup.
  await row.getByRole('button', { name: 'Forget Klaviyo key' }).click();
  await row.getByRole('button', { name: 'Yes, forget Klaviyo key' }).click();
  await expect(status(page)).toContainText('The unused key “UpstackData” stays in Klaviyo');
  await panel(page).getByRole('button', { name: 'Create a new key' }).click();
  await expect(page).toHaveURL(KLAVIYO_API_KEYS);
  await expect(panel(page)).toContainText('Step 1 of 8');
});
