// A key already held is never silently replaced by a capture from another tab: the merchant is
// asked, with both keys masked, and decides.
import { expect, test } from '../fixtures';
import {
  acceptOffer,
  captureKlaviyo,
  createKlaviyoKeyByHand,
  panel,
  sandboxState,
  status,
  storageDump,
} from '../helpers';

test('a second key from another tab waits for the merchant, who keeps or replaces the held one', async ({
  context,
  page,
  background,
}) => {
  const first = await captureKlaviyo(page);
  const vaultKey = async () =>
    JSON.stringify((await storageDump(background)).session['vault:klaviyo']);

  const other = await context.newPage();
  await other.goto('https://www.klaviyo.com/create-private-api-key');
  await acceptOffer(other);
  await createKlaviyoKeyByHand(other);
  const [second] = (await sandboxState(other)).created;
  if (!second) throw new Error('The sandbox created no key.');
  await expect(status(other)).toContainText('is already held');
  await expect(status(other)).toContainText(first.slice(-4));
  expect(await vaultKey()).toContain(first);
  expect(await vaultKey()).not.toContain(second.key);

  await panel(other)
    .getByRole('button', { name: /Keep the held key/ })
    .click();
  await expect(status(other)).toHaveText('Klaviyo key captured');
  expect(await vaultKey()).toContain(first);

  // Asked again (one more new key), the merchant takes the new key this time.
  await other.goto('https://www.klaviyo.com/create-private-api-key');
  await createKlaviyoKeyByHand(other);
  await expect(status(other)).toContainText('is already held');
  const [third] = (await sandboxState(other)).created;
  await panel(other)
    .getByRole('button', { name: /Use the key shown here/ })
    .click();
  await expect(status(other)).toHaveText('Klaviyo key captured');
  await expect.poll(vaultKey).toContain(third?.key);
});
