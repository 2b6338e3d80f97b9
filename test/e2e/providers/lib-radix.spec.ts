// Klaviyo's and Omnisend's create-key dialogs built from Radix UI primitives, as shadcn/ui's
// are (test/sandbox/libs/mui/radix.tsx, in the React app's bundle). Patterns they cover:
// - Dialog portalled to <body>: the rest of <body> aria-hidden, focus trapped, pointer events
//   outside it off; the Create buttons are plain type=button outside any <form>;
// - Select (Klaviyo's access level): a <button role=combobox> named by a <label for>, its
//   listbox portalled to <body> only while open, opened on pointerdown; inside a <form>, so
//   Radix adds a hidden native <select>;
// - Checkbox (Omnisend's permissions): <button role=checkbox> with aria-checked/data-state;
// - Switch (Klaviyo's "Show key"): the key is in the DOM only once switched on.
import type { Page } from '@playwright/test';
import { fillUpstack, START } from '../support/chromium-flows';
import { expect, test } from '../support/fixtures';
import { acceptOffer, KLAVIYO_API_KEYS, sandboxState, status } from '../support/helpers';

test.use({ sandboxOptions: { library: 'radix' } });

interface Created {
  name: string;
  access?: string;
  permissions?: string[];
  key: string;
}
const createdKeys = async (page: Page) =>
  (await sandboxState<{ created: Created[] }>(page)).created;

const createDialog = (page: Page) => page.getByRole('dialog', { name: 'New private API key' });
const keyDialog = (page: Page) => page.getByRole('dialog', { name: 'Your new private API key' });
const accessLevel = (page: Page) => page.getByRole('combobox', { name: 'Access level' });

test.describe('sandbox (no extension)', () => {
  test.use({ extension: false, sandboxOptions: { library: 'radix', instant: true } });

  test('Klaviyo: a merchant picks the access level in the Radix Select and switches the key on', async ({
    page,
  }) => {
    await page.goto(KLAVIYO_API_KEYS);
    await page.getByRole('link', { name: 'Create Private API Key' }).click();
    const dialog = createDialog(page);
    await expect(dialog).toBeVisible();
    expect(await dialog.evaluate((el) => document.getElementById('root')?.contains(el))).toBe(
      false,
    );
    await expect(page.locator('#root')).toHaveAttribute('aria-hidden', 'true');
    expect(await accessLevel(page).evaluate((el) => el.tagName)).toBe('BUTTON');
    await expect(page.locator('select[name="access-level"]')).toHaveAttribute(
      'aria-hidden',
      'true',
    );
    await expect(page.getByRole('option')).toHaveCount(0);
    await dialog.getByLabel('Private API Key Name').fill('By hand');
    await accessLevel(page).click();
    await page.getByRole('option', { name: 'Full Access Key' }).click();
    await expect(accessLevel(page)).toHaveText(/Full Access Key/);
    await expect(dialog.getByRole('button', { name: 'Create' })).toBeVisible();
    expect(
      await dialog.getByRole('button', { name: 'Create' }).evaluate((el) => !!el.closest('form')),
    ).toBe(false);
    await dialog.getByRole('button', { name: 'Create' }).click();
    const reveal = keyDialog(page);
    const [created] = await createdKeys(page);
    expect(created).toMatchObject({ name: 'By hand', access: 'full' });
    expect(await page.content()).not.toContain(created?.key);
    await reveal.getByRole('switch', { name: 'Show key' }).click();
    await expect(reveal.locator('.secret')).toHaveText(created?.key ?? '');
  });

  test('Omnisend: the permissions are Radix checkboxes (buttons with data-state)', async ({
    page,
  }) => {
    await page.goto(START.omnisend);
    await page.getByRole('button', { name: 'Create API key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create API key' });
    const box = dialog.getByRole('checkbox', { name: 'Orders' });
    expect(await box.evaluate((el) => el.tagName)).toBe('BUTTON');
    await expect(box).toHaveAttribute('data-state', 'unchecked');
    await box.click();
    await expect(box).toHaveAttribute('data-state', 'checked');
    await expect(box).toHaveAttribute('aria-checked', 'true');
  });
});

test('Klaviyo: name and access level prefilled in the Radix Dialog, key captured after the Switch', async ({
  context,
  page,
}) => {
  await page.goto(KLAVIYO_API_KEYS);
  await acceptOffer(page);
  await page.getByRole('link', { name: 'Create Private API Key' }).click(); // 1
  const dialog = createDialog(page);
  await expect(dialog.getByLabel('Private API Key Name')).toHaveValue('UpstackData');
  await expect(accessLevel(page)).toHaveText(/Full Access Key/, { timeout: 10_000 });
  await expect(accessLevel(page)).toHaveAttribute('aria-expanded', 'false');
  await dialog.getByRole('button', { name: 'Create' }).click(); // 2
  await keyDialog(page).getByRole('switch', { name: 'Show key' }).click(); // 3
  await expect(status(page)).toHaveText('Klaviyo key captured');
  const [created] = await createdKeys(page);
  expect(created).toMatchObject({ name: 'UpstackData', access: 'full' });
  const upstack = await fillUpstack(context, page, 'Klaviyo'); // 4, 5
  await expect
    .poll(async () => (await sandboxState(upstack)).fields['Private API key'])
    .toBe(created?.key);
});

test('Omnisend: name and every Radix checkbox prefilled, key captured and filled', async ({
  context,
  page,
}) => {
  await page.goto(START.omnisend);
  await acceptOffer(page);
  await page.getByRole('button', { name: 'Create API key' }).click(); // 1
  const dialog = page.getByRole('dialog', { name: 'Create API key' });
  await expect(dialog.getByLabel('Name', { exact: true })).toHaveValue('UpstackData');
  for (const box of await dialog.getByRole('checkbox').all())
    await expect(box).toHaveAttribute('data-state', 'checked', { timeout: 10_000 });
  await dialog.getByRole('button', { name: 'Create API key' }).click(); // 2
  await expect(status(page)).toHaveText('Omnisend key captured');
  const [created] = await createdKeys(page);
  expect(created?.name).toBe('UpstackData');
  expect(created?.permissions?.length).toBe(6);
  const upstack = await fillUpstack(context, page, 'Omnisend'); // 3, 4
  await expect
    .poll(async () =>
      Object.values((await sandboxState(upstack)).fields).includes(created?.key ?? ''),
    )
    .toBe(true);
});
