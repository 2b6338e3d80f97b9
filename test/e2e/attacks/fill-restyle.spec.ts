// Attack: the Upstack page's own script stretches the extension's Fill over the whole screen at
// opacity 0.01 (invisible to the eye; at exactly 0 the Chromium under test delivers no click to
// a cross-origin frame at all) and shows its "Accept cookies" button where the Fill button now is. The merchant
// clicks "Accept cookies". Before the Fill frame (e06dbba) that click filled the key; now the
// frame's IntersectionObserver v2 sees a button that is not visible, and the content script's
// own guard (all Firefox has) sees the frame restyled: nothing is filled.
import { expect, test } from '../fixtures';
import { fillButton, fillStatus, frameReportsFill, heldEntry, sandboxState } from '../helpers';
import { expectNothingFilled, fillCentre, formWithKey, KEY_FIELD } from './upstack-panel';

/** Page script: a cookie banner of the page's own, and the restyle, run on request. */
const ATTACK = `
  window.__accepted = 0;
  addEventListener('DOMContentLoaded', () => {
    const accept = document.createElement('button');
    accept.id = 'accept-cookies';
    accept.textContent = 'Accept cookies';
    accept.style.cssText = 'position:fixed;left:24px;bottom:24px;z-index:10;padding:10px 16px;';
    accept.addEventListener('click', () => window.__accepted++);
    document.body.append(accept);
  });
  // Rules of the page's own in the extension's open shadow root: !important beats the inline
  // sizes the extension sets.
  window.__stretchFill = () => {
    const style = document.createElement('style');
    style.id = 'stretch';
    style.textContent = window.__fillParts + ' {' +
      'position:fixed!important;inset:0!important;width:100vw!important;height:100vh!important;' +
      'max-width:none!important;max-height:none!important;margin:0!important;' +
      'opacity:0.01!important;z-index:2147483647!important}';
    window.__fillRoot().append(style);
  };
  window.__restore = () => window.__fillRoot().getElementById('stretch').remove();
  window.__baitAt = (x, y) => {
    const accept = document.getElementById('accept-cookies');
    const box = accept.getBoundingClientRect();
    accept.style.left = x - box.width / 2 + 'px';
    accept.style.top = y - box.height / 2 + 'px';
    accept.style.bottom = 'auto';
  };
`;

test('a Fill stretched invisibly over the page: the merchant’s click on “Accept cookies” fills nothing', async ({
  context,
  page,
  background,
}) => {
  const { key, upstack } = await formWithKey(context, page, ATTACK);
  await upstack.evaluate(() => (window as unknown as { __stretchFill(): void }).__stretchFill());
  // The page puts its bait where the (invisible) Fill button now is, and waits: the merchant
  // takes a moment to read the banner, so no timing rule alone can save the click.
  const { x, y } = await fillCentre(upstack);
  await upstack.evaluate(
    ([bx, by]) => {
      (window as unknown as { __baitAt(x: number, y: number): void }).__baitAt(bx, by);
    },
    [x, y] as const,
  );
  await expect(upstack.getByRole('button', { name: 'Accept cookies' })).toBeVisible();
  await upstack.waitForTimeout(1000);

  await upstack.mouse.click(x, y); // the merchant clicks "Accept cookies"
  await expectNothingFilled(upstack, background, key);
  // The click did reach the Fill button, which did not count it.
  await expect(fillStatus(upstack)).toContainText('press Fill API key again');

  // Restored by the page, the panel is back as the merchant sees it: their own click fills.
  await upstack.evaluate(() => (window as unknown as { __restore(): void }).__restore());
  await fillButton(upstack).click();
  await expect(fillStatus(upstack)).toContainText('filled');
  expect((await sandboxState(upstack)).fields[KEY_FIELD]).toBe(key);
});

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
