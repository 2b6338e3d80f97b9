// The merchant's path on Reddit Ads (the Shoelace sandbox), from the page the popup's Start
// opened to the captured token: Events Manager, the Conversions API tab, "+ Generate Access
// Token", the popup's name (prefilled by the guide), Generate. The bench counts its actions.
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { panel, status } from '../helpers';

/** The sl-dialog host: its slotted content is in the light DOM, not under its role=dialog panel. */
export const redditDialog = (page: Page, label: string) =>
  page.locator(`sl-dialog[label="${label}"]`);

/** The token the sandbox shows, whole: read from its popup (the app keeps only its end). */
export async function shownRedditToken(page: Page) {
  return (
    (await redditDialog(page, 'Access Token Generated').locator('code').textContent()) ?? ''
  ).trim();
}

/** From Reddit Ads' home to the captured token, as the merchant does it: 4 clicks. */
export async function captureReddit(page: Page): Promise<string> {
  await expect(panel(page)).toContainText('Open Events Manager');
  await page
    .getByRole('navigation', { name: 'Ads' })
    .getByRole('link', { name: 'Events Manager' })
    .click(); // 1
  await expect(panel(page)).toContainText('Open “Conversions API”');
  await page.getByRole('tab', { name: 'Conversions API' }).click(); // 2
  await expect(panel(page)).toContainText('Click “Generate Access Token”');
  await page.getByRole('button', { name: '+ Generate Access Token' }).click(); // 3
  const dialog = redditDialog(page, 'Generate Access Token');
  // The guide names the token: the sl-input's own input (in its shadow root) holds it.
  await expect(dialog.getByLabel('Token name')).toHaveValue('UpstackData');
  await expect(panel(page)).toContainText('Press Generate');
  await dialog.getByRole('button', { name: 'Generate', exact: true }).click(); // 4
  await expect(status(page)).toHaveText('Reddit key captured');
  return shownRedditToken(page);
}
