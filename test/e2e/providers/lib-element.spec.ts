// Omnisend's API keys page rebuilt with Vue 3 + Element Plus (test/sandbox/libs/element/).
// Patterns it covers, and the component that does each:
// - Portalled modal dialog: el-dialog with append-to-body teleports the overlay to <body>
//   (outside #root), role="dialog" aria-modal="true", named by its title ("Create API key",
//   then "Your API key"); ElFocusTrap pulls focus back when it leaves the dialog.
// - Checkbox group with Vue batching: el-checkbox-group of el-checkbox (Campaigns ... Events).
//   Each checkbox's change builds the new array from the value of the last render
//   (vModelCheckbox reads el._modelValue), so several clicks in one synchronous loop keep only
//   the last one. Kept as Element Plus does it.
// - Key in a read-only field set as a property after a delay: the key shows in a readonly
//   el-input bound with :model-value to a ref that is set 0.5-2 s after the dialog content
//   appears; Vue writes input.value (a DOM property), no value attribute ever appears.
// - Late data (el-skeleton, then el-table), pushState navigation with el-link, the legacy hash
//   route /#/my-account/integrations/api-keys, Element validation messages (el-form rules).
import type { Locator, Page } from '@playwright/test';
import { fillUpstack, START } from '../support/chromium-flows';
import { expect, test } from '../support/fixtures';
import { acceptOffer, panel, sandboxState, status } from '../support/helpers';

test.use({ sandboxOptions: { library: 'element' } });

const PERMISSIONS = ['Campaigns', 'Contacts', 'Orders', 'Products', 'Carts', 'Events'];
const KEY = /^[A-Za-z0-9]{64}-[A-Za-z0-9]{10}$/;

interface OmnisendState {
  route: string;
  created: { name: string; permissions: string[]; key: string }[];
}
const state = (page: Page) => sandboxState<OmnisendState>(page);

async function openCreate(page: Page, url: string = START.omnisend): Promise<Locator> {
  await page.goto(url);
  await page.getByRole('button', { name: '+ Create API key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create API key' });
  await expect(dialog.getByLabel('Name')).toBeVisible();
  return dialog;
}

