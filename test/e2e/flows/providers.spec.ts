// Omnisend, Optimove and Dotdigital end to end, each on its own sandbox, with the same four
// merchant actions as Klaviyo (Optimove adds typing the contact email when the options lack it).
import type { BrowserContext, Page } from '@playwright/test';
import { fillUpstack, START } from '../support/chromium-flows';
import { expect, test } from '../support/fixtures';
import {
  acceptOffer,
  klaviyoFlow,
  panel,
  sandboxState,
  setSettings,
  status,
  storageDump,
  vaultEntries,
} from '../support/helpers';

const { omnisend: OMNISEND, optimove: OPTIMOVE, dotdigital: DOTDIGITAL } = START;

/** Opens the Upstack form from the overlay (action 3), fills it (action 4), reads what it holds. */
async function filledFields(context: BrowserContext, page: Page, name: string) {
  return (await sandboxState(await fillUpstack(context, page, name))).fields;
}

async function omnisendCreate(page: Page) {
  await page.goto(OMNISEND);
  await acceptOffer(page);
  await page.getByRole('button', { name: '+ Create API key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create API key' });
  await expect(dialog.getByLabel('Name')).toHaveValue('UpstackData');
  await dialog.getByRole('button', { name: 'Create API key' }).click();
  await expect(status(page)).toHaveText('Omnisend key captured');
}

test.describe('Omnisend', () => {
  test('from the API keys page to a filled Upstack form', async ({ context, page, background }) => {
    await page.goto(OMNISEND);
    await expect(status(page)).toHaveText('Create the Omnisend key for Upstack with help?');
    await acceptOffer(page);
    await expect(panel(page)).toContainText('Step 1 of 8');
    await page.getByRole('button', { name: '+ Create API key' }).click(); // 1
    const dialog = page.getByRole('dialog', { name: 'Create API key' });
    await expect(dialog.getByLabel('Name')).toHaveValue('UpstackData');
    for (const permission of ['Campaigns', 'Contacts', 'Orders', 'Products', 'Carts', 'Events']) {
      await expect(dialog.getByRole('checkbox', { name: permission })).toBeChecked();
    }
    await expect(panel(page)).toContainText('selected every permission');
    await dialog.getByRole('button', { name: 'Create API key' }).click(); // 2
    await expect(status(page)).toHaveText('Omnisend key captured');
    const [created] = (
      await sandboxState<{ created: { name: string; permissions: string[]; key: string }[] }>(page)
    ).created;
    expect(created?.name).toBe('UpstackData');
    expect(created?.permissions).toHaveLength(6);
    expect(created?.key).toMatch(/^[A-Za-z0-9]{64}-[A-Za-z0-9]{10}$/);
    const fields = await filledFields(context, page, 'Omnisend'); // 3, 4
    expect(fields['API key']).toBe(created?.key);
    expect(JSON.stringify(await storageDump(background))).not.toContain(created?.key);
  });

  test('the legacy hash route is recognised', async ({ page }) => {
    await page.goto('https://app.omnisend.com/#/my-account/integrations/api-keys');
    await acceptOffer(page);
    await expect(panel(page)).toContainText('Create API key');
  });

  test.describe('late modal form', () => {
    test.use({ sandboxOptions: { variant: 'late-form' } });
    test('is still prefilled', async ({ page }) => {
      await page.goto(OMNISEND);
      await acceptOffer(page);
      await page.getByRole('button', { name: '+ Create API key' }).click();
      await expect(page.getByRole('dialog').getByLabel('Name')).toHaveValue('UpstackData', {
        timeout: 8000,
      });
      await expect(page.getByRole('checkbox', { name: 'Events' })).toBeChecked();
    });
  });
});

