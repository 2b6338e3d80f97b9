// The Dotdigital password, masked: what a script of the Upstack page can read runs in Chromium
// and Firefox (attacks.spec.ts). The popup's row stays Chromium-only: Firefox opens no
// moz-extension:// page over WebDriver BiDi.

import { START } from '../support/chromium-flows';
import { expect, test } from '../support/fixtures';
import {
  acceptOffer,
  fillButton,
  fillPanel,
  panel,
  sandboxState,
  status,
  throughWizard,
} from '../support/helpers';

/** Every run of `length` characters of `value`. */
const windows = (value: string, length: number) =>
  Array.from({ length: value.length - length + 1 }, (_, i) => value.slice(i, i + length));

test('the popup shows the Dotdigital credential masked as the Upstack panel does', async ({
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
