// Optimove (acme.optimove.net, hash routes) built with Vuetify 3 (test/sandbox/libs/element/
// vuetify-optimove.ts, a chunk of the Vue app's bundle). Patterns it covers:
// - v-dialog teleported into Vuetify's .v-overlay-container at the end of <body>, with a scrim;
//   Activate key a plain button in the card's actions, no <form> on the page;
// - v-select for the Access Type: the combobox is a readonly <input> (inputmode none) showing the
//   item's title while the model holds its value (`admin`); a hidden native <select> beside it
//   (autofill, its options the values and unnamed); aria-controls names the v-menu, not the role=listbox v-list inside the menu's
//   content (another overlay); the menu fades out after a choice, its options still rendered;
// - the key shown once in a read-only v-text-field.
import type { Page } from '@playwright/test';
import { fillUpstack, START } from '../support/chromium-flows';
import { expect, test } from '../support/fixtures';
import {
  acceptOffer,
  sandboxState,
  setSettings,
  shadowHtml,
  status,
  storageDump,
} from '../support/helpers';
import {
  accessType,
  createdDialog,
  createdKeys,
  newKeyDialog,
  openPrefilledNewKey,
} from '../support/optimove-sandbox';

test.use({ sandboxOptions: { library: 'vuetify' } });

/** What the v-select shows as its value: the selection's title, beside the input. */
const shownAccess = (page: Page) => newKeyDialog(page).locator('.v-select__selection-text');
/** The dialog's fields as the components bound them (v-model): the app's model, not the DOM. */
const draft = async (page: Page) =>
  (await sandboxState<{ draft: { nickname: string; email: string; access: string | null } }>(page))
    .draft;

test.describe('sandbox (no extension)', () => {
  test.use({ extension: false, sandboxOptions: { library: 'vuetify', instant: true } });

  test('a merchant creates a key by hand through the v-select', async ({ page }) => {
    await page.goto(START.optimove);
    // Vuetify alone: no Element Plus component on this page.
    await page.getByRole('button', { name: '+ New API Key' }).click();
    const form = newKeyDialog(page);
    await expect(form).toBeVisible();
    expect(await page.locator('form').count()).toBe(0);
    expect(await form.evaluate((el) => !!el.closest('.v-overlay-container'))).toBe(true);
    expect(await page.locator('.el-button, .el-dialog').count()).toBe(0);
    const sheets = await page.evaluate(() =>
      Array.from(document.styleSheets, (sheet) => sheet.href?.split('/').pop()),
    );
    expect(sheets).toContain('vuetify.css');
    expect(sheets).not.toContain('element-plus.css');
    await form.getByLabel('Nickname').fill('By hand');
    await form.getByLabel('Contact Email').fill('owner@acme.test');
    const combo = accessType(page);
    expect(await combo.evaluate((el) => el.tagName)).toBe('INPUT');
    // The hidden native select Vuetify keeps beside the combobox, for autofill.
    expect(await form.locator('select[hidden]').count()).toBe(1);
    // A person presses the field; its input is where the focus goes.
    await form.locator('.v-select .v-field').click();
    const listbox = page.getByRole('listbox');
    await expect(listbox).toBeVisible();
    // aria-controls names the menu, a wrapper of the listbox, not the listbox itself.
    const controls = await combo.getAttribute('aria-controls');
    expect(controls).toBeTruthy();
    expect(await listbox.getAttribute('id')).not.toBe(controls);
    expect(
      await page.evaluate(
        (id) => !!document.getElementById(id ?? '')?.querySelector('[role=listbox]'),
        controls,
      ),
    ).toBe(true);
    await page.getByRole('option', { name: 'Admin' }).click();
    await expect(shownAccess(page)).toHaveText('Admin');
    // The input shows the item's title; the model holds its value.
    await expect(combo).toHaveValue('Admin');
    expect(await draft(page)).toEqual({
      nickname: 'By hand',
      email: 'owner@acme.test',
      access: 'admin',
    });
    await form.getByRole('button', { name: 'Activate key' }).click();
    const field = createdDialog(page).getByLabel('API Key');
    const [created] = await createdKeys(page);
    expect(created).toMatchObject({
      nickname: 'By hand',
      email: 'owner@acme.test',
      access: 'Admin',
    });
    await expect(field).toHaveValue(created?.key ?? '');
  });

  test('Activate without an access type creates nothing', async ({ page }) => {
    await page.goto(START.optimove);
    await page.getByRole('button', { name: '+ New API Key' }).click();
    const form = newKeyDialog(page);
    await form.getByLabel('Nickname').fill('UpstackData');
    await form.getByLabel('Contact Email').fill('owner@acme.test');
    await form.getByRole('button', { name: 'Activate key' }).click();
    await expect(form.getByRole('alert').filter({ hasText: 'access type' })).toBeVisible();
    expect(await createdKeys(page)).toEqual([]);
  });
});

test("from API Key Management to a filled Upstack form through Vuetify's v-dialog and v-select", async ({
  context,
  page,
  background,
}) => {
  const form = await openPrefilledNewKey(page, background); // 1
  await expect(shownAccess(page)).toHaveText('Admin', { timeout: 10_000 });
  // The components' model holds what the page shows, and the menu the guide opened is gone.
  await expect
    .poll(() => draft(page))
    .toEqual({ nickname: 'UpstackData', email: 'owner@acme.test', access: 'admin' });
  await expect(accessType(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await form.getByRole('button', { name: 'Activate key' }).click(); // 2
  await expect(status(page)).toHaveText('Optimove key captured');
  const [created] = await createdKeys(page);
  expect(created).toMatchObject({
    nickname: 'UpstackData',
    email: 'owner@acme.test',
    access: 'Admin',
  });
  const key = created?.key ?? '';
  const upstack = await fillUpstack(context, page, 'Optimove'); // 3, 4
  expect((await sandboxState<{ fields: Record<string, string> }>(upstack)).fields['API key']).toBe(
    key,
  );
  // The key is where the provider's page shows it, never in the extension's panel (its shadow
  // root and host) nor in any storage area once filled.
  expect(await shadowHtml(page)).not.toContain(key);
  expect(JSON.stringify(await storageDump(background))).not.toContain(key);
});

test('the guide reaches the last access type too', async ({ page, background }) => {
  await setSettings(background, {
    contactEmail: 'owner@acme.test',
    options: { optimove: { accessType: 'Transactional API User' } },
  });
  await page.goto(START.optimove);
  await acceptOffer(page);
  await page.getByRole('button', { name: '+ New API Key' }).click();
  await expect(shownAccess(page)).toHaveText('Transactional API User', { timeout: 15_000 });
  await expect.poll(async () => (await draft(page)).access).toBe('transactional');
  await newKeyDialog(page).getByRole('button', { name: 'Activate key' }).click();
  await expect(status(page)).toHaveText('Optimove key captured');
  const [created] = await createdKeys(page);
  expect(created?.access).toBe('Transactional API User');
});
