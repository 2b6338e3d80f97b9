// The merchant has the Upstack form open, its panel showing key K1. In the provider's tab they
// create a second key K2, so the vault now holds K2. Before (e06dbba) the Upstack tab went on
// showing K1 until it was focused again, and its Fill put K2 into the form unseen. Now every
// Upstack tab's frame hears of the change at once and shows K2; and a Fill names the entry its
// panel showed, so the Fill of a panel still showing K1 is refused.
// Chromium-only: the stale Fill is the frame's message sent by the test (frameReportsFill); the
// merchant's side of it runs in Firefox too (attacks.spec.ts, "a second key made in the
// provider's tab").
import { expect, test } from '../support/fixtures';
import {
  createKlaviyoKeyByHand,
  fillButton,
  fillPanel,
  fillStatus,
  frameReportsFill,
  heldEntry,
  sandboxState,
  storageDump,
} from '../support/helpers';
import { expectNothingFilled, formWithKey, KEY_FIELD } from '../support/upstack-panel-attacks';

test('a second key made in the provider’s tab shows at once in the open Upstack tab, and a stale Fill is refused', async ({
  context,
  page,
  background,
}) => {
  const { key: first, upstack } = await formWithKey(context, page);
  await expect(fillPanel(upstack)).toContainText(`pk_…${first.slice(-4)}`);
  const firstEntry = await heldEntry(background, 'klaviyo');

  // The merchant goes back to Klaviyo and creates another key (the Upstack tab stays as it is).
  await page.bringToFront();
  await page.getByRole('link', { name: 'Back to API keys' }).click();
  await page.getByRole('link', { name: 'Create Private API Key' }).click();
  await createKlaviyoKeyByHand(page);
  await expect.poll(async () => (await sandboxState(page)).created.length).toBe(2);
  const second = (await sandboxState(page)).created[1]?.key ?? '';
  await expect.poll(() => heldEntry(background, 'klaviyo')).not.toBe(firstEntry);

  // The Upstack tab shows K2 at once, without being focused or reloaded.
  await expect(fillPanel(upstack)).toContainText(`pk_…${second.slice(-4)}`, {
    timeout: 2000,
  });
  await expect(fillPanel(upstack)).not.toContainText(`pk_…${first.slice(-4)}`);

  // A Fill from a panel that still showed K1 (its update not yet arrived) is refused. (Once
  // K2's check has come in: the panel grows by its line, and a Fill right after a change of size
  // would not count anyway.)
  await expect(fillPanel(upstack)).toContainText('Key check');
  await expect(fillButton(upstack)).toBeEnabled();
  await frameReportsFill(upstack, firstEntry);
  await expectNothingFilled(upstack, background, second);
  await expect(fillStatus(upstack)).toContainText(
    'The Klaviyo key changed since this panel showed it',
  );

  // The merchant's Fill of the key now shown fills that key.
  await upstack.bringToFront();
  await fillButton(upstack).click();
  await expect(fillStatus(upstack)).toContainText('filled');
  expect((await sandboxState(upstack)).fields[KEY_FIELD]).toBe(second);
  expect((await storageDump(background)).session['vault:klaviyo']).toMatchObject({
    state: 'filled',
  });
});
