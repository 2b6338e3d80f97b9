// Attack: the Upstack page shows a popover of its own above the extension's panel, opaque, with
// pointer-events: none and the label "Continue to dashboard" right over the Fill button, and
// shows it again every frame to stay above. The merchant clicks "Continue to dashboard".
// Before the Fill frame (e06dbba) the click went through to Fill and filled the key. Now the
// content script raises its panel over any top-layer element the page opens later, counts no
// Fill while one is newer than its last raise or within half a second of it, and the frame's
// IntersectionObserver v2 sees its button covered: nothing is filled.
import { expect, test } from '../fixtures';
import { fillButton, fillStatus, frameReportsFill, heldEntry, sandboxState } from '../helpers';
import { expectNothingFilled, fillCentre, formWithKey, KEY_FIELD } from './upstack-panel';

/** Page script: the cover, shown over the panel's box, again on every animation frame. */
const ATTACK = `
  window.__cover = (x, y, width, height) => {
    const cover = document.createElement('div');
    cover.popover = 'manual';
    cover.style.cssText =
      'inset:auto;margin:0;padding:16px;border:0;box-sizing:border-box;background:#fff;' +
      'pointer-events:none;font:600 16px system-ui;display:grid;place-items:center;' +
      'left:' + x + 'px;top:' + y + 'px;width:' + width + 'px;height:' + height + 'px';
    cover.innerHTML = '<span style="padding:10px 18px;background:#2563eb;color:#fff;border-radius:8px">Continue to dashboard</span>';
    document.body.append(cover);
    let on = true;
    const show = () => {
      if (!on) return;
      if (cover.matches(':popover-open')) cover.hidePopover();
      cover.showPopover();
      requestAnimationFrame(show);
    };
    show();
    window.__uncover = () => {
      on = false;
      cover.hidePopover();
    };
  };
`;

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

test('a page popover over the panel, clicks passing through: “Continue to dashboard” fills nothing', async ({
  context,
  page,
  background,
}) => {
  const { key, upstack } = await formWithKey(context, page, ATTACK);
  const { x, y } = await fillCentre(upstack);
  await coverPanel(upstack);
  await upstack.waitForTimeout(1000); // the merchant reads the cover, then clicks its button
  // Through the cover, the point is the extension's own (the page's layer takes no click).
  expect(
    await upstack.evaluate(([px, py]) => document.elementFromPoint(px, py)?.localName, [
      x,
      y,
    ] as const),
  ).toBe('upstack-key-assist');
  await upstack.mouse.click(x, y);
  // Nothing filled: the frame refused the press ("press Fill API key again"), or, while the
  // page and the extension fight for the top of the top layer, Chromium itself gave no click
  // to a frame that had just moved.
  await expectNothingFilled(upstack, background, key);

  // The page stops: the panel is on top again, and the merchant's own click fills.
  await upstack.evaluate(() => (window as unknown as { __uncover(): void }).__uncover());
  await fillButton(upstack).click();
  await expect(fillStatus(upstack)).toContainText('filled');
  expect((await sandboxState(upstack)).fields[KEY_FIELD]).toBe(key);
});

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
