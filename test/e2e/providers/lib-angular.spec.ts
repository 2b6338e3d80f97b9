// Optimove (acme.optimove.net, hash routes) rebuilt with Angular Material + CDK, compiled ahead
// of time and zoneless (test/sandbox/libs/angular). Patterns it covers, and what does each:
// - slow page: API Key Management's table and "+ New API Key" arrive 2 s late behind a
//   mat-progress-spinner ("Loading API keys"); the heading is there at once.
// - modal that aria-hides the root and traps focus: mat-dialog (CDK Dialog). Its overlay host is
//   appended to .cdk-overlay-container at the end of <body> and shown in the top layer
//   (popover="manual"); every other child of <body> (#root) gets aria-hidden="true"; Tab wraps
//   inside the dialog (CDK FocusTrap anchors).
// - non-native select: Access Type is a mat-select (role=combobox, no <select>); its listbox is
//   another CDK overlay, a popover (top layer) placed INSIDE the mat-select element, rendered only
//   while open; options role=option. No default. The combobox's accessible name stays "Access Type"
//   (aria-labelledby = the label); the chosen title is its text.
// - key shown only after a Show toggle the merchant presses: after "Activate key" the same dialog
//   ("API Key Created") shows `••••••••`; the key is nowhere in the DOM until the eye button
//   "Show key" is pressed (it then reads "Hide key", aria-pressed=true).
// - key in a read-only field set as a property: input[readonly] "API Key" whose value comes from
//   Angular's [value] binding (no value attribute); Copy is cdkCopyToClipboard (it copies the
//   real key even while masked, through a textarea added to <body> for an instant).
// The extension flow has one more merchant action than the usual four: Show (between Activate
// and the Upstack form).
import { fillUpstack, START } from '../support/chromium-flows';
import { expect, test } from '../support/fixtures';
import { sandboxState, status } from '../support/helpers';
import {
  createdDialog,
  createdKeys,
  newKeyDialog,
  openPrefilledNewKey,
} from '../support/optimove-sandbox';

test.use({ sandboxOptions: { library: 'angular' } });

const MASK = '••••••••';

