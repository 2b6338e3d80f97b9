// The merchant's path in Microsoft Advertising (the Element Plus sandbox), from the page the
// popup's Start opened (the account's home) to the captured token: UET tag, "Set up tagging",
// "Use Conversions API". The bench counts its actions (microsoft.spec.ts walks the same path).
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { panel, status } from '../helpers';

const NAME = 'Microsoft Advertising';

/** The tag's "Set up tagging" dialog (an el-dialog teleported to <body>). */
export const setUpDialog = (page: Page) => page.getByRole('dialog', { name: 'Set up tagging' });

/** The token the sandbox shows, whole: read from its dialog (the app keeps only its end). */
export async function shownMicrosoftToken(page: Page) {
  return (
    await setUpDialog(page).getByRole('textbox', { name: 'Conversions API token' }).inputValue()
  ).trim();
}

/** UET tag > Set up tagging > Use Conversions API: 3 clicks, each pointed at. */
export async function captureMicrosoft(page: Page): Promise<string> {
  await expect(panel(page)).toContainText('Open “UET tag”');
  await page.getByRole('navigation', { name: NAME }).getByRole('link', { name: 'UET tag' }).click();
  await expect(panel(page)).toContainText('Click “Set up tagging” on your UET tag');
  await page.getByRole('button', { name: 'Set up tagging', exact: true }).click();
  await expect(panel(page)).toContainText('Click “Use Conversions API”');
  await setUpDialog(page).getByRole('button', { name: 'Use Conversions API' }).click();
  await expect(status(page)).toHaveText(`${NAME} key captured`);
  return shownMicrosoftToken(page);
}
