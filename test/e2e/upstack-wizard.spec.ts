// The Upstack side as Upstack's guides document it: Events Destination > "+ New Destination" >
// pick the platform > Next > the platform's form (in the picker's dialog, or as a Flows settings
// card on another page) > "Create Configuration", which the merchant presses. The Fill frame
// finds the form wherever it appears, by the platform named around its key field.
import { expect, test } from './fixtures';
import {
  captureKlaviyo,
  fillButton,
  fillPanel,
  fillStatus,
  sandboxState,
  throughWizard,
  UPSTACK_ENTRY,
} from './helpers';

test('the wizard: the form in the picker is recognised, filled on Fill, and saved by the merchant', async ({
  context,
  page,
}) => {
  const key = await captureKlaviyo(page);
  const upstack = await context.newPage();
  await upstack.goto(UPSTACK_ENTRY);
  await expect(upstack.getByRole('heading', { name: 'Events Destination' })).toBeVisible();
  await upstack.getByRole('button', { name: '+ New Destination' }).click();
  // The picker names every platform but holds no key field: no Fill there.
  await expect(upstack.getByRole('dialog', { name: 'Select a Destination' })).toBeVisible();
  await upstack.waitForTimeout(500);
  await expect(fillPanel(upstack)).toHaveCount(0);
  await upstack.getByRole('button', { name: 'Cancel' }).click();

  await throughWizard(upstack, 'Klaviyo');
  const form = upstack.getByRole('dialog', { name: 'Klaviyo' });
  await expect(form.getByLabel('Private API key')).toBeVisible();
  await fillButton(upstack).click();
  await expect(fillStatus(upstack)).toContainText('filled');
  expect((await sandboxState(upstack)).fields['Private API key']).toBe(key);
  // Never submitted for the merchant: nothing saved until their own press.
  expect((await sandboxState<{ saved: unknown[] }>(upstack)).saved).toEqual([]);
  await form.getByRole('button', { name: 'Create Configuration' }).click();
  await expect(upstack.getByRole('list', { name: 'Destinations' })).toContainText('Healthy');
  expect((await sandboxState<{ saved: unknown[] }>(upstack)).saved).toEqual([
    expect.objectContaining({ provider: 'klaviyo', 'Private API key': key }),
  ]);
});

test.describe('Upstack Flows', () => {
  test.use({ sandboxOptions: { upstackFlows: true } });

  test('the form as a settings card on another page, under a heading naming no platform', async ({
    context,
    page,
  }) => {
    const key = await captureKlaviyo(page);
    const upstack = await context.newPage();
    await upstack.goto(UPSTACK_ENTRY);
    await throughWizard(upstack, 'Klaviyo');
    await expect(upstack).toHaveURL(/\/flows\/settings\?platform=klaviyo$/);
    await expect(upstack.getByRole('heading', { level: 1 })).toHaveText('Flows settings');
    await fillButton(upstack).click();
    await expect(fillStatus(upstack)).toContainText('filled');
    expect((await sandboxState(upstack)).fields['Private API key']).toBe(key);
  });
});
