// axe-core on the overlay, popup and options; a keyboard-only Klaviyo flow; German strings;
// and the README's screenshots, taken from the sandbox.
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  acceptOffer,
  fillButton,
  fillPanel,
  fillStatus,
  KLAVIYO_API_KEYS,
  panel,
  sandboxState,
  status,
  throughWizard,
} from './helpers';

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
  expect(await axe(page, 'upstack-key-assist')).toEqual([]);
  await acceptOffer(page);
  await expect(page.locator('upstack-key-assist .ring')).toBeVisible();
  expect(await axe(page, 'upstack-key-assist')).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOTS}/overlay-create.png` });

  await page.locator('form').getByRole('button', { name: 'Create', exact: true }).click();
  await expect(status(page)).toHaveText('Klaviyo key captured');
  expect(await axe(page, 'upstack-key-assist')).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOTS}/overlay-captured.png` });

  const [upstack] = await Promise.all([
    context.waitForEvent('page'),
    panel(page).getByRole('link', { name: 'Open Upstack Klaviyo destination' }).click(),
  ]);
  await throughWizard(upstack, 'Klaviyo');
  await expect(fillButton(upstack)).toBeVisible();
  expect(await axe(upstack, 'upstack-key-assist', { inFrame: true })).toEqual([]);
});

test('axe finds no violations in the popup and the options page', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 380, height: 560 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByRole('heading', { name: 'Klaviyo' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOTS}/popup.png` });

  await page.setViewportSize({ width: 720, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByLabel('Key name')).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOTS}/options.png`, fullPage: true });
});

test('a keyboard-only Klaviyo flow succeeds', async ({ context, page }) => {
  await page.goto(KLAVIYO_API_KEYS);
  // The offer is taken with the keyboard too.
  await expect(status(page)).toContainText('with help?');
  await tabTo(page, panel(page).getByRole('button', { name: 'Start guided setup' }));
  await page.keyboard.press('Enter');
  await expect(panel(page)).toContainText('Step 1 of 4');
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
    await expect(panel(page)).toContainText('Schritt 1 von 4');
    await expect(panel(page).getByRole('button', { name: 'Schließen' })).toBeVisible();
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByRole('button', { name: 'Starten' }).first()).toBeVisible();
    await expect(popup.getByRole('listitem').first()).toContainText(/In Arbeit|Nicht begonnen/);
  });
});
