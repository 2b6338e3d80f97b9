// The sandbox proves the product only while it stays honest: each property it promises has a
// test here that fails if the sandbox quietly loses it. The extension is not loaded.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { KLAVIYO_API_KEYS, sandboxState } from './helpers';

test.use({ extension: false });

const CREATE_PAGE = 'https://www.klaviyo.com/create-private-api-key';
const createButton = (page: Page) =>
  page.locator('form').getByRole('button', { name: 'Create', exact: true });

async function setNative(page: Page, selector: string, value: string) {
  await page.locator(selector).evaluate((el, v) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setter?.call(el, v);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

test('a plain el.value assignment does not reach the app state; the native setter does', async ({
  page,
}) => {
  await page.goto(CREATE_PAGE);
  await page.getByText('Full Access Key').click();
  await page.locator('#key-name').evaluate((el: HTMLInputElement) => {
    el.value = 'Plain';
  });
  await createButton(page).click();
  await expect(page.getByRole('alert')).toHaveText(/Enter a name/);
  expect((await sandboxState(page)).created).toEqual([]);

  await setNative(page, '#key-name', 'Native');
  await createButton(page).click();
  await expect(page.getByRole('heading', { name: 'Your new private API key' })).toBeVisible();
  expect((await sandboxState(page)).created[0]).toMatchObject({ name: 'Native', access: 'full' });
});

test("the Upstack form's React state ignores plain assignments too", async ({ page }) => {
  await page.goto('https://app.upstackdata.com/destinations/new/klaviyo');
  const field = page.getByLabel('Private API key');
  await expect(field).toHaveAttribute('type', 'password');
  await field.evaluate((el: HTMLInputElement) => {
    el.value = 'plain';
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  expect((await sandboxState(page)).fields['Private API key']).toBeUndefined();
  await setNative(page, '#field-1', 'native');
  await expect
    .poll(async () => (await sandboxState(page)).fields['Private API key'])
    .toBe('native');
});

test('navigation is pushState without a reload, forwards and back', async ({ page }) => {
  await page.goto(KLAVIYO_API_KEYS);
  await page.evaluate(() => Object.assign(window, { marker: 'kept' }));
  await page.getByRole('link', { name: 'Create Private API Key' }).click();
  await expect(page).toHaveURL(CREATE_PAGE);
  expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('kept');
  await page.goBack();
  await expect(page).toHaveURL(KLAVIYO_API_KEYS);
  expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('kept');
});

test('data arrives 300-800 ms after the page loads', async ({ page }) => {
  await page.goto(KLAVIYO_API_KEYS, { waitUntil: 'domcontentloaded' });
  const waited = await page.evaluate(async () => {
    const start = performance.now();
    if (document.querySelector('table')) return -1;
    while (!document.querySelector('table')) await new Promise((r) => setTimeout(r, 10));
    return performance.now() - start;
  });
  expect(waited).toBeGreaterThan(150); // part of the delay may pass before the check starts
  expect(waited).toBeLessThan(2500); // 800 ms plus rendering on a loaded 2-core machine
});

test('the key shows only after Create, in Klaviyo format, fresh each time, and is gone after navigating', async ({
  page,
}) => {
  const keys: string[] = [];
  for (let i = 0; i < 2; i++) {
    await page.goto(CREATE_PAGE);
    await setNative(page, '#key-name', `Key ${i}`);
    await page.getByText('Full Access Key').click();
    expect(await page.locator('code.secret').count()).toBe(0);
    await createButton(page).click();
    const key = (await page.locator('code.secret').textContent()) ?? '';
    expect(key).toMatch(/^pk_[A-Za-z0-9]{34}$/);
    keys.push(key);
    await page.getByRole('link', { name: 'Back to API keys' }).click();
    await expect(page.getByRole('heading', { name: 'API keys', exact: true })).toBeVisible();
    expect(await page.content()).not.toContain(key);
    expect(await page.evaluate(() => document.body.textContent)).not.toContain(key);
  }
  expect(keys[0]).not.toBe(keys[1]);
});

test('Copy writes the key to the clipboard', async ({ context, page }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: 'https://www.klaviyo.com',
  });
  await page.goto(CREATE_PAGE);
  await setNative(page, '#key-name', 'Copy test');
  await page.getByText('Full Access Key').click();
  await createButton(page).click();
  await page.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  const [created] = (await sandboxState(page)).created;
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(created?.key);
});

test('the public key is 6 characters and the navigation has its own Create button', async ({
  page,
}) => {
  await page.goto(KLAVIYO_API_KEYS);
  await expect(page.locator('code.public')).toHaveText(/^[A-Za-z0-9]{6}$/);
  await expect(
    page.getByRole('navigation').getByRole('button', { name: 'Create', exact: true }),
  ).toBeVisible();
});

test('the legacy /account#api-keys-tab route lands on the API keys list', async ({ page }) => {
  await page.goto('https://www.klaviyo.com/account#api-keys-tab');
  await expect(page).toHaveURL(KLAVIYO_API_KEYS);
});

test.describe('late-form variant', () => {
  test.use({ sandboxOptions: { variant: 'late-form' } });
  test('renders the create form only after 2 s', async ({ page }) => {
    await page.goto(CREATE_PAGE, { waitUntil: 'domcontentloaded' });
    await page.waitForTimeout(1500);
    await expect(page.locator('#key-name')).toHaveCount(0);
    await expect(page.locator('#key-name')).toBeVisible({ timeout: 3000 });
  });
});

test.describe('no-anchors variant', () => {
  test.use({ sandboxOptions: { variant: 'no-anchors' } });
  test('has none of the labels the recipe expects', async ({ page }) => {
    await page.goto(KLAVIYO_API_KEYS);
    await expect(page.getByText('Add key')).toBeVisible();
    await expect(page.getByText('Create Private API Key')).toHaveCount(0);
    await page.goto(CREATE_PAGE);
    await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
    await expect(page.getByText('Full Access Key')).toHaveCount(0);
    await expect(page.getByPlaceholder('Name your key')).toHaveCount(0);
  });
});
