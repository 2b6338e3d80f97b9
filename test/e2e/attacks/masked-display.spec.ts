import { expect, test } from '../fixtures';
import { START } from '../flows';
import {
  acceptOffer,
  fillButton,
  fillPanel,
  panel,
  readableByPage,
  sandboxState,
  status,
  throughWizard,
} from '../helpers';

/** Every run of `length` characters of `value`. */
const windows = (value: string, length: number) =>
  Array.from({ length: value.length - length + 1 }, (_, i) => value.slice(i, i + length));

test('a page script on the Upstack dashboard reads nothing of the Dotdigital password', async ({
  context,
  page,
  extensionId,
}) => {
  await page.goto(START.dotdigital);
  await acceptOffer(page);
  await page.getByRole('link', { name: 'New user' }).click();
  await expect(page.getByLabel('Description')).toHaveValue('UpstackData');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(status(page)).toHaveText('Dotdigital key captured');
  const [user] = (await sandboxState<{ users: { email: string; password: string }[] }>(page)).users;
  if (!user) throw new Error('The sandbox created no API user.');
  const local = user.email.slice('apiuser-'.length, user.email.indexOf('@'));
  const shownUser = `apiuser-…${local.slice(-4)}@apiconnector.com`;

  const [upstack] = await Promise.all([
    context.waitForEvent('page'),
    panel(page).getByRole('link', { name: 'Open Upstack Dotdigital destination' }).click(),
  ]);
  await throughWizard(upstack, 'Dotdigital');
  await expect(fillButton(upstack)).toBeVisible();
  await expect(fillPanel(upstack)).toContainText(`${shownUser} ••••••••`);
  // Before any click: what the page's own script can read. The Upstack panel is a frame the page
  // cannot read; the provider page's panel, an open shadow root, shows the same mask.
  const readable = await readableByPage(upstack);
  for (const piece of windows(user.password, 4)) expect(readable).not.toContain(piece);
  expect(readable).not.toContain(local.slice(0, -4));
  // There each masked part is named by its field's label.
  expect(await readableByPage(page)).toContain(
    `Dotdigital API user ${shownUser}, Dotdigital API user password ••••••••`,
  );

  // The popup shows the same, masked alike.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const row = popup
    .getByRole('listitem')
    .filter({ has: popup.getByRole('heading', { name: 'Dotdigital' }) });
  await expect(row).toContainText(`Key captured: ${shownUser} ••••••••`);
  const rowText = (await row.textContent()) ?? '';
  for (const piece of windows(user.password, 4)) expect(rowText).not.toContain(piece);
});
