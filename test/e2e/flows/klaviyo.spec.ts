import { expect, test } from '../support/fixtures';
import {
  acceptOffer,
  guideRunning,
  KLAVIYO_API_KEYS,
  klaviyoFlow,
  panel,
  sandboxState,
  setSettings,
  shadowHtml,
  startFromPopup,
  status,
  storageDump,
  vaultEntries,
} from '../support/helpers';

test('the whole flow: four merchant actions from the API keys list to a filled Upstack form', async ({
  context,
  page,
  background,
}) => {
  const { created, upstack } = await klaviyoFlow(context, page);
  // What the provider's app received, from its own state.
  expect(created.name).toBe('UpstackData');
  expect(created.access).toBe('full');
  expect(created.key).toMatch(/^pk_[A-Za-z0-9]{34}$/);
  // What the Upstack form's app holds.
  await expect
    .poll(async () => (await sandboxState(upstack)).fields['Private API key'])
    .toBe(created.key);
  expect((await sandboxState(upstack)).saved).toEqual([]); // never submitted for the merchant
  // Filled, then forgotten.
  const stored = JSON.stringify(await storageDump(background));
  expect(stored).not.toContain(created.key);
  expect((await storageDump(background)).session['vault:klaviyo']).toMatchObject({
    state: 'filled',
  });
});

test('shows the key only masked, and never in the shadow DOM or its attributes', async ({
  context,
  page,
}) => {
  let captured = '';
  const { created } = await klaviyoFlow(context, page, async (step) => {
    if (step === '3-key-captured') captured = await shadowHtml(page);
  });
  expect(captured).not.toContain(created.key);
  expect(captured).toContain(`pk_…${created.key.slice(-4)}`);
  // Filled: the provider's panel follows at once, and shows the key no more.
  await expect(status(page)).toHaveText('Klaviyo key filled in Upstack and forgotten.');
  expect(await shadowHtml(page)).not.toContain(created.key);
});

test('advances "Step N of M" and rings the form\'s Create button, not the navigation\'s', async ({
  page,
  background,
}) => {
  await guideRunning(background, 'klaviyo'); // the dashboard is no API-keys page: no offer there
  await page.goto('https://www.klaviyo.com/dashboard');
  // Numbered from where the guide started (Settings); Sign in, not needed, is ticked.
  await expect(panel(page)).toContainText('Step 1 of 10');
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await expect(panel(page)).toContainText('Step 2 of 10');
  await page.getByRole('link', { name: 'API keys' }).first().click();
  await expect(panel(page)).toContainText('Step 3 of 10');
  await page.getByRole('link', { name: 'Create Private API Key' }).click();
  await expect(panel(page)).toContainText('Step 4 of 10');
  await expect(panel(page).getByRole('heading')).toHaveText('Press Create');
  await expect(panel(page)).toContainText('Full Access is required for all Upstack Data features');

  const ring = page.locator('upstack-key-assist .ring');
  await expect(ring).toBeVisible();
  const formCreate = page.locator('form').getByRole('button', { name: 'Create', exact: true });
  const navCreate = page
    .getByRole('navigation')
    .getByRole('button', { name: 'Create', exact: true });
  await expect
    .poll(async () => overlaps(await ring.boundingBox(), await formCreate.boundingBox()))
    .toBe(true);
  expect(overlaps(await ring.boundingBox(), await navCreate.boundingBox())).toBe(false);
});

test('prefills through React: the app state, not just the DOM, holds the name and access', async ({
  page,
}) => {
  await page.goto('https://www.klaviyo.com/create-private-api-key');
  await acceptOffer(page);
  await expect(page.getByLabel('Private API Key Name')).toHaveValue('UpstackData');
  await expect(page.getByRole('radio', { name: /Full Access Key/ })).toBeChecked();
  await page.locator('form').getByRole('button', { name: 'Create', exact: true }).click();
  await expect(status(page)).toHaveText('Klaviyo key captured');
  const [created] = (await sandboxState(page)).created;
  expect(created).toMatchObject({ name: 'UpstackData', access: 'full' });
});

