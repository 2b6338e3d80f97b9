// The merchant's path on TikTok's Events Manager, from the page Start opens to the captured
// token: shared by tiktok.spec.ts and the bench (which counts the merchant's actions in it).
import type { Locator, Page } from '@playwright/test';
import { PIXEL_ID, PIXEL_NAME } from '../../../sandbox/libs/element/tiktok-pixel';
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

/**
 * From Events Manager's data sources to the captured token: the pixel, its Settings tab, the
 * Events API's generate button; three clicks, each one the guide points at. `pointedAt`, if
 * given, is called with each target before the merchant clicks it (the spec checks the ring).
 */
export async function captureTikTok(
  page: Page,
  pointedAt?: (target: Locator) => Promise<void>,
): Promise<string> {
  const steps: [string, Locator][] = [
    ['Open your pixel', page.getByRole('link', { name: PIXEL_NAME })],
    ['Open the “Settings” tab', page.getByRole('tab', { name: 'Settings' })],
    ['Click “Generate access token”', page.getByRole('button', { name: 'Generate access token' })],
  ];
  for (const [title, target] of steps) {
    await expect(panel(page)).toContainText(title);
    await pointedAt?.(target);
    await target.click();
  }
  await expect(status(page)).toHaveText('TikTok key captured');
  return shownTikTokToken(page);
}