test.describe('Element Plus sandbox, by hand', () => {
  test.use({ extension: false });

  test('a merchant creates a key: the app holds it and the dialog shows it', async ({ page }) => {
    const dialog = await openCreate(page);
    // The dialog is teleported to <body>, outside the app's root.
    await expect(page.locator('#root [role=dialog]')).toHaveCount(0);
    await expect(page.locator('body > .el-overlay [role=dialog]')).toHaveCount(1);
    await dialog.getByLabel('Name').fill('Merchant key');
    for (const permission of PERMISSIONS) {
      // The native checkbox is 0x0 and transparent: a merchant clicks the el-checkbox label.
      await dialog.locator('label.el-checkbox').filter({ hasText: permission }).click();
      await expect(dialog.getByRole('checkbox', { name: permission })).toBeChecked();
    }
    await dialog.getByRole('button', { name: 'Create API key' }).click();

    const shown = page.getByRole('dialog', { name: 'Your API key' });
    await expect(shown.getByText('Copy it now: you will not see it again.')).toBeVisible();
    const field = shown.getByRole('textbox', { name: 'API key' });
    await expect(field).toHaveValue(''); // the key is still on its way
    await expect(field).toHaveJSProperty('readOnly', true);
    await expect(field).toHaveValue(KEY, { timeout: 5000 });
    await expect(field).toBeVisible();
    expect(await field.getAttribute('value')).toBeNull(); // set as a property, never an attribute

    const [created] = (await state(page)).created;
    expect(created).toMatchObject({ name: 'Merchant key', permissions: PERMISSIONS });
    expect(created?.key).toMatch(KEY);
    await expect(field).toHaveValue(created?.key ?? '');
    const shownAt = await page.evaluate(
      () => (window as unknown as { __sandbox: { shownAt?: number } }).__sandbox.shownAt,
    );
    expect(shownAt).toEqual(expect.any(Number));
    await expect(shown.getByRole('button', { name: 'Copy API key' })).toBeVisible();

    await shown.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByRole('cell', { name: 'Merchant key' })).toBeVisible();
    expect(await page.content()).not.toContain(created?.key);
  });

  test('Vue batching: six checkbox clicks in one synchronous loop keep only the last', async ({
    page,
  }) => {
    const dialog = await openCreate(page);
    await dialog.getByLabel('Name').fill('Batched');
    await page.evaluate((names) => {
      const labels = [...document.querySelectorAll<HTMLElement>('[role=dialog] label.el-checkbox')];
      for (const name of names) labels.find((l) => l.textContent?.trim() === name)?.click();
    }, PERMISSIONS);
    await expect(dialog.getByRole('checkbox', { name: 'Events' })).toBeChecked();
    await expect(dialog.getByRole('checkbox', { name: 'Campaigns' })).not.toBeChecked();
    await dialog.getByRole('button', { name: 'Create API key' }).click();
    await expect(page.getByRole('dialog', { name: 'Your API key' })).toBeVisible();
    expect((await state(page)).created[0]?.permissions).toEqual(['Events']);
  });

  test('Create needs a name and a permission; a known app name opens its wizard', async ({
    page,
  }) => {
    const dialog = await openCreate(page);
    await dialog.getByLabel('Name').fill('No permissions');
    await dialog.getByRole('button', { name: 'Create API key' }).click();
    await expect(dialog.getByText('Choose at least one permission')).toBeVisible();
    expect((await state(page)).created).toEqual([]);

    await dialog.getByLabel('Name').fill('Zapier');
    await dialog.getByRole('button', { name: 'Create API key' }).click();
    await expect(page.getByRole('dialog', { name: 'Zapier setup' })).toContainText(
      'Connect Zapier',
    );
    expect((await state(page)).created).toEqual([]);
  });

  test('the legacy hash route holds the same page; data arrives late', async ({ page }) => {
    await page.goto('https://app.omnisend.com/#/my-account/integrations/api-keys', {
      waitUntil: 'domcontentloaded',
    });
    await expect(page.locator('.el-skeleton')).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Zapier' })).toBeVisible();
    expect((await state(page)).route).toBe('/#/my-account/integrations/api-keys');
    const dialog = await openCreate(
      page,
      'https://app.omnisend.com/#/my-account/integrations/api-keys',
    );
    await expect(dialog.getByRole('checkbox', { name: 'Events' })).not.toBeChecked();
  });

  test('Store settings leads to API keys without a reload', async ({ page }) => {
    await page.goto('https://app.omnisend.com/');
    await page.evaluate(() => Object.assign(window, { marker: 'kept' }));
    await page.getByRole('link', { name: 'Store settings' }).click();
    await page.getByRole('link', { name: 'API keys' }).click();
    await expect(page).toHaveURL(START.omnisend);
    await expect(page.getByRole('button', { name: '+ Create API key' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
      'kept',
    );
  });
});

test.describe('Element Plus sandbox, with the extension', () => {
  // fixme: the engine does not yet handle two of this page's patterns (seen today):
  // 1. Vue batching: its "choose all" clicks the six el-checkbox items in one synchronous pass,
  //    so Element Plus keeps only the last (Events) while the panel says every permission is
  //    selected. Needs: choose one option per task (await a frame or the next microtask
  //    flush), then read the control's state back and retry what did not stick.
  // 2. Property-set value after a delay: the key lands in the read-only el-input's
  //    input.value 0.5-2 s after the dialog content, with no DOM mutation, so a capture that
  //    only re-evaluates on mutations never sees it (with `instant` it does). Needs: keep
  //    reading the `shown` field's value (poll or input/animation-frame watch) while the
  //    capture step is active.
  test('from the API keys page to a filled Upstack form', async ({ context, page }) => {
    await page.goto(START.omnisend);
    await acceptOffer(page);
    await page.getByRole('button', { name: '+ Create API key' }).click(); // 1
    const dialog = page.getByRole('dialog', { name: 'Create API key' });
    await expect(dialog.getByLabel('Name')).toHaveValue('UpstackData');
    for (const permission of PERMISSIONS) {
      await expect(dialog.getByRole('checkbox', { name: permission })).toBeChecked();
    }
    await expect(panel(page)).toContainText('selected every permission');
    await dialog.getByRole('button', { name: 'Create API key' }).click(); // 2
    await expect(status(page)).toHaveText('Omnisend key captured', { timeout: 10_000 });
    const [created] = (await state(page)).created;
    expect(created?.name).toBe('UpstackData');
    expect(created?.permissions).toHaveLength(6);
    expect(created?.key).toMatch(KEY);
    const upstack = await fillUpstack(context, page, 'Omnisend'); // 3, 4
    const { fields } = await sandboxState<{ fields: Record<string, string> }>(upstack);
    expect(fields['API key']).toBe(created?.key);
  });
});
