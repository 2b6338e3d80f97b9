// The extension pages as a merchant sees them, in English and German: the popup at the browser's
// 600 px with no key, one key held and three guides running; the options page with two errors;
// the first-run page. Each run refreshes the pictures in docs/screenshots/ (never compared pixel
// by pixel): the test asserts the layout facts, and axe, instead.
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { recipes } from '../../../lib/recipes';
import { expect, firstRunPage, launch, test } from '../support/fixtures';
import { panel } from '../support/helpers';
import { START } from '../support/start';

const SHOTS = 'docs/screenshots';

/** axe in the light and the dark colour scheme; violations named with the scheme. */
async function axe(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).analyze();
    found.push(
      ...violations.map((v) => `${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target)}`),
    );
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

async function openPopup(context: BrowserContext, extensionId: string) {
  const popup = await context.newPage();
  // The browser's largest popup is 800 x 600; ours is 380 wide.
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('.tile, .card').first()).toBeVisible();
  return popup;
}

/** The provider's tile in "Connect another destination" (its one button). */
const tile = (popup: Page, name: string) =>
  popup
    .locator('li.tile')
    .filter({ has: popup.getByRole('heading', { name, exact: true }) })
    .getByRole('button');

/** Where each Tab stop sits, from the top of the page, until focus leaves the page's controls. */
async function tabStops(page: Page) {
  const stops: { top: number; left: number }[] = [];
  await page.evaluate(() => {
    (window as { seen?: Set<Element> }).seen = new Set();
  });
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return undefined;
      // Each element once: the second visit means focus went round.
      const seen = (window as { seen?: Set<Element> }).seen ?? new Set<Element>();
      if (seen.has(el)) return undefined;
      seen.add(el);
      const box = el.getBoundingClientRect();
      return { top: Math.round(box.top), left: Math.round(box.left) };
    });
    if (!stop) break;
    stops.push(stop);
  }
  return stops;
}

/** The popup fits the browser's 600 px: every provider, Help and Options on screen without
 * scrolling, at most one primary button, and the Tab order reads like the page (top to bottom,
 * left to right within a row). */
async function fitsAndReadsInOrder(popup: Page) {
  expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
    600,
  );
  for (const { name } of recipes)
    await expect(popup.getByRole('heading', { name, exact: true })).toBeInViewport({ ratio: 1 });
  const links = popup.locator('footer.links a');
  await expect(links).toHaveCount(2);
  for (const link of await links.all()) await expect(link).toBeInViewport({ ratio: 1 });
  expect(await popup.locator('.primary').count()).toBeLessThanOrEqual(1);

  const stops = await tabStops(popup);
  // Every tile and both footer links are Tab stops.
  expect(stops.length).toBeGreaterThanOrEqual((await popup.locator('.tile').count()) + 2);
  for (let i = 1; i < stops.length; i++) {
    const [a, b] = [stops[i - 1], stops[i]];
    const inOrder =
      !!a && !!b && (b.top > a.top + 3 || (Math.abs(b.top - a.top) <= 3 && b.left > a.left));
    expect(inOrder, `Tab stop ${i} follows the visual order`).toBe(true);
  }
}

