// The merchant's path in Meta's Events Manager (the MUI sandbox), from the page the popup's Start
// opened (Data Sources) to the captured token: the pixel, its Settings tab, "Generate access
// token". The bench counts its actions (meta.spec.ts walks the same path with its checks).
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { panel, status } from '../helpers';

/** The token the sandbox shows, whole: read from its dialog (the app keeps only its end). */
export async function shownMetaToken(page: Page) {
  return (
    await page.getByRole('dialog', { name: 'Access token' }).getByLabel('Access token').inputValue()
  ).trim();
}

/** Data Sources > the pixel > Settings > Generate access token: 3 clicks, each pointed at. */
export async function captureMeta(page: Page): Promise<string> {
  await expect(panel(page)).toContainText('Open your pixel');
  await page.getByRole('link', { name: /Acme Store Pixel/ }).click(); // 1
  await expect(panel(page)).toContainText('Open the “Settings” tab');
  await page.getByRole('tab', { name: 'Settings' }).click(); // 2
  await expect(panel(page)).toContainText('Click “Generate access token”');
  await page.getByRole('button', { name: 'Generate access token' }).click(); // 3
  await expect(status(page)).toHaveText('Meta key captured');
  return shownMetaToken(page);
}