test.describe('sandbox (no extension)', () => {
  test.use({ extension: false, sandboxOptions: { library: 'angular', instant: true } });

  test('a merchant creates a key by hand and reads it after pressing Show', async ({
    context,
    page,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: 'https://acme.optimove.net',
    });
    await page.goto(START.optimove);
    await expect(page.getByRole('heading', { name: 'API Key Management' })).toBeVisible();
    await page.getByRole('button', { name: '+ New API Key' }).click();
    const form = newKeyDialog(page);
    await expect(form).toBeVisible();
    // CDK hides the app from assistive technology while the modal is open.
    await expect(page.locator('#root')).toHaveAttribute('aria-hidden', 'true');
    expect(await page.locator('select').count()).toBe(0);

    await form.getByLabel('Nickname').fill('UpstackData');
    await form.getByLabel('Contact Email').fill('owner@acme.test');
    // The empty field's floating label lies over the combobox (Playwright refuses to click the
    // combobox itself: "<mat-label> intercepts pointer events"); a merchant clicks the field.
    await form.getByText('Access Type', { exact: true }).click();
    await page.getByRole('listbox').getByRole('option', { name: 'Admin', exact: true }).click();
    await expect(form.getByRole('combobox', { name: 'Access Type' })).toHaveText('Admin');
    await form.getByRole('button', { name: 'Activate key' }).click();

    const reveal = createdDialog(page);
    const field = reveal.getByRole('textbox', { name: 'API Key' });
    await expect(field).toHaveValue(MASK);
    await expect(field).not.toBeEditable(); // matInput sets readonly="true"
    const [created] = await createdKeys(page);
    expect(created).toMatchObject({
      nickname: 'UpstackData',
      email: 'owner@acme.test',
      access: 'Admin',
    });
    const key = created?.key ?? '';
    expect(key).toMatch(/^[A-Za-z0-9]{32,48}$/);
    expect(await page.content()).not.toContain(key);

    await reveal.getByRole('button', { name: 'Show key' }).click();
    await expect(field).toHaveValue(key);
    await expect(field).toBeVisible();
    expect(await field.getAttribute('value')).toBeNull(); // a property, not an attribute
    await expect(reveal.getByRole('button', { name: 'Hide key' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(
      await page.evaluate(
        () => (window as { __sandbox?: { shownAt?: number } }).__sandbox?.shownAt,
      ),
    ).toBeGreaterThan(0);

    await reveal.getByRole('button', { name: 'Copy' }).click();
    await expect(reveal.getByRole('status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);

    await reveal.getByRole('button', { name: 'Close' }).click();
    await expect(reveal).toBeHidden();
    await expect(page.locator('#root')).not.toHaveAttribute('aria-hidden', 'true');
    await expect(page.getByRole('row', { name: /UpstackData Admin/ })).toBeVisible();
    expect(await page.content()).not.toContain(key);
  });

  test('Activate with no access type creates nothing; Tab stays inside the dialog', async ({
    page,
  }) => {
    await page.goto(START.optimove);
    await page.getByRole('button', { name: '+ New API Key' }).click();
    const form = newKeyDialog(page);
    await form.getByLabel('Nickname').fill('UpstackData');
    await form.getByLabel('Contact Email').fill('owner@acme.test');
    await form.getByRole('button', { name: 'Activate key' }).click();
    await expect(form.getByRole('alert')).toContainText('access type');
    expect(await createdKeys(page)).toEqual([]);
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(() => !!document.activeElement?.closest('mat-dialog-container')),
      ).toBe(true);
    }
  });
});

test.describe('sandbox timing (no extension)', () => {
  test.use({ extension: false });

  test('the keys page data arrives 2 s late behind a spinner', async ({ page }) => {
    await page.goto(START.optimove);
    await expect(page.getByRole('heading', { name: 'API Key Management' })).toBeVisible();
    await expect(page.getByRole('progressbar', { name: 'Loading API keys' })).toBeVisible();
    const started = Date.now();
    await expect(page.getByRole('button', { name: '+ New API Key' })).toBeVisible();
    expect(Date.now() - started).toBeGreaterThan(1000);
  });
});

// Needs from the engine (seen with the fixme lifted): (1) choosing an option in a non-native
// select: mat-option elements exist only while the listbox is open, so the engine must open the
// mat-select (click its form field; the floating label lies over the combobox) and then click
// role=option "Admin". Today nothing is chosen, yet the panel already says "chose Admin"; only
// once the merchant opens the select does the engine click the option. (2) capturing a key that
// appears only after the merchant presses "Show key": the read-only input's value property
// changes from the mask to the key with no attribute or text change; today the panel stays on
// "Your API key is shown once" and never captures. (3) staying above a top-layer modal: the
// panel's popover opens before the dialog's, so the CDK backdrop covers it, and a click on the
// panel lands on the backdrop, which closes the dialog (with the key in it).
// Nickname and Contact Email are prefilled in the matInputs already.
test('from the API Key Management page to a filled Upstack form (five actions)', async ({
  context,
  page,
  background,
}) => {
  const form = await openPrefilledNewKey(page, background); // 1
  await expect(form.getByRole('combobox', { name: 'Access Type' })).toHaveText('Admin');
  await form.getByRole('button', { name: 'Activate key' }).click(); // 2
  await createdDialog(page).getByRole('button', { name: 'Show key' }).click(); // 3
  await expect(status(page)).toHaveText('Optimove key captured');
  const [created] = await createdKeys(page);
  expect(created).toMatchObject({
    nickname: 'UpstackData',
    email: 'owner@acme.test',
    access: 'Admin',
  });
  const upstack = await fillUpstack(context, page, 'Optimove'); // 4, 5
  expect((await sandboxState<{ fields: Record<string, string> }>(upstack)).fields['API key']).toBe(
    created?.key,
  );
});