for (const lang of ['en', 'de'] as const) {
  const suffix = lang === 'en' ? '' : '-de';
  test.describe(`the extension pages (${lang})`, () => {
    test.use({ lang: lang === 'en' ? 'en-US' : 'de' });

    test('the popup at 600 px: no key, one key held, three guides running', async ({
      context,
      extensionId,
    }) => {
      mkdirSync(SHOTS, { recursive: true });
      const popup = await openPopup(context, extensionId);
      // No key: the grid alone, all eight providers, nothing loud.
      await expect(popup.locator('.tile')).toHaveCount(recipes.length);
      await expect(popup.locator('.primary')).toHaveCount(0);
      // The picture first: it shows what a failed assertion below is about.
      await popup.screenshot({ path: `${SHOTS}/popup-600-no-key${suffix}.png` });
      await fitsAndReadsInOrder(popup);
      expect(await axe(popup)).toEqual([]);

      // One key: its card first, with the one primary action and the time left.
      await context.route('https://a.klaviyo.com/api/accounts/**', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: '{}' }),
      );
      const [klaviyo] = await Promise.all([
        context.waitForEvent('page'),
        tile(popup, 'Klaviyo').click(),
      ]);
      await klaviyo.getByRole('link', { name: 'Create Private API Key' }).click();
      await expect(klaviyo.getByRole('radio', { name: /Full Access Key/ })).toBeChecked();
      await klaviyo.locator('form').getByRole('button', { name: 'Create', exact: true }).click();
      await popup.bringToFront();
      const card = popup.locator('li.card');
      await expect(card).toHaveCount(1);
      await expect(card.locator('h2')).toHaveText('Klaviyo');
      await expect(card.locator('.primary')).toHaveCount(1);
      await expect(card.locator('time')).toHaveText(/^(9|10):\d\d$/);
      await expect(popup.locator('.tile')).toHaveCount(recipes.length - 1);
      // The picture first: it shows what a failed assertion below is about.
      await popup.screenshot({ path: `${SHOTS}/popup-600-key${suffix}.png` });
      await fitsAndReadsInOrder(popup);
      expect(await axe(popup)).toEqual([]);

      // Forget it, then three guides running (started from the grid).
      await card.locator('button.forget').click();
      await card.locator('.confirm button.danger').click();
      await expect(popup.locator('li.card')).toHaveCount(0);
      for (const name of ['Klaviyo', 'Omnisend']) {
        const [started] = await Promise.all([
          context.waitForEvent('page'),
          tile(popup, name).click(),
        ]);
        await started.bringToFront();
        await expect(panel(started)).toBeVisible();
      }
      // The third on the provider's own page, its offer taken (the sandbox has no Optimove
      // sign-in page for a Start from the popup).
      const optimove = await context.newPage();
      await optimove.goto(START.optimove);
      await panel(optimove)
        .getByRole('button', {
          name: lang === 'en' ? 'Start guided setup' : 'Geführte Einrichtung starten',
        })
        .click();
      await expect(panel(optimove)).toContainText(lang === 'en' ? 'Step 1 of' : 'Schritt 1 von');
      await popup.bringToFront();
      await expect
        .poll(async () => {
          await popup.reload();
          await expect(popup.locator('.tile').first()).toBeVisible();
          return popup.locator('li.card').count();
        })
        .toBe(3);
      await popup.bringToFront();
      await expect(popup.locator('li.card.lead .primary')).toHaveCount(1);
      // The picture first: it shows what a failed assertion below is about.
      await popup.screenshot({ path: `${SHOTS}/popup-600-guides${suffix}.png` });
      await fitsAndReadsInOrder(popup);
      expect(await axe(popup)).toEqual([]);
    });

    test('options with two errors: a summary at the top that names both and takes the focus', async ({
      context,
      extensionId,
    }) => {
      mkdirSync(SHOTS, { recursive: true });
      const options = await context.newPage();
      await options.setViewportSize({ width: 720, height: 900 });
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(options.locator('header img.mark')).toBeVisible();
      await options.locator('#keyName').fill('  ');
      await options.locator('#ttlMinutes').fill('0');
      await options.locator('.save-bar button.primary').click();

      const summary = options.locator('.summary');
      await expect(summary).toBeFocused();
      const items = summary.getByRole('link');
      await expect(items).toHaveCount(2);
      for (const field of ['keyName', 'ttlMinutes']) {
        const input = options.locator(`#${field}`);
        const label = (await options.locator(`label[for="${field}"]`).innerText()).trim();
        await expect(summary).toContainText(label);
        await expect(input).toHaveAttribute('aria-invalid', 'true');
        await expect(input).toHaveAttribute('aria-describedby', new RegExp(`${field}-error`));
        await expect(options.locator(`#${field}-error`)).not.toBeEmpty();
        // The red border: the danger colour, not the default.
        const [border, danger] = await input.evaluate((el) => [
          getComputedStyle(el).borderTopColor,
          getComputedStyle(document.querySelector('.summary') as Element).borderTopColor,
        ]);
        expect(border).toBe(danger);
      }
      // The summary is above the form, and each of its links leads to its field.
      const [summaryBox, formBox] = [
        await summary.boundingBox(),
        await options.locator('form').boundingBox(),
      ];
      expect((summaryBox?.y ?? 1e9) < (formBox?.y ?? 0)).toBe(true);
      await items.nth(1).click();
      await expect(options.locator('#ttlMinutes')).toBeFocused();
      expect(await axe(options)).toEqual([]);
      await options.screenshot({ path: `${SHOTS}/options-errors${suffix}.png` });
    });

    test('the first-run page: three pictures of the flow and the provider grid', async ({
      userDataDir,
    }) => {
      mkdirSync(SHOTS, { recursive: true });
      const { context } = await launch({
        userDataDir,
        keepFirstRun: true,
        lang: lang === 'en' ? 'en-US' : 'de',
      });
      try {
        const welcome = await firstRunPage(context);
        await welcome.setViewportSize({ width: 900, height: 900 });
        const pictures = welcome.locator('.pictures li');
        await expect(pictures).toHaveCount(3);
        for (const picture of await pictures.all()) {
          await expect(picture.locator('svg')).toBeVisible();
          await expect(picture.locator('p')).toHaveText(/\S{3,}.*\./);
        }
        // The popup's grid: every provider, one button each.
        await expect(welcome.locator('.grid li.tile')).toHaveCount(recipes.length);
        for (const { name } of recipes) await expect(tile(welcome, name)).toBeVisible();
        expect(await axe(welcome)).toEqual([]);
        await welcome.screenshot({ path: `${SHOTS}/welcome${suffix}.png`, fullPage: true });
      } finally {
        await context.close();
      }
    });
  });
}