test('resumes at the right step after a reload mid-flow', async ({ page }) => {
  await page.goto(KLAVIYO_API_KEYS);
  await acceptOffer(page);
  await page.getByRole('link', { name: 'Create Private API Key' }).click();
  await expect(panel(page)).toContainText('Step 2 of 8');
  await page.reload();
  // Still numbered from the API-keys page, where the guide started.
  await expect(panel(page)).toContainText('Step 2 of 8');
  await expect(page.getByLabel('Private API Key Name')).toHaveValue('UpstackData');
  await page.goBack();
  await expect(panel(page)).toContainText('Step 1 of 8');
});

test('the merchant can close the guide with the close button or Esc and start it again from the popup', async ({
  context,
  page,
  extensionId,
}) => {
  test.setTimeout(90_000);
  const closedNote = 'Guide closed. To start again, open Upstack Key Assist from the toolbar.';
  await page.goto(KLAVIYO_API_KEYS);
  await acceptOffer(page);
  await expect(panel(page)).toContainText('Step 1 of 8');
  await panel(page).getByRole('button', { name: 'Close' }).click();
  // The guide ends: the panel says so and how to start again, then goes.
  await expect(status(page)).toHaveText(closedNote);
  await expect(panel(page)).not.toContainText('Step 1 of 8');
  await expect(panel(page)).toHaveCount(0, { timeout: 20_000 });
  // Closed means closed: no offer on the API-keys page after a reload.
  await page.reload();
  await expect(page.getByRole('link', { name: 'Create Private API Key' })).toBeVisible();
  await page.waitForTimeout(1000);
  await expect(panel(page)).toHaveCount(0);

  // The popup's Start opens the API-keys page in a new tab, with the guide running there.
  const started = await startFromPopup(context, extensionId, 'Klaviyo');
  await expect(started).toHaveURL(KLAVIYO_API_KEYS);
  await expect(panel(started)).toContainText('Step 1 of 8');
  await expect(panel(started).getByRole('heading')).toHaveText('Click “Create Private API Key”');

  // Esc closes it too.
  await panel(started).getByRole('heading').click();
  await started.keyboard.press('Escape');
  await expect(status(started)).toHaveText(closedNote);
  await expect(panel(started)).toHaveCount(0, { timeout: 20_000 });
  await expect(panel(page)).toHaveCount(0);
});

test.describe('when the page shows something that is not a private key', () => {
  const cases: [string, string, RegExp][] = [
    ['the public key', 'AbC123', /public API key/],
    ['a masked key', 'pk_****************************wxyz', /masked/],
    ['a key with spaces inside', 'pk_aBcDeFgHiJkLmNoP qRsTuVwXyZ012345', /spaces inside/],
    ['a Stripe key', 'pk_live_51HqLyjWDarjtT1zdp7dcXYZabc', /Stripe/],
    ['a truncated key', 'pk_aBcDeFgHiJkLmNoPq', /cut short/],
  ];
  for (const [what, shownKey, reason] of cases) {
    test.describe(what, () => {
      test.use({ sandboxOptions: { shownKey } });
      test('is refused with a message and nothing is stored', async ({ page, background }) => {
        await page.goto('https://www.klaviyo.com/create-private-api-key');
        await acceptOffer(page);
        await expect(page.getByRole('radio', { name: /Full Access Key/ })).toBeChecked();
        await page.locator('form').getByRole('button', { name: 'Create', exact: true }).click();
        await expect(status(page)).toContainText('Klaviyo key not accepted');
        await expect(status(page)).toContainText(reason);
        await expect(status(page)).not.toContainText('captured');
        const stored = await storageDump(background);
        expect(vaultEntries(stored.session)).toEqual({});
        expect(JSON.stringify(stored)).not.toContain(shownKey);
      });
    });
  }
});