test.describe('Optimove', () => {
  async function newKey(page: Page) {
    await page.goto(OPTIMOVE);
    await expect(status(page)).toHaveText('Create the Optimove key for Upstack with help?');
    await acceptOffer(page);
    await expect(panel(page)).toContainText('New API Key');
    await page.getByRole('button', { name: '+ New API Key' }).click(); // 1
    await expect(page.getByLabel('Nickname')).toHaveValue('UpstackData');
    await expect(page.getByRole('radio', { name: /^Admin/ })).toBeChecked();
  }

  test('with the contact email in the options: four actions', async ({
    context,
    page,
    background,
  }) => {
    await setSettings(background, { contactEmail: 'owner@acme.test' });
    await newKey(page);
    await expect(page.getByLabel('Contact Email')).toHaveValue('owner@acme.test');
    await expect(panel(page)).toContainText('Admin gives full access');
    await page.getByRole('button', { name: 'Activate key' }).click(); // 2
    await expect(status(page)).toHaveText('Optimove key captured');
    const [created] = (await sandboxState<{ created: Record<string, string>[] }>(page)).created;
    expect(created).toMatchObject({
      nickname: 'UpstackData',
      email: 'owner@acme.test',
      access: 'Admin',
    });
    const fields = await filledFields(context, page, 'Optimove'); // 3, 4
    expect(fields['API key']).toBe(created?.key);
  });

  test('without it, the overlay asks for it: five actions', async ({ context, page }) => {
    await newKey(page);
    await expect(page.getByLabel('Contact Email')).toHaveValue('');
    await expect(panel(page)).toContainText('Type your contact email');
    await page.getByLabel('Contact Email').fill('me@acme.test'); // the fifth action
    await page.getByRole('button', { name: 'Activate key' }).click();
    await expect(status(page)).toHaveText('Optimove key captured');
    const [created] = (await sandboxState<{ created: Record<string, string>[] }>(page)).created;
    expect(created).toMatchObject({ email: 'me@acme.test', access: 'Admin' });
    expect((await filledFields(context, page, 'Optimove'))['API key']).toBe(created?.key);
  });

  test('uses the access type from the options', async ({ page, background }) => {
    await setSettings(background, {
      contactEmail: 'owner@acme.test',
      options: { optimove: { accessType: 'Integrations' } },
    });
    await page.goto(OPTIMOVE);
    await acceptOffer(page);
    await page.getByRole('button', { name: '+ New API Key' }).click();
    await expect(page.getByRole('radio', { name: /^Integrations/ })).toBeChecked();
  });

  test.describe('late form', () => {
    test.use({ sandboxOptions: { variant: 'late-form' } });
    test('is still prefilled', async ({ page }) => {
      await page.goto(OPTIMOVE);
      await acceptOffer(page);
      await page.getByRole('button', { name: '+ New API Key' }).click();
      await expect(page.getByLabel('Nickname')).toHaveValue('UpstackData', { timeout: 8000 });
    });
  });
});

test.describe('Dotdigital', () => {
  test('from the API users tab to a filled Upstack form with the pair', async ({
    context,
    page,
    background,
  }) => {
    await page.goto(DOTDIGITAL);
    await expect(status(page)).toHaveText('Create the Dotdigital key for Upstack with help?');
    await acceptOffer(page);
    await page.getByRole('link', { name: 'New user' }).click(); // 1
    await expect(page.getByLabel('Description')).toHaveValue('UpstackData');
    await expect(page.getByRole('radio', { name: 'Enabled' })).toBeChecked();
    await expect(panel(page)).toContainText('the rate limiting default');
    const password = await page.getByLabel('Password', { exact: true }).inputValue();
    expect(password).toHaveLength(20);
    await expect(page.getByLabel('Confirm password')).toHaveValue(password);
    await page.getByRole('button', { name: 'Save' }).click(); // 2
    await expect(status(page)).toHaveText('Dotdigital key captured');
    const [user] = (await sandboxState<{ users: Record<string, string | boolean>[] }>(page)).users;
    expect(user).toMatchObject({
      description: 'UpstackData',
      password,
      enabled: true,
      rateLimit: 'default',
    });
    expect(user?.email).toMatch(/^apiuser-[a-f0-9]{12}@apiconnector\.com$/);
    const fields = await filledFields(context, page, 'Dotdigital'); // 3, 4
    expect(fields['API user']).toBe(user?.email);
    expect(fields.Password).toBe(password);
    expect(JSON.stringify(await storageDump(background))).not.toContain(password);
  });

  test.describe('when Save is refused', () => {
    test.use({ sandboxOptions: { shownKey: 'password1' } }); // the sandbox then judges this password
    test('keeps nothing', async ({ page, background }) => {
      await page.goto(`${DOTDIGITAL}/new`);
      await acceptOffer(page);
      await expect(page.getByLabel('Description')).toHaveValue('UpstackData');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await expect(status(page)).toContainText('not accepted', { timeout: 20_000 });
      expect(vaultEntries((await storageDump(background)).session)).toEqual({});
    });
  });

  test.describe('late form', () => {
    test.use({ sandboxOptions: { variant: 'late-form' } });
    test('is still prefilled', async ({ page }) => {
      await page.goto(`${DOTDIGITAL}/new`);
      await acceptOffer(page);
      await expect(page.getByLabel('Description')).toHaveValue('UpstackData', { timeout: 8000 });
      await expect(page.getByLabel('Enabled')).toBeChecked();
    });
  });
});

