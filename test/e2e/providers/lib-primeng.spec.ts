// Klaviyo's create-key dialog built with PrimeNG 21 and its Aura theme (test/sandbox/libs/
// angular/src/app/primeng/klaviyo.ts, a lazy chunk of the Angular app's build). Patterns it covers:
// - p-dialog appended to <body> (outside the app root) with a modal mask and its focus trap;
//   Create a p-button in its footer, no <form> on the page;
// - p-select for the access level: the combobox is a <span role=combobox> named by
//   aria-labelledby, showing the chosen label as its text; its listbox is in a p-overlay
//   appended to <body> only while open, which fades out once an option is chosen;
// - the key shown once in a read-only pInputText, beside a Copy p-button.
import type { Page } from '@playwright/test';
import { fillUpstack } from '../support/chromium-flows';
import { expect, test } from '../support/fixtures';
import {
  acceptOffer,
  KLAVIYO_API_KEYS,
  sandboxState,
  shadowHtml,
  status,
  storageDump,
} from '../support/helpers';

test.use({ sandboxOptions: { library: 'primeng' } });

interface KlaviyoState {
  created: { name: string; access: string; key: string }[];
  /** The create form's fields as the components bound them (ngModel). */
  draft: { name: string; access: string | null };
}
const state = (page: Page) => sandboxState<KlaviyoState>(page);

const createDialog = (page: Page) => page.getByRole('dialog', { name: 'New private API key' });
const keyDialog = (page: Page) => page.getByRole('dialog', { name: 'Your new private API key' });
const accessLevel = (page: Page) => page.getByRole('combobox', { name: 'Access level' });

test.describe('sandbox (no extension)', () => {
  test.use({ extension: false, sandboxOptions: { library: 'primeng', instant: true } });

  test('a merchant picks the access level in the p-select and creates a key', async ({ page }) => {
    await page.goto(KLAVIYO_API_KEYS);
    await page.getByRole('link', { name: 'Create Private API Key' }).click();
    const dialog = createDialog(page);
    await expect(dialog).toBeVisible();
    expect(await dialog.evaluate((el) => document.getElementById('root')?.contains(el))).toBe(
      false,
    );
    expect(await page.locator('form').count()).toBe(0);
    // PrimeNG alone: no Angular Material component on this page.
    expect(await page.locator('[class*="mat-mdc"], .cdk-overlay-container').count()).toBe(0);
    // No stylesheet linked (Material's theme is the other pages'): PrimeNG's styled mode
    // injects its Aura theme as <style> elements.
    expect(
      await page.evaluate(() => document.querySelectorAll('link[rel=stylesheet]').length),
    ).toBe(0);
    expect(await page.locator('style[data-primeng-style-id]').count()).toBeGreaterThan(0);
    expect(await accessLevel(page).evaluate((el) => el.tagName)).toBe('SPAN');
    await expect(page.getByRole('listbox')).toHaveCount(0);
    await dialog.getByLabel('Private API Key Name').fill('By hand');
    await accessLevel(page).click();
    const listbox = page.getByRole('listbox');
    await expect(listbox).toBeVisible();
    expect(await listbox.evaluate((el) => document.getElementById('root')?.contains(el))).toBe(
      false,
    );
    await page.getByRole('option', { name: 'Full Access Key' }).click();
    await expect(accessLevel(page)).toHaveText('Full Access Key');
    expect((await state(page)).draft).toEqual({ name: 'By hand', access: 'full' });
    await dialog.getByRole('button', { name: 'Create' }).click();
    const reveal = keyDialog(page);
    const [created] = (await state(page)).created;
    expect(created).toMatchObject({ name: 'By hand', access: 'full' });
    await expect(reveal.getByLabel('Private API key')).toHaveValue(created?.key ?? '');
  });

  test('Create without an access level creates nothing', async ({ page }) => {
    await page.goto(KLAVIYO_API_KEYS);
    await page.getByRole('link', { name: 'Create Private API Key' }).click();
    const dialog = createDialog(page);
    await dialog.getByLabel('Private API Key Name').fill('UpstackData');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog.getByRole('alert')).toContainText('access level');
    expect((await state(page)).created).toEqual([]);
  });
});

test('Klaviyo: name and access level prefilled in the p-dialog, key captured and filled', async ({
  context,
  page,
  background,
}) => {
  await page.goto(KLAVIYO_API_KEYS);
  await acceptOffer(page);
  await page.getByRole('link', { name: 'Create Private API Key' }).click(); // 1
  const dialog = createDialog(page);
  await expect(dialog.getByLabel('Private API Key Name')).toHaveValue('UpstackData');
  await expect(accessLevel(page)).toHaveText('Full Access Key', { timeout: 10_000 });
  // The components' model holds the choice the page shows, and the overlay the guide opened
  // is gone.
  await expect
    .poll(async () => (await state(page)).draft)
    .toEqual({
      name: 'UpstackData',
      access: 'full',
    });
  await expect(accessLevel(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Create' }).click(); // 2
  await expect(status(page)).toHaveText('Klaviyo key captured');
  const [created] = (await state(page)).created;
  expect(created).toMatchObject({ name: 'UpstackData', access: 'full' });
  const key = created?.key ?? '';
  expect(key).toMatch(/^pk_[A-Za-z0-9]{34}$/);
  const upstack = await fillUpstack(context, page, 'Klaviyo'); // 3, 4
  await expect.poll(async () => (await sandboxState(upstack)).fields['Private API key']).toBe(key);
  // The key is where the provider's page shows it, never in the extension's panel (its shadow
  // root and host) nor in any storage area once filled.
  expect(await shadowHtml(page)).not.toContain(key);
  expect(JSON.stringify(await storageDump(background))).not.toContain(key);
});
