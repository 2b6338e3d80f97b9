// The Fill under a page filter, in Chromium and Firefox through the Driver: a dark-mode
// extension (Dark Reader's filter mode and the like) puts a CSS `filter` on <html>. The Fill
// frame is then not painted as placed, so the click-time guard refuses it as before; where that
// filter is the only reason, the panel says so and holds Fill until the filter is gone, then the
// merchant's own Fill fills. A filter with any other reason beside it is refused without the
// dark-mode words.
import { expect as baseExpect, test } from '../support/driver-fixtures';
import {
  expectNothingFilled,
  expectOwnFillFills,
  fillCentre,
  formWithKey,
} from '../support/upstack-panel';

/** What a dark-mode extension adds to the page: a style sheet filtering the whole page. Run on
 * request: `__darken()`, `__undarken()`, and `__fadeFill(on)`, the page's own rule in our open
 * shadow root fading the panel a little (another reason to refuse). */
const DARK = `
  window.__darken = () => {
    const style = document.createElement('style');
    style.id = 'dark-reader-filter';
    style.textContent = 'html { filter: invert(1) hue-rotate(180deg) !important; }';
    (document.head ?? document.documentElement).append(style);
  };
  window.__undarken = () => document.getElementById('dark-reader-filter')?.remove();
  window.__fadeFill = (on) => {
    const root = document.querySelector('upstack-key-assist').shadowRoot;
    if (!on) return root.getElementById('fade')?.remove();
    const style = document.createElement('style');
    style.id = 'fade';
    style.textContent = '[popover]:has(> iframe) { opacity: 0.9 !important; }';
    root.append(style);
  };
`;

type DarkWindow = Window & {
  __darken(): void;
  __undarken(): void;
  __fadeFill(on: boolean): void;
};

const DARK_MODE = 'dark-mode extension';

// Runs in Firefox too: the Firefox project selects the tag.
test.describe('in Chromium and Firefox', { tag: '@firefox' }, () => {
  const expect = baseExpect.configure({ timeout: 20_000 });

  test('a dark-mode filter on <html>: Fill held with the reason, then filled once it is off', async ({
    driver,
  }) => {
    const { key, upstack } = await formWithKey(driver, DARK);
    await upstack.evaluate(() => (window as unknown as DarkWindow).__darken(), undefined);
    await expect.poll(() => upstack.status('fillPanel')).toContain(DARK_MODE);
    expect(await upstack.status('fillPanel')).toContain('Turn that extension off for this page');
    await upstack.wait(1000); // longer than any settling: the filter alone holds Fill

    // The merchant presses Fill anyway: nothing filled, the reason still shown.
    const { x, y } = await fillCentre(upstack);
    await upstack.clickAt(x, y);
    await expectNothingFilled(driver, upstack, key);
    expect(await upstack.status('fillPanel')).toContain(DARK_MODE);
    const readable = await upstack.readableByPage();
    expect(readable.includes(key), 'the page can read the key').toBe(false);

    // Turned off for this page: Fill is enabled again, and the merchant's Fill fills.
    await upstack.evaluate(() => (window as unknown as DarkWindow).__undarken(), undefined);
    await expect.poll(() => upstack.status('fillPanel')).toContain('ready to fill');
    await expectOwnFillFills(upstack, key);
  });

  test('the filter beside another reason: refused without the dark-mode words', async ({
    driver,
  }) => {
    const { key, upstack } = await formWithKey(driver, DARK);
    await upstack.evaluate(() => {
      const w = window as unknown as DarkWindow;
      w.__fadeFill(true);
      w.__darken();
    }, undefined);
    await upstack.wait(1500);
    expect(await upstack.status('fillPanel')).not.toContain(DARK_MODE);
    const { x, y } = await fillCentre(upstack);
    await upstack.clickAt(x, y);
    await expectNothingFilled(driver, upstack, key);
    await expect.poll(() => upstack.status('fillPanel')).toContain('press Fill API key again');

    // The page stops fading the panel: the filter is the only reason left, and said.
    await upstack.evaluate(() => (window as unknown as DarkWindow).__fadeFill(false), undefined);
    await expect.poll(() => upstack.status('fillPanel')).toContain(DARK_MODE);
    await expectNothingFilled(driver, upstack, key);
  });
});
