import { expect, test } from '../support/fixtures';
import { KLAVIYO_API_KEYS, panel } from '../support/helpers';

const host = 'upstack-key-assist';

test('injects its UI host on the Klaviyo API keys page, in an open shadow root', async ({
  page,
}) => {
  await page.goto(KLAVIYO_API_KEYS);
  await expect(page.locator(host)).toHaveCount(1);
  expect(await page.evaluate((h) => document.querySelector(h)?.shadowRoot?.mode, host)).toBe(
    'open',
  );
  await expect(panel(page)).toBeVisible();
});

for (const url of [
  'https://example.com/',
  'https://www.klaviyo.com.evil.test/settings/account/api-keys',
  'https://www-klaviyo.com/settings/account/api-keys',
  // Inside a provider's domain but not its dashboard: the API host and the docs site.
  'https://api.optimove.net/#/settings/general/api-key-management',
  'https://docs.omnisend.com/integrations/api-keys',
]) {
  test(`injects nothing on ${url}`, async ({ page }) => {
    await page.goto(url);
    await expect(page.locator('body')).not.toBeEmpty();
    await page.waitForTimeout(1500); // longer than the sandbox's data delay: the page is settled
    await expect(page.locator(host)).toHaveCount(0);
  });
}

test.describe('plain http', () => {
  test.use({ launchArgs: ['--disable-features=HttpsUpgrades'] });

  test('injects nothing on http://www.klaviyo.com/', async ({ page }) => {
    await page.goto('http://www.klaviyo.com/settings/account/api-keys');
    expect(page.url()).toMatch(/^http:\/\//);
    await expect(page.getByRole('heading', { name: 'API keys', exact: true })).toBeVisible();
    await page.waitForTimeout(1500);
    await expect(page.locator(host)).toHaveCount(0);
  });
});
