// Klaviyo's create page with the access level as an Element Plus select
// (test/sandbox/libs/element/klaviyo.ts): el-select, whose readonly combobox input is drawn
// transparent and whose chosen label is a sibling <span>, its options (text in a child <span>)
// in a popper teleported to <body>; and, as variant `virtual-select`, el-select-v2, whose
// virtualised list has "Full Access Key" as its last row, in the DOM only once scrolled to.
// The guide chooses it through the select, and says so only once the select shows it; the
// app's own state (the key created with access `full`) is what the test reads.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { acceptOffer, panel, sandboxState, status } from '../support/helpers';

const CREATE_PAGE = 'https://www.klaviyo.com/create-private-api-key';
const KEY = /^pk_[A-Za-z0-9]{34}$/;

const accessLevel = (page: Page) => page.getByRole('combobox', { name: 'Access level' });
/** What the select shows as its value: Element Plus's selected-item span, not the input. */
const shownAccess = (page: Page) =>
  page.locator('.el-select__selected-item:not(.el-select__input-wrapper)').first();
const create = (page: Page) => page.locator('form').getByRole('button', { name: 'Create' });

for (const variant of ['default', 'virtual-select'] as const) {
  test.describe(`Element Plus ${variant === 'default' ? 'el-select' : 'el-select-v2'}`, () => {
    test.use({ sandboxOptions: { library: 'element', variant } });

    test.describe('by hand', () => {
      test.use({ extension: false });

      test('the options are teleported to <body>, shown only once opened', async ({ page }) => {
        await page.goto(CREATE_PAGE);
        await expect(accessLevel(page)).toHaveAttribute('aria-expanded', 'false');
        expect(await accessLevel(page).evaluate((el) => el.tagName)).toBe('INPUT');
        await expect(accessLevel(page)).toHaveValue('');
        await expect(shownAccess(page)).toHaveText('Select');
        await page.locator('.el-select__wrapper').click();
        const options = page.getByRole('option');
        await expect(options.first()).toBeVisible();
        expect(
          await options.first().evaluate((el) => document.getElementById('root')?.contains(el)),
        ).toBe(false);
        if (variant === 'virtual-select') {
          // Virtualised: the last access level is not in the DOM until the list is scrolled.
          await expect(page.getByRole('option', { name: 'Full Access Key' })).toHaveCount(0);
          expect(await options.count()).toBeLessThan(26);
          await page.getByRole('listbox').hover();
          await page.mouse.wheel(0, 2000);
        }
        await page.getByRole('option', { name: 'Full Access Key' }).click();
        await expect(shownAccess(page)).toHaveText('Full Access Key');
        // The input never holds the label: only the span shows it.
        await expect(accessLevel(page)).toHaveValue('');
        await page.getByLabel('Private API Key Name').fill('By hand');
        await create(page).click();
        await expect(page.getByRole('dialog', { name: 'Your new private API key' })).toBeVisible();
        expect((await sandboxState(page)).created[0]).toMatchObject({
          name: 'By hand',
          access: 'full',
        });
      });
    });

    test('the guide chooses Full Access Key through the select and says so once it shows', async ({
      page,
    }) => {
      await page.goto(CREATE_PAGE);
      await acceptOffer(page);
      await expect(page.getByLabel('Private API Key Name')).toHaveValue('UpstackData');
      await expect(shownAccess(page)).toHaveText('Full Access Key', { timeout: 10_000 });
      await expect(panel(page)).toContainText('chose Full Access Key');
      await expect(panel(page)).not.toContainText('yourself');
      // The list the guide opened is closed again.
      await expect(accessLevel(page)).toHaveAttribute('aria-expanded', 'false');
      await create(page).click();
      await expect(status(page)).toHaveText('Klaviyo key captured');
      const [created] = (await sandboxState(page)).created;
      expect(created?.name).toBe('UpstackData');
      expect(created?.access).toBe('full');
      expect(KEY.test(created?.key ?? '')).toBe(true);
    });
  });
}
