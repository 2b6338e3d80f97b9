// Attack: the Upstack page shows a popover of its own above the extension's panel, opaque, with
// pointer-events: none and "Continue to dashboard" over the Fill button, shown again every
// frame. The merchant's real click runs in Chromium and Firefox (fill-attacks.spec.ts).
// This variant stays Chromium-only: it sends the frame's Fill message past IntersectionObserver
// v2 (which Firefox lacks), to prove that the content script's guard alone refuses a covered
// frame, as it must in Firefox, where the guard alone is what runs anyway.

import { expect, test } from '../support/fixtures';
import { fillStatus, frameReportsFill, heldEntry } from '../support/helpers';
import { COVER as ATTACK } from '../support/upstack-panel';
import { expectNothingFilled, formWithKey } from '../support/upstack-panel-attacks';

async function coverPanel(upstack: import('@playwright/test').Page) {
  await upstack.evaluate(() => {
    const w = window as unknown as {
      __fillBox(): [number, number, number, number];
      __cover(x: number, y: number, width: number, height: number): void;
    };
    w.__cover(...w.__fillBox());
  });
  await expect(upstack.getByText('Continue to dashboard')).toBeVisible();
}

test('as in Firefox (no IntersectionObserver v2): the content script’s guard alone refuses a covered frame', async ({
  context,
  page,
  background,
}) => {
  const { key, upstack } = await formWithKey(context, page, ATTACK);
  const entry = await heldEntry(background, 'klaviyo');
  await coverPanel(upstack);
  await frameReportsFill(upstack, entry);
  await expectNothingFilled(upstack, background, key);
  await expect(fillStatus(upstack)).toContainText('press Fill API key again');
});
