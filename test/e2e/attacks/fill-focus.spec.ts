// Attack: while the merchant types in the Upstack form, the page's script moves focus to the
// extension's Fill at the first key press, so that a typed space presses it; and since the fill
// then focused the key field, the rest of what the merchant typed landed after the key. Before
// the Fill frame (e06dbba) the page focused the button itself. Now it can only focus the frame:
// the frame keeps nothing focused while it is away (a page's focus lands on no button), a key
// press counts only on a button focused for half a second, and the fill moves no focus.
import { expect, test } from '../fixtures';
import { fillButton, fillStatus, sandboxState } from '../helpers';
import { expectNothingFilled, formWithKey, KEY_FIELD } from './upstack-panel';

/** Page script: at the first character the merchant types in a field of the form, focus the
 * Fill. */
const ATTACK = `
  addEventListener('keydown', (event) => {
    if (window.__stolen || event.target.localName !== 'input' || event.key.length !== 1) return;
    window.__stolen = true;
    window.__focusFill();
  }, true);
`;

test('the page moves focus to Fill while the merchant types: a typed space fills nothing', async ({
  context,
  page,
  background,
}) => {
  const { key, upstack } = await formWithKey(context, page, ATTACK);
  // The merchant looked at the panel first (Tab to its Fill button), then went to the form.
  for (let i = 0; i < 15; i++) {
    await upstack.keyboard.press('Tab');
    if (
      await fillButton(upstack)
        .evaluate((el) => el.matches(':focus'))
        .catch(() => false)
    )
      break;
  }
  const name = upstack.getByLabel('Destination name');
  await name.click();
  await upstack.keyboard.press('End');
  await upstack.keyboard.type(' Store EU', { delay: 60 });

  await expectNothingFilled(upstack, background, key);
  // Nothing the merchant typed went into the key field either.
  expect((await sandboxState(upstack)).fields[KEY_FIELD] ?? '').toBe('');
  await expect(fillStatus(upstack)).toContainText('ready to fill');
  // The page did take the focus at the first key: the keys went into the frame, onto no button.
  await expect(name).toHaveValue('Klaviyo');
  expect(await upstack.evaluate(() => document.activeElement?.localName)).toBe(
    'upstack-key-assist',
  );
  expect(await fillButton(upstack).evaluate((el) => el.matches(':focus'))).toBe(false);
});

test('a key press on a Fill button focused less than half a second ago does not count', async ({
  context,
  page,
  background,
}) => {
  const { key, upstack } = await formWithKey(context, page);
  await fillButton(upstack).focus();
  await upstack.keyboard.press('Enter');
  await expectNothingFilled(upstack, background, key);
  await expect(fillStatus(upstack)).toContainText('press Fill API key again');
  // Focused long enough, the same key press fills.
  await upstack.keyboard.press('Enter');
  await expect(fillStatus(upstack)).toContainText('filled');
  expect((await sandboxState(upstack)).fields[KEY_FIELD]).toBe(key);
});
