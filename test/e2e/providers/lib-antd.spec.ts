// Optimove (acme.optimove.net, hash routes) built with Ant Design 6 (test/sandbox/libs/mui/
// antd-optimove.tsx, in the React app's bundle). Patterns it covers:
// - modal portalled to <body> with a focus trap: antd's Modal "New API Key"; its "Activate key"
//   is a plain type=button in the modal's footer, and the page has no <form> at all;
// - rc-select for the Access Type: the combobox is an <input> that never holds the choice (antd 6
//   shows it as text in the .ant-select-content beside the input), its options are rows of a virtual list
//   portalled to <body> with no role; the role=option elements are a 0×0 mirror of the active
//   row and its neighbours, which the input follows with aria-activedescendant;
// - key in a read-only Input.Password, masked until its eye toggle is pressed.
import type { Page } from '@playwright/test';
import { fillUpstack, START } from '../support/chromium-flows';
import { expect, test } from '../support/fixtures';
import { acceptOffer, sandboxState, setSettings, status } from '../support/helpers';
import {
  accessType,
  createdDialog,
  createdKeys,
  newKeyDialog,
  openPrefilledNewKey,
} from '../support/optimove-sandbox';

test.use({ sandboxOptions: { library: 'antd' } });

/** What the select shows as its value: rc-select's content box (antd 6: the label beside the input), not the input. */
const shownAccess = (page: Page) => newKeyDialog(page).locator('.ant-select-content');

test.describe('sandbox (no extension)', () => {
  test.use({ extension: false, sandboxOptions: { library: 'antd', instant: true } });

  test('a merchant creates a key by hand through the rc-select and reveals it', async ({
    page,
  }) => {
    await page.goto(START.optimove);
    await page.getByRole('button', { name: '+ New API Key' }).click();
    const form = newKeyDialog(page);
    await expect(form).toBeVisible();
    expect(await page.locator('form').count()).toBe(0);
    expect(await form.evaluate((el) => document.getElementById('root')?.contains(el))).toBe(false);
    await form.getByLabel('Nickname').fill('By hand');
    await form.getByLabel('Contact Email').fill('owner@acme.test');
    expect(await accessType(page).evaluate((el) => el.tagName)).toBe('INPUT');
    await accessType(page).click();
    // The rows a person sees have no role; the options are a 0×0 mirror of the active row.
    const row = page.locator('.ant-select-item-option', { hasText: 'Admin' });
    await expect(row).toBeVisible();
    expect(await row.getAttribute('role')).toBeNull();
    expect(await row.evaluate((el) => document.getElementById('root')?.contains(el))).toBe(false);
    const mirror = page.getByRole('option').first();
    expect(await mirror.evaluate((el) => el.getBoundingClientRect().width)).toBe(0);
    await row.click();
    await expect(shownAccess(page)).toHaveText('Admin');
    await expect(accessType(page)).toHaveValue('');
    await form.getByRole('button', { name: 'Activate key' }).click();

    const field = createdDialog(page).getByLabel('API Key');
    await expect(field).toHaveAttribute('type', 'password');
    const [created] = await createdKeys(page);
    expect(created).toMatchObject({
      nickname: 'By hand',
      email: 'owner@acme.test',
      access: 'Admin',
    });
    await expect(field).toHaveValue(created?.key ?? '');
    await createdDialog(page).getByRole('img', { name: /eye/ }).click();
    await expect(field).toHaveAttribute('type', 'text');
  });

  test('Activate without an access type creates nothing', async ({ page }) => {
    await page.goto(START.optimove);
    await page.getByRole('button', { name: '+ New API Key' }).click();
    const form = newKeyDialog(page);
    await form.getByLabel('Nickname').fill('UpstackData');
    await form.getByLabel('Contact Email').fill('owner@acme.test');
    await form.getByRole('button', { name: 'Activate key' }).click();
    await expect(form.getByRole('alert')).toContainText('access type');
    expect(await createdKeys(page)).toEqual([]);
  });
});

test("from API Key Management to a filled Upstack form through antd's Modal and Select", async ({
  context,
  page,
  background,
}) => {
  const form = await openPrefilledNewKey(page, background); // 1
  await expect(shownAccess(page)).toHaveText('Admin', { timeout: 10_000 });
  // The list the guide opened is closed again.
  await expect(accessType(page)).toHaveAttribute('aria-expanded', 'false');
  await form.getByRole('button', { name: 'Activate key' }).click(); // 2
  await expect(status(page)).toHaveText('Optimove key captured');
  const [created] = await createdKeys(page);
  expect(created).toMatchObject({
    nickname: 'UpstackData',
    email: 'owner@acme.test',
    access: 'Admin',
  });
  const upstack = await fillUpstack(context, page, 'Optimove'); // 3, 4
  expect((await sandboxState<{ fields: Record<string, string> }>(upstack)).fields['API key']).toBe(
    created?.key,
  );
});

test('the guide reaches the last access type too (rc-select rows have no role: the active option is followed)', async ({
  page,
  background,
}) => {
  await setSettings(background, {
    contactEmail: 'owner@acme.test',
    options: { optimove: { accessType: 'Transactional API User' } },
  });
  await page.goto(START.optimove);
  await acceptOffer(page);
  await page.getByRole('button', { name: '+ New API Key' }).click();
  await expect(shownAccess(page)).toHaveText('Transactional API User', { timeout: 15_000 });
  await expect(accessType(page)).toHaveAttribute('aria-expanded', 'false');
  await newKeyDialog(page).getByRole('button', { name: 'Activate key' }).click();
  await expect(status(page)).toHaveText('Optimove key captured');
  const [created] = await createdKeys(page);
  expect(created?.access).toBe('Transactional API User');
});
