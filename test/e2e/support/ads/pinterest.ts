// Pinterest Ads Manager, as the merchant goes from its home (opened by Start) to the captured
// token: shared by the spec and the bench's effort count.
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { panel, status } from '../helpers';

/** The token the sandbox made, whole: read from its dialog (the app keeps only its end). */
async function shownToken(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Conversion access token' });
  return (await dialog.locator('code').innerText()).trim();
}

/** From Ads Manager's home to the captured token, as the merchant does it. */
export async function capturePinterest(page: Page) {
  await expect(panel(page)).toContainText('Open Conversions');
  await page
    .getByRole('navigation', { name: 'Ads' })
    .getByRole('link', { name: 'Conversions' })
    .click();
  await expect(panel(page)).toContainText('Click “Generate new token”');
  // The page is named for the token ("Conversion access token"), before any is shown: the guide
  // stays on Generate until one is.
  await page.getByRole('button', { name: 'Generate new token' }).waitFor();
  await page.waitForTimeout(1000);
  // The current step, as the panel heads it ("Step 3 of 4" and its title).
  expect(await panel(page).innerText()).toMatch(/Step \d+ of \d+\s+Click “Generate new token”/);
  await page.getByRole('button', { name: 'Generate new token' }).click();
  await expect(status(page)).toHaveText('Pinterest key captured');
  return shownToken(page);
}
