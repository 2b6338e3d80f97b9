// Attack: the Upstack page's own script stretches the extension's Fill over the whole screen at
// opacity 0.01 and shows its "Accept cookies" where the Fill button now is. The merchant's real
// click runs in Chromium and Firefox (fill-attacks.spec.ts). This variant stays
// Chromium-only: it sends the frame's Fill message past IntersectionObserver v2 (which Firefox
// lacks), to prove that the content script's guard alone refuses the restyled frame, as it must
// in Firefox, where the guard alone is what runs anyway.

import { expect, test } from '../support/fixtures';
import { fillStatus, frameReportsFill, heldEntry } from '../support/helpers';
import { RESTYLE as ATTACK } from '../support/upstack-panel';
import { expectNothingFilled, formWithKey } from '../support/upstack-panel-attacks';

test('as in Firefox (no IntersectionObserver v2): the content script’s guard alone refuses the restyled frame', async ({
  context,
  page,
  background,
}) => {
  const { key, upstack } = await formWithKey(context, page, ATTACK);
  const entry = await heldEntry(background, 'klaviyo');
  await upstack.evaluate(() => (window as unknown as { __stretchFill(): void }).__stretchFill());
  await upstack.waitForTimeout(1000);
  // The frame reports the Fill as a frame without v2 would, the press having passed its timing.
  await frameReportsFill(upstack, entry);
  await expectNothingFilled(upstack, background, key);
  await expect(fillStatus(upstack)).toContainText('press Fill API key again');
});
