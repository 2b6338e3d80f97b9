// The sandbox's Optimove API Key Management as the library specs read it (Angular Material,
// Ant Design, Vuetify): the keys it made, the New API Key dialog and the dialog that shows the key.
import { expect, type Page, type Worker } from '@playwright/test';
import { acceptOffer, sandboxState, setSettings } from './helpers';
import { START } from './start';

export interface Created {
  nickname: string;
  email: string;
  access: string;
  key: string;
}

export const createdKeys = async (page: Page) =>
  (await sandboxState<{ route: string; created: Created[] }>(page)).created;

export const newKeyDialog = (page: Page) => page.getByRole('dialog', { name: 'New API Key' });
/** The dialog's Access Type select, whatever library draws it (a combobox by its label). */
export const accessType = (page: Page) =>
  newKeyDialog(page).getByRole('combobox', { name: 'Access Type' });
export const createdDialog = (page: Page) => page.getByRole('dialog', { name: 'API Key Created' });

/** The guide accepted on API Key Management, the New API Key dialog opened by the merchant (their
 * first action): Nickname and Contact Email prefilled. The dialog, for the access type's check. */
export async function openPrefilledNewKey(page: Page, background: Worker) {
  await setSettings(background, { contactEmail: 'owner@acme.test' });
  await page.goto(START.optimove);
  await acceptOffer(page);
  await page.getByRole('button', { name: '+ New API Key' }).click();
  const form = newKeyDialog(page);
  await expect(form.getByLabel('Nickname')).toHaveValue('UpstackData');
  await expect(form.getByLabel('Contact Email')).toHaveValue('owner@acme.test');
  return form;
}
