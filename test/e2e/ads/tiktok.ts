// The merchant's path on TikTok's Events Manager, from the page Start opens to the captured
// token: shared by tiktok.spec.ts and the bench (which counts the merchant's actions in it).
import type { Page } from '@playwright/test';
import { PIXEL_ID, PIXEL_NAME } from '../../sandbox/libs/element/tiktok-pixel';
import { expect } from '../fixtures';
import { panel, status } from '../helpers';

/** Where Start opens TikTok's guide: Events Manager, its data sources. */
export const TIKTOK_EVENTS_MANAGER = 'https://ads.tiktok.com/i18n/events_manager/';
/** The sandbox pixel's page (one of the paths TikTok has used). */
export const TIKTOK_PIXEL = `${TIKTOK_EVENTS_MANAGER}datasource/pixel/detail/${PIXEL_ID}`;

/** The token the sandbox showed, whole: read from its dialog (the app keeps only its end). */
export async function shownTikTokToken(page: Page): Promise<string> {
  const dialog = page.getByRole('dialog', { name: 'Access token' });
  return (await dialog.getByRole('textbox', { name: 'Access token' }).inputValue()).trim();
}

/** From Events Manager's data sources to the captured token: the pixel, its Settings tab, the
 * Events API's generate button; three clicks, each one the guide points at. */
export async function captureTikTok(page: Page): Promise<string> {
  await expect(panel(page)).toContainText('Open your pixel');
  await page.getByRole('link', { name: PIXEL_NAME }).click();
  await expect(panel(page)).toContainText('Open the "Settings" tab');
  await page.getByRole('tab', { name: 'Settings' }).click();
  await expect(panel(page)).toContainText('Click "Generate access token"');
  await page.getByRole('button', { name: 'Generate access token' }).click();
  await expect(status(page)).toHaveText('TikTok key captured');
  return shownTikTokToken(page);
}