test.describe('when the anchors are gone', () => {
  test.use({ sandboxOptions: { variant: 'no-anchors' } });
  // The step's own page where it is another page than this one; always the help article.
  for (const [name, url, link, help] of [
    [
      'Omnisend',
      OMNISEND,
      '',
      'https://docs.upstackdata.com/guides/omnisend/how-to-generate-your-omnisend-api-key',
    ],
    ['Optimove', OPTIMOVE, '', 'https://developer.optimove.com/docs/generating-api-keys-1'],
    [
      'Dotdigital',
      `${DOTDIGITAL}/new`,
      DOTDIGITAL,
      'https://support.dotdigital.com/hc/en-gb/articles/115001718730-Create-an-API-user',
    ],
  ] as const) {
    test(`${name} shows the plain instructions panel with the step's page and the help article`, async ({
      page,
    }) => {
      await page.goto(url);
      await acceptOffer(page); // the offer goes by the URL: it shows on a redesigned page too
      const article = panel(page).getByRole('link', { name: `Open the ${name} help article` });
      await expect(article).toBeVisible({ timeout: 10_000 });
      await expect(article).toHaveAttribute('href', help);
      const open = panel(page).getByRole('link', { name: `Open ${name} API keys page` });
      if (link) {
        await expect(open).toHaveAttribute('href', link);
      } else {
        // Not a link to the page the merchant is on.
        await expect(open).toHaveCount(0);
        await expect(panel(page)).toContainText('Follow the step above on this page');
      }
    });
  }
});

test.describe('values that are not the key are refused, and nothing is stored', () => {
  const cases: [string, string, string, string, RegExp][] = [
    [
      'Omnisend',
      'truncated',
      OMNISEND,
      `${'a'.repeat(64)}-${'b'.repeat(3)}`,
      /cut short|does not look/,
    ],
    ['Omnisend', 'spaced', OMNISEND, `${'a'.repeat(30)} ${'b'.repeat(44)}`, /spaces inside/],
    ['Omnisend', 'a Klaviyo key', OMNISEND, `pk_${'a'.repeat(34)}`, /Klaviyo credential/],
    ['Optimove', 'too short', OPTIMOVE, 'abc123', /cut short|does not look/],
    ['Optimove', 'masked', OPTIMOVE, '••••••••••••••••••••••••', /masked/],
  ];
  for (const [name, what, url, shownKey, reason] of cases) {
    test.describe(`${name}, ${what}`, () => {
      test.use({ sandboxOptions: { shownKey } });
      test('is refused', async ({ page, background }) => {
        await setSettings(background, { contactEmail: 'owner@acme.test' });
        if (name === 'Omnisend') {
          await page.goto(url);
          await acceptOffer(page);
          await page.getByRole('button', { name: '+ Create API key' }).click();
          await expect(page.getByRole('dialog').getByLabel('Name')).toHaveValue('UpstackData');
          await page.getByRole('dialog').getByRole('button', { name: 'Create API key' }).click();
        } else {
          await page.goto(url);
          await acceptOffer(page);
          await page.getByRole('button', { name: '+ New API Key' }).click();
          await expect(page.getByLabel('Contact Email')).toHaveValue('owner@acme.test');
          await page.getByRole('button', { name: 'Activate key' }).click();
        }
        await expect(status(page)).toContainText(`${name} key not accepted`);
        await expect(status(page)).toContainText(reason);
        expect(vaultEntries((await storageDump(background)).session)).toEqual({});
      });
    });
  }
});

test('two providers in progress at once each fill only their own Upstack form', async ({
  context,
  page,
}) => {
  const omnisendTab = await context.newPage();
  await omnisendCreate(omnisendTab);
  const [omnisendKey] = (await sandboxState<{ created: { key: string }[] }>(omnisendTab)).created;
  const { created, upstack } = await klaviyoFlow(context, page);
  expect((await sandboxState(upstack)).fields['Private API key']).toBe(created.key);

  const omnisendFields = await filledFields(context, omnisendTab, 'Omnisend');
  expect(omnisendFields['API key']).toBe(omnisendKey?.key);
  expect(omnisendFields['API key']).not.toBe(created.key);
});
