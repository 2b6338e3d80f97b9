// Attacks on the Upstack panel's Fill, in Chromium and Firefox through the Driver: the page's own
// script restyles the Fill frame, covers it, or moves focus to it, and the merchant's real click
// or keys fall on it. In Chromium the frame's IntersectionObserver v2 and the content script's
// click-time guard both stand; Firefox has no IntersectionObserver v2, so there the guard alone
// must hold. (The Chromium-only variants in ../attacks/fill-*.spec.ts send the frame's Fill
// message past v2 to test the guard alone in Chromium: in Firefox the guard alone is what runs.)
import { expect as baseExpect, test } from '../support/driver-fixtures';
import { FILL } from '../support/flows';
import {
  COVER,
  expectNothingFilled,
  expectOwnFillFills,
  FOCUS,
  fillCentre,
  formFields,
  formWithKey,
  KEY_FIELD,
  RESTYLE,
} from '../support/upstack-panel';

// Runs in Firefox too: the Firefox project selects the tag.
test.describe('in Chromium and Firefox', { tag: '@firefox' }, () => {
  const expect = baseExpect.configure({ timeout: 20_000 });

  type AttackWindow = Window & {
    __stretchFill(): void;
    __restore(): void;
    __baitAt(x: number, y: number): void;
    __fillBox(): [number, number, number, number];
    __cover(x: number, y: number, width: number, height: number): void;
    __uncover(): void;
  };

  test('a Fill stretched invisibly over the page: the merchant’s click on “Accept cookies” fills nothing', async ({
    driver,
  }) => {
    const { key, upstack } = await formWithKey(driver, RESTYLE);
    await upstack.evaluate(() => (window as unknown as AttackWindow).__stretchFill(), undefined);
    // The page puts its bait where the (invisible) Fill button now is, and waits: the merchant
    // takes a moment to read the banner, so no timing rule alone can save the click.
    const { x, y } = await fillCentre(upstack);
    await upstack.evaluate(([bx, by]) => (window as unknown as AttackWindow).__baitAt(bx, by), [
      x,
      y,
    ] as const);
    await expect.poll(() => upstack.count({ role: 'button', name: 'Accept cookies' })).toBe(1);
    await upstack.wait(1000);

    await upstack.clickAt(x, y); // the merchant clicks "Accept cookies"
    await expectNothingFilled(driver, upstack, key);
    // The click did reach the Fill button, which did not count it.
    await expect.poll(() => upstack.status('fillPanel')).toContain('press Fill API key again');

    // Restored by the page, the panel is back as the merchant sees it: their own click fills.
    await upstack.evaluate(() => (window as unknown as AttackWindow).__restore(), undefined);
    await expectOwnFillFills(upstack, key);
  });

  test('a page popover over the panel, clicks passing through: “Continue to dashboard” fills nothing', async ({
    driver,
  }) => {
    const { key, upstack } = await formWithKey(driver, COVER);
    const { x, y } = await fillCentre(upstack);
    await upstack.evaluate(() => {
      const w = window as unknown as AttackWindow;
      w.__cover(...w.__fillBox());
    }, undefined);
    await expect
      .poll(() => upstack.evaluate(() => document.body.innerText, undefined))
      .toContain('Continue to dashboard');
    await upstack.wait(1000); // the merchant reads the cover, then clicks its button
    // Through the cover, the point is the extension's own (the page's layer takes no click).
    expect(
      await upstack.evaluate(([px, py]) => document.elementFromPoint(px, py)?.localName, [
        x,
        y,
      ] as const),
    ).toBe('upstack-key-assist');
    await upstack.clickAt(x, y);
    // Nothing filled: the frame refused the press ("press Fill API key again"), or, while the
    // page and the extension fight for the top of the top layer, the browser itself gave no click
    // to a frame that had just moved.
    await expectNothingFilled(driver, upstack, key);

    // The page stops: the panel is on top again, and the merchant's own click fills.
    await upstack.evaluate(() => (window as unknown as AttackWindow).__uncover(), undefined);
    await expectOwnFillFills(upstack, key);
  });

  test('the page moves focus to Fill while the merchant types: a typed space fills nothing', async ({
    driver,
  }) => {
    const { key, upstack } = await formWithKey(driver, FOCUS);
    // The merchant looked at the panel first (Tab to its Fill button), then went to the form.
    for (let i = 0; i < 15; i++) {
      await upstack.press('Tab');
      if (await upstack.focused(FILL)) break;
    }
    const name = { role: 'textbox', name: 'Destination name' };
    await upstack.click(name);
    await upstack.press('End');
    await upstack.type(' Store EU', 60);

    await expectNothingFilled(driver, upstack, key);
    // Nothing the merchant typed went into the key field either.
    expect((await formFields(upstack))[KEY_FIELD] ?? '').toBe('');
    expect(await upstack.status('fillPanel')).toContain('ready to fill');
    // The page's script did try, at the first key.
    expect(
      await upstack.evaluate(() => (window as { __stolen?: boolean }).__stolen, undefined),
    ).toBe(true);
    expect(await upstack.focused(FILL)).toBe(false);
    const active = await upstack.evaluate(() => document.activeElement?.localName, undefined);
    const typed = await upstack.value('Destination name');
    if (driver.engine === 'chromium') {
      // Chromium gives the page the focus: the keys went into the frame, onto no button.
      expect(active).toBe('upstack-key-assist');
      expect(typed).toBe('Klaviyo');
    } else {
      // Firefox keeps the focus in the form's field (the page's iframe.focus() takes nothing
      // from it): the merchant's keys went where they typed them.
      expect(active).toBe('input');
      expect(typed).toBe('Klaviyo Store EU');
    }
  });

  test('a key press on a Fill button focused less than half a second ago does not count', async ({
    driver,
  }) => {
    const { key, upstack } = await formWithKey(driver);
    await upstack.focus(FILL);
    await upstack.press('Enter');
    await expectNothingFilled(driver, upstack, key);
    await expect.poll(() => upstack.status('fillPanel')).toContain('press Fill API key again');
    // Focused long enough, the same key press fills.
    await upstack.press('Enter');
    await expect.poll(() => upstack.status('fillPanel')).toContain('filled');
    const field = (await formFields(upstack))[KEY_FIELD] ?? '';
    expect(field === key, 'the form holds the merchant key').toBe(true);
  });
});
