// Each provider's whole merchant path, from its API keys page to a filled Upstack form, as the
// merchant does it: clicks on the real pages and the overlay, no page.goto after the start.
// Tests that need "a full flow" (secrecy proofs, the bench's effort count) share these.
import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';
import {
  acceptOffer,
  fillButton,
  fillStatus,
  klaviyoFlow,
  panel,
  sandboxState,
  status,
  throughWizard,
} from './helpers';

export const START = {
  klaviyo: 'https://www.klaviyo.com/settings/account/api-keys',
  omnisend: 'https://app.omnisend.com/integrations/api-keys',
  optimove: 'https://acme.optimove.net/#/settings/general/api-key-management',
  dotdigital: 'https://r1-app.dotdigital.com/settings/access/api-users',
} as const;
export type ProviderId = keyof typeof START;

export interface FlowResult {
  /** The confidential values as the provider's app created them: the key, or the password. */
  secrets: string[];
  /** Parts of the credential that are not secret (Dotdigital's API user, a login name). */
  identifiers: string[];
  /** The Upstack destination form, filled. */
  upstack: Page;
}

/** Opens the Upstack form from the overlay and presses Fill API key. */
export async function fillUpstack(context: BrowserContext, page: Page, name: string) {
  const [upstack] = await Promise.all([
    context.waitForEvent('page'),
    panel(page)
      .getByRole('link', { name: `Open Upstack ${name} destination` })
      .click(),
  ]);
  await throughWizard(upstack, name);
  await fillButton(upstack).click();
  await expect(fillStatus(upstack)).toContainText('filled');
  return upstack;
}

async function created<T>(page: Page, list: 'created' | 'users'): Promise<T> {
  const [first] = (await sandboxState<Record<string, T[]>>(page))[list] ?? [];
  if (!first) throw new Error('The sandbox created nothing.');
  return first;
}

export const flows: Record<
  ProviderId,
  (context: BrowserContext, page: Page) => Promise<FlowResult>
> = {
  async klaviyo(context, page) {
    const { created, upstack } = await klaviyoFlow(context, page);
    return { secrets: [created.key], identifiers: [], upstack };
  },

  async omnisend(context, page) {
    await page.goto(START.omnisend);
    await acceptOffer(page);
    await page.getByRole('button', { name: '+ Create API key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create API key' });
    await expect(dialog.getByLabel('Name')).toHaveValue('UpstackData');
    await dialog.getByRole('button', { name: 'Create API key' }).click();
    await expect(status(page)).toHaveText('Omnisend key captured');
    const { key } = await created<{ key: string }>(page, 'created');
    return {
      secrets: [key],
      identifiers: [],
      upstack: await fillUpstack(context, page, 'Omnisend'),
    };
  },

  /** Types the contact email only when the options do not hold it (the overlay asks for it). */
  async optimove(context, page) {
    await page.goto(START.optimove);
    await acceptOffer(page);
    await page.getByRole('button', { name: '+ New API Key' }).click();
    await expect(page.getByLabel('Nickname')).toHaveValue('UpstackData');
    const email = page.getByLabel('Contact Email');
    if (!(await email.inputValue())) await email.fill('owner@acme.test');
    await page.getByRole('button', { name: 'Activate key' }).click();
    await expect(status(page)).toHaveText('Optimove key captured');
    const { key } = await created<{ key: string }>(page, 'created');
    return {
      secrets: [key],
      identifiers: [],
      upstack: await fillUpstack(context, page, 'Optimove'),
    };
  },

  async dotdigital(context, page) {
    await page.goto(START.dotdigital);
    await acceptOffer(page);
    await page.getByRole('link', { name: 'New user' }).click();
    await expect(page.getByLabel('Description')).toHaveValue('UpstackData');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(status(page)).toHaveText('Dotdigital key captured');
    const user = await created<{ email: string; password: string }>(page, 'users');
    return {
      secrets: [user.password],
      identifiers: [user.email],
      upstack: await fillUpstack(context, page, 'Dotdigital'),
    };
  },
};
