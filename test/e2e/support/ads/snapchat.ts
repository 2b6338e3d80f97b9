// The merchant's path on Snapchat Business Manager (the Angular Material sandbox), from the page
// the popup's Start opened to the captured token: Business Details, the Conversions API Tokens
// tab, "Generate Token", the dialog's Generate (no token name is asked). The bench counts its
// actions.
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { panel, status } from '../helpers';

/** The mat-dialog (a CDK overlay at the end of <body>), by its title. */
export const snapchatDialog = (page: Page, title: string) =>
  page.getByRole('dialog', { name: title });

/** The token the sandbox shows, whole: read from its dialog (the app keeps only its end). */
export async function shownSnapchatToken(page: Page) {
  return (
    await snapchatDialog(page, 'Conversions API Token').getByLabel('Token').inputValue()
  ).trim();
}

/** Business Details > Conversions API Tokens > Generate Token > Generate, as the merchant does
 * it (the guide's panel says each step first): 4 clicks. Returns the token the page shows. */
export async function captureSnapchat(page: Page): Promise<string> {
  await expect(panel(page)).toContainText('Open Business Details');
  await page
    .getByRole('navigation', { name: 'Business' })
    .getByRole('link', { name: 'Business Details' })
    .click(); // 1
  await expect(panel(page)).toContainText('Open “Conversions API Tokens”');
  await page.getByRole('tab', { name: 'Conversions API Tokens' }).click(); // 2
  await expect(panel(page)).toContainText('Click “Generate Token”');
  await page.getByRole('button', { name: 'Generate Token' }).click(); // 3
  const dialog = snapchatDialog(page, 'Generate Token');
  await expect(panel(page)).toContainText('Press Generate');
  await dialog.getByRole('button', { name: 'Generate', exact: true }).click(); // 4
  await expect(status(page)).toHaveText('Snapchat key captured');
  return shownSnapchatToken(page);
}