test.describe('a key the page shows only through its Copy button', () => {
  test.use({ sandboxOptions: { keyOnlyInCopy: true } });
  test('is captured when the merchant presses Copy', async ({ context, page }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: 'https://www.klaviyo.com',
    });
    await page.goto('https://www.klaviyo.com/create-private-api-key');
    await acceptOffer(page);
    await expect(page.getByRole('radio', { name: /Full Access Key/ })).toBeChecked();
    await page.locator('form').getByRole('button', { name: 'Create', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Copy' })).toBeVisible();
    await page.waitForTimeout(500);
    await expect(status(page)).not.toHaveText('Klaviyo key captured');
    await page.getByRole('button', { name: 'Copy' }).click();
    await expect(status(page)).toHaveText('Klaviyo key captured');
  });
});

test.describe('a redesigned page where the anchors are gone', () => {
  test.use({ sandboxOptions: { variant: 'no-anchors' } });
  test('shows the plain instructions panel with a deep link', async ({ page }) => {
    await page.goto('https://www.klaviyo.com/create-private-api-key');
    await acceptOffer(page); // the offer goes by the URL: it shows on a redesigned page too
    const link = panel(page).getByRole('link', { name: 'Open Klaviyo API keys page' });
    await expect(link).toBeVisible({ timeout: 10_000 });
    await expect(link).toHaveAttribute('href', KLAVIYO_API_KEYS);
    // And Upstack's help article, in a new tab.
    const help = panel(page).getByRole('link', { name: 'Open the Klaviyo help article' });
    await expect(help).toHaveAttribute(
      'href',
      'https://docs.upstackdata.com/guides/klaviyo/how-to-generate-klaviyo-api-key-for-upstack-data',
    );
    await expect(help).toHaveAttribute('target', '_blank');
    await expect(page.locator('upstack-key-assist .ring')).toHaveCount(0);
  });
});

test.describe('a form that renders 2 s late', () => {
  test.use({ sandboxOptions: { variant: 'late-form' } });
  test('is still prefilled and ringed', async ({ page }) => {
    await page.goto('https://www.klaviyo.com/create-private-api-key');
    await acceptOffer(page);
    await expect(page.getByLabel('Private API Key Name')).toHaveValue('UpstackData', {
      timeout: 10_000,
    });
    await expect(page.getByRole('radio', { name: /Full Access Key/ })).toBeChecked();
    await expect(page.locator('upstack-key-assist .ring')).toBeVisible();
    await expect(panel(page).getByRole('link', { name: /^Open/ })).toHaveCount(0);
  });
});

test('forgets the key when its time limit passes, and the overlay says so', async ({
  page,
  background,
}) => {
  test.setTimeout(120_000);
  await setSettings(background, { ttlMinutes: 1 });
  await page.goto('https://www.klaviyo.com/create-private-api-key');
  await acceptOffer(page);
  await expect(page.getByRole('radio', { name: /Full Access Key/ })).toBeChecked();
  await page.locator('form').getByRole('button', { name: 'Create', exact: true }).click();
  await expect(status(page)).toHaveText('Klaviyo key captured');
  const [created] = (await sandboxState(page)).created;
  await expect(status(page)).toContainText('forgotten', { timeout: 75_000 });
  // The guide ended with the key: the merchant's next move is a new key.
  await expect(status(page)).toContainText('when its time limit passed');
  await expect(panel(page).getByRole('button', { name: 'Create a new key' })).toBeVisible();
  // The unused key stays in Klaviyo: where to revoke it.
  await expect(
    panel(page).getByRole('link', { name: 'Open Klaviyo API keys page' }),
  ).toHaveAttribute('href', KLAVIYO_API_KEYS);
  await expect(panel(page)).not.toContainText('Keep this page open');
  expect(JSON.stringify(await storageDump(background))).not.toContain(created?.key);
});

function overlaps(a: Box | null, b: Box | null): boolean {
  if (!a || !b) return false;
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
type Box = { x: number; y: number; width: number; height: number };
