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
  KLAVIYO_API_KEYS,
  panel,
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

test("with no key held, the form offers to create it with help: the provider's guide in a new tab", async ({
  context,
  page,
}) => {
  await page.goto(UPSTACK_ENTRY);
  await throughWizard(page, 'Klaviyo');
  await expect(fillStatus(page)).toHaveText('No Klaviyo key captured yet.');
  const offer = fillPanel(page).getByRole('button', { name: 'Create this key with help' });
  // A page script's click is not the merchant's: nothing opens.
  await page.evaluate(() => {
    const frame = document.querySelector('upstack-key-assist')?.shadowRoot?.querySelector('iframe');
    frame?.contentWindow?.postMessage({ type: 'start' }, '*');
  });
  const [started] = await Promise.all([context.waitForEvent('page'), offer.click()]);
  await expect(started).toHaveURL(KLAVIYO_API_KEYS);
  await expect(panel(started)).toContainText('Step 1 of 4');
  // The Upstack tab stays as it was, with its form, for the fill once the key is captured.
  await expect(
    page.getByRole('dialog', { name: 'Klaviyo' }).getByLabel('Private API key'),
  ).toBeVisible();
  expect((await sandboxState(page)).fields['Private API key'] ?? '').toBe('');
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
