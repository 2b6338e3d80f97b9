// Every state of a provider page's guide has its next action, and the panel's words agree with it:
// captured (open Upstack), filled (save the form there), forgotten or expired (a new key, and
// where to revoke the unused one), refused (try again), the plain instructions (the step's page
// and the help article); the steps never go back after a capture; a key of the same name already
// in the list; progress as a checklist; every provider tab follows the vault at once.
import type { Page } from '@playwright/test';
import { fillUpstack, START } from '../support/chromium-flows';
import { expect, test } from '../support/fixtures';
import {
  acceptOffer,
  captureKlaviyo,
  KLAVIYO_API_KEYS,
  panel,
  startFromPopup,
  status,
} from '../support/helpers';

const ring = (page: Page) => page.locator('upstack-key-assist .ring');
const checklist = (page: Page) => panel(page).getByRole('list', { name: 'Steps' });

function overlaps(a: Box | null, b: Box | null): boolean {
  if (!a || !b) return false;
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
type Box = { x: number; y: number; width: number; height: number };

test('progress is a checklist numbered from where the guide started; earlier steps are ticked', async ({
  page,
}) => {
  await page.goto(KLAVIYO_API_KEYS);
  await acceptOffer(page);
  await expect(panel(page)).toContainText('Step 1 of 8');
  const items = checklist(page).getByRole('listitem');
  await expect(items).toHaveCount(7);
  // Sign in, Settings and the API keys tab were not needed: ticked, not counted.
  for (const i of [0, 1, 2]) await expect(items.nth(i)).toContainText('(done)');
  const current = checklist(page).locator('[aria-current="step"]');
  await expect(current).toHaveCount(1);
  await expect(current).toContainText('Click “Create Private API Key”');
  await expect(items.nth(6)).toContainText('Fill the key into your Upstack Klaviyo destination');
  await expect(items.nth(6)).not.toContainText('(done)');

  await page.getByRole('link', { name: 'Create Private API Key' }).click();
  await expect(panel(page)).toContainText('Step 2 of 8');
  await expect(items.nth(3)).toContainText('(done)');
  await expect(current).toContainText('Press Create');
});

test('captured: "Open Upstack destination" is the one primary action, and nothing says to go back', async ({
  page,
}) => {
  await page.goto(KLAVIYO_API_KEYS);
  await acceptOffer(page);
  await page.getByRole('link', { name: 'Create Private API Key' }).click();
  await page.locator('form').getByRole('button', { name: 'Create', exact: true }).click();
  await expect(status(page)).toHaveText('Klaviyo key captured');
  await expect(panel(page).getByRole('heading')).toHaveText(
    'Fill the key into your Upstack Klaviyo destination',
  );
  await expect(panel(page)).toContainText('Step 4 of 8');
  const primary = panel(page).locator('.primary');
  await expect(primary).toHaveCount(1);
  await expect(primary).toHaveAccessibleName('Open Upstack Klaviyo destination');
  await expect(primary).toHaveAttribute(
    'href',
    'https://app.upstackdata.com/pixel/event-destinations',
  );
  // The one-time warning is done with: nothing says to keep the page open.
  await expect(panel(page)).not.toContainText('Keep this page open');
  // The time left reads as a duration, not a clock time.
  await expect(panel(page)).toContainText(
    /is kept in this browser's memory: forgotten in \d+:\d\d min\./,
  );
  // Back on the API-keys list, the guide does not go back to creating a key.
  await page.getByRole('link', { name: 'Back to API keys' }).click();
  await expect(page.getByRole('link', { name: 'Create Private API Key' })).toBeVisible();
  await page.waitForTimeout(500);
  await expect(panel(page).getByRole('heading')).toHaveText(
    'Fill the key into your Upstack Klaviyo destination',
  );
  await expect(ring(page)).toHaveCount(0);
});

test('Dotdigital: after Save the list is not a step back to "New user"; the pair is labelled', async ({
  page,
}) => {
  await page.goto(START.dotdigital);
  await acceptOffer(page);
  await expect(panel(page).getByRole('heading')).toHaveText('Click “New user”');
  await page.getByRole('link', { name: 'New user' }).click();
  await expect(page.getByLabel('Description')).toHaveValue('UpstackData');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(status(page)).toHaveText('Dotdigital key captured');
  // The page shows the list again, with its New user button: the guide stays after the capture.
  await expect(page.getByRole('link', { name: 'New user' })).toBeVisible();
  await page.waitForTimeout(500);
  await expect(panel(page).getByRole('heading')).toHaveText(
    'Fill the key into your Upstack Dotdigital destination',
  );
  // "New user" is a step done, not one to do again.
  await expect(
    checklist(page).getByRole('listitem').filter({ hasText: 'Click “New user”' }),
  ).toContainText('(done)');
  await expect(checklist(page).locator('[aria-current="step"]')).toContainText(
    'Fill the key into your Upstack Dotdigital destination',
  );
  await expect(ring(page)).toHaveCount(0);
  // Each masked part is named by its field's label.
  await expect(panel(page)).toContainText(
    /Dotdigital API user apiuser-…[a-z0-9]{4}@apiconnector\.com, Dotdigital API user password •+ is kept/,
  );
});

test('Optimove: the contact email only the merchant knows leads the step, and the ring is on it', async ({
  page,
}) => {
  await page.goto(START.optimove);
  await acceptOffer(page);
  await page.getByRole('button', { name: '+ New API Key' }).click();
  await expect(page.getByLabel('Nickname')).toHaveValue('UpstackData');
  const email = page.getByLabel('Contact Email');
  await expect(email).toHaveValue('');
  await expect(panel(page).getByRole('heading')).toHaveText(
    /^Type your contact email in Contact Email/,
  );
  await expect(panel(page).locator('.detail')).toContainText('Then: Press “Activate key”');
  await expect
    .poll(async () => overlaps(await ring(page).boundingBox(), await email.boundingBox()))
    .toBe(true);
  const activate = page.getByRole('button', { name: 'Activate key' });
  expect(overlaps(await ring(page).boundingBox(), await activate.boundingBox())).toBe(false);

  // Typed: the step is Activate key again, ringed.
  await email.fill('owner@acme.test');
  await expect(panel(page).getByRole('heading')).toHaveText('Press “Activate key”');
  await expect
    .poll(async () => overlaps(await ring(page).boundingBox(), await activate.boundingBox()))
    .toBe(true);
});

test.describe('refused', () => {
  test.use({ sandboxOptions: { shownKey: 'AbC123' } });
  test('"Try again" clears the refusal and goes back to where a new key is created', async ({
    page,
  }) => {
    await page.goto(KLAVIYO_API_KEYS);
    await acceptOffer(page);
    await page.getByRole('link', { name: 'Create Private API Key' }).click();
    await page.locator('form').getByRole('button', { name: 'Create', exact: true }).click();
    await expect(status(page)).toContainText('public API key');
    const retry = panel(page).getByRole('button', { name: 'Try again' });
    await expect(retry).toHaveAccessibleDescription(/opens the Klaviyo API keys page/);
    await retry.click();
    await expect(page).toHaveURL(KLAVIYO_API_KEYS);
    await expect(panel(page).getByRole('heading')).toHaveText('Click “Create Private API Key”');
    await expect(status(page)).toHaveText('');
    // Still numbered from where the guide started.
    await expect(panel(page)).toContainText('Step 1 of 8');
  });
});

test('forgotten while the guide runs: "Create a new key", and where to revoke the unused one', async ({
  context,
  page,
  extensionId,
}) => {
  await captureKlaviyo(page);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const row = popup.getByRole('listitem').filter({ hasText: 'Klaviyo' });
  await row.getByRole('button', { name: 'Forget Klaviyo key' }).click();
  await row.getByRole('button', { name: 'Yes, forget Klaviyo key' }).click();
  await expect(status(page)).toContainText('The unused key “UpstackData” stays in Klaviyo');
  await expect(panel(page)).not.toContainText('Keep this page open');
  await expect(panel(page).getByRole('heading')).toHaveCount(0);
  const revoke = panel(page).getByRole('link', { name: 'Open Klaviyo API keys page' });
  await expect(revoke).toHaveAttribute('href', KLAVIYO_API_KEYS);
  await panel(page).getByRole('button', { name: 'Create a new key' }).click();
  await expect(page).toHaveURL(KLAVIYO_API_KEYS);
  await expect(panel(page)).toContainText('Step 1 of 8');
});

test.describe('a key of the same name already in the list', () => {
  test.use({ sandboxOptions: { existingKey: 'UpstackData' } });
  for (const [name, url] of [
    ['Klaviyo', START.klaviyo],
    ['Omnisend', START.omnisend],
    ['Optimove', START.optimove],
    ['Dotdigital', START.dotdigital],
  ] as const) {
    test(`${name}: its secret cannot be shown again; create a new one, then revoke the old`, async ({
      page,
    }) => {
      await page.goto(url);
      await acceptOffer(page);
      await expect(panel(page).locator('.note')).toHaveText(
        `A key named “UpstackData” already exists in ${name}. Its secret cannot be shown again: create a new one, then revoke the old one once the new one is in Upstack.`,
      );
    });
  }
});

test('without a key of that name in the list, there is no such note', async ({ page }) => {
  await page.goto(KLAVIYO_API_KEYS);
  await acceptOffer(page);
  await expect(panel(page)).toContainText('Step 1 of 8');
  await page.waitForTimeout(800); // the list arrives late
  await expect(panel(page).locator('.note')).toHaveCount(0);
});

test('every provider tab follows the vault at once: captured in one, filled in Upstack', async ({
  context,
  page,
  extensionId,
}) => {
  const other = await context.newPage();
  await other.goto(KLAVIYO_API_KEYS);
  await acceptOffer(other);
  await expect(panel(other)).toContainText('Step 1 of 8');

  await captureKlaviyo(page);
  // The other tab, never focused again, shows the capture.
  await expect(status(other)).toHaveText('Klaviyo key captured');
  await expect(panel(other).getByRole('heading')).toHaveText(
    'Fill the key into your Upstack Klaviyo destination',
  );

  await fillUpstack(context, page, 'Klaviyo');
  // Both provider tabs follow without a reload or a re-focus.
  for (const tab of [page, other]) {
    await expect(status(tab)).toHaveText('Klaviyo key filled in Upstack and forgotten.');
    await expect(panel(tab).getByRole('heading')).toHaveText('Check the Upstack form and save it');
  }
  // Started again from the popup: a new key, from the API-keys page's step, not that fill's.
  const again = await startFromPopup(context, extensionId, 'Klaviyo');
  await expect(panel(again)).toContainText('Step 1 of 8');
  await expect(panel(again).getByRole('heading')).toHaveText('Click “Create Private API Key”');
});
