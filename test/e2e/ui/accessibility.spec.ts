// axe-core on the overlay, popup, options and first-run page, in light and dark; a keyboard-only
// Klaviyo flow; German strings; and the README's screenshots (en and de), taken from the sandbox.
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, firstRunPage, launch, test } from '../support/fixtures';
import {
  acceptOffer,
  captureKlaviyo,
  fillButton,
  fillPanel,
  fillStatus,
  KLAVIYO_API_KEYS,
  panel,
  sandboxState,
  status,
  throughWizard,
} from '../support/helpers';

const SCREENSHOTS = 'docs/screenshots';

async function axe(page: Page, include?: string, { inFrame = false } = {}) {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const results = await builder.analyze();
  // On the Upstack form the panel is in the Fill frame: axe must have looked inside it.
  if (inFrame)
    expect(
      results.passes.some((rule) =>
        rule.nodes.some((node) =>
          JSON.stringify(node.target).startsWith('[["upstack-key-assist","iframe"]'),
        ),
      ),
    ).toBe(true);
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

/** axe in the light and the dark colour scheme (both are styled); violations named with the scheme. */
async function axeBothSchemes(page: Page, include?: string, options: { inFrame?: boolean } = {}) {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    found.push(...(await axe(page, include, options)).map((v) => `${colorScheme}: ${v}`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

/** Presses Tab until `target` has focus (inside a shadow root too); fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el.matches(':focus')).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test('axe finds no violations in the overlay: guiding, captured and on the Upstack form', async ({
  context,
  page,
}) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('https://www.klaviyo.com/create-private-api-key');
  // The offer, before the guide runs.
  await expect(status(page)).toContainText('with help?');
  expect(await axeBothSchemes(page, 'upstack-key-assist')).toEqual([]);
  await acceptOffer(page);
  await expect(page.locator('upstack-key-assist .ring')).toBeVisible();
  expect(await axeBothSchemes(page, 'upstack-key-assist')).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOTS}/overlay-create.png` });

  await page.locator('form').getByRole('button', { name: 'Create', exact: true }).click();
  await expect(status(page)).toHaveText('Klaviyo key captured');
  expect(await axeBothSchemes(page, 'upstack-key-assist')).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOTS}/overlay-captured.png` });

  const [upstack] = await Promise.all([
    context.waitForEvent('page'),
    panel(page).getByRole('link', { name: 'Open Upstack Klaviyo destination' }).click(),
  ]);
  await throughWizard(upstack, 'Klaviyo');
  await expect(fillButton(upstack)).toBeVisible();
  expect(await axeBothSchemes(upstack, 'upstack-key-assist', { inFrame: true })).toEqual([]);
});

/** The popup with nothing held, then with a Klaviyo key held and Forget asked (every control
 * the popup has); its screenshot shows the held key. Then the options page. */
async function popupAndOptions(
  context: BrowserContext,
  extensionId: string,
  capture: () => Promise<unknown>,
  suffix = '',
) {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('heading', { name: 'Klaviyo' })).toBeVisible();
  expect(await axeBothSchemes(popup)).toEqual([]);
  // The key check answers (as for a Full Access key) in the screenshot.
  await context.route('https://a.klaviyo.com/api/accounts/**', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{}' }),
  );
  await capture();
  const row = popup.getByRole('listitem').filter({ has: popup.locator('#klaviyo-name') });
  await expect(row.locator('.last-resort')).toBeVisible();
  await popup.screenshot({ path: `${SCREENSHOTS}/popup${suffix}.png`, fullPage: true });
  await row.locator('button.forget').click();
  await expect(row.locator('.confirm')).toBeVisible();
  expect(await axeBothSchemes(popup)).toEqual([]);

  await popup.setViewportSize({ width: 720, height: 900 });
  await popup.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(popup.locator('#keyName')).toBeVisible();
  expect(await axeBothSchemes(popup)).toEqual([]);
  await popup.screenshot({ path: `${SCREENSHOTS}/options${suffix}.png`, fullPage: true });
  return popup;
}

test('axe finds no violations in the popup (each state) and the options page', async ({
  context,
  page,
  extensionId,
}) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const options = await popupAndOptions(context, extensionId, () => captureKlaviyo(page));
  // Options' help text is at the body's size, 14 px (Chrome's own style for extension pages
  // would make the body 10.5 px).
  expect(await options.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('14px');
  // Optimove's own settings, shown on request (nothing of Optimove ran this session).
  await options.getByRole('button', { name: 'Show Optimove settings' }).click();
  await expect(options.locator('.help')).toHaveCount(4);
  for (const help of await options.locator('.help').all())
    expect(await help.evaluate((el) => getComputedStyle(el).fontSize)).toBe('14px');
  // Optimove's settings together, in one group.
  const optimove = options.getByRole('group', { name: 'Optimove', exact: true });
  await expect(optimove.getByLabel('Optimove contact email')).toBeVisible();
  await expect(optimove.getByRole('group', { name: 'Optimove access type' })).toBeVisible();
});

test('axe finds no violations on the first-run page', async ({ userDataDir }) => {
  const { context } = await launch({ userDataDir, keepFirstRun: true });
  try {
    const welcome = await firstRunPage(context);
    await welcome.setViewportSize({ width: 900, height: 900 });
    await expect(welcome.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await axeBothSchemes(welcome)).toEqual([]);
  } finally {
    await context.close();
  }
});

test('a keyboard-only Klaviyo flow succeeds', async ({ context, page }) => {
  await page.goto(KLAVIYO_API_KEYS);
  // The offer is taken with the keyboard too.
  await expect(status(page)).toContainText('with help?');
  await tabTo(page, panel(page).getByRole('button', { name: 'Start guided setup' }));
  await page.keyboard.press('Enter');
  await expect(panel(page)).toContainText('Step 1 of 8');
  await tabTo(page, page.getByRole('link', { name: 'Create Private API Key' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Private API Key Name')).toHaveValue('UpstackData');
  await tabTo(page, page.locator('form').getByRole('button', { name: 'Create', exact: true }));
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('Klaviyo key captured');
  // Focus moved into the panel: the next link is one Tab away.
  const open = panel(page).getByRole('link', { name: 'Open Upstack Klaviyo destination' });
  await tabTo(page, open, 5);
  const [upstack] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Enter')]);
  await throughWizard(upstack, 'Klaviyo');
  const fill = fillButton(upstack);
  await expect(fill).toBeVisible();
  // The panel is in the Fill frame, last on the page: Tab reaches it after the form.
  await tabTo(upstack, fill, 15);
  // A key press counts on a button that has had focus for half a second (fill-focus.spec.ts).
  await upstack.waitForTimeout(600);
  await upstack.keyboard.press('Enter');
  await expect(fillStatus(upstack)).toContainText('filled');
  const [created] = (await sandboxState(page)).created;
  expect((await sandboxState(upstack)).fields['Private API key']).toBe(created?.key);

  // Esc closes the panel and gives focus back to the page.
  await upstack.keyboard.press('Escape');
  await expect(fillPanel(upstack)).toHaveCount(0);
});

test.describe('in German', () => {
  test.use({ lang: 'de' });
  test('the overlay and the popup speak German', async ({ context, page, extensionId }) => {
    await page.goto(KLAVIYO_API_KEYS);
    // The offer speaks German as well.
    await expect(status(page)).toHaveText(
      'Den Klaviyo-Schlüssel für Upstack mit Anleitung erstellen?',
    );
    await panel(page).getByRole('button', { name: 'Geführte Einrichtung starten' }).click();
    await expect(panel(page)).toContainText('Schritt 1 von 8');
    await expect(panel(page).getByRole('button', { name: 'Schließen' })).toBeVisible();
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(
      popup.getByRole('button', { name: 'Omnisend starten', exact: true }),
    ).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Zum Klaviyo-Tab' })).toBeVisible();
    await expect(popup.getByRole('listitem').first()).toContainText(/In Arbeit|Nicht begonnen/);
  });

  test("the README's German screenshots: overlay, popup and options", async ({
    context,
    page,
    extensionId,
  }) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('https://www.klaviyo.com/create-private-api-key');
    await panel(page).getByRole('button', { name: 'Geführte Einrichtung starten' }).click();
    await expect(page.locator('upstack-key-assist .ring')).toBeVisible();
    expect(await axeBothSchemes(page, 'upstack-key-assist')).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/overlay-create-de.png` });
    const options = await popupAndOptions(
      context,
      extensionId,
      () => page.locator('form').getByRole('button', { name: 'Create', exact: true }).click(),
      '-de',
    );
    await expect(options.getByRole('button', { name: 'Speichern' })).toBeVisible();
  });
});
