// Issue 30: after the merchant saves the Upstack form, the Fill panel reads the destination's
// card (read-only): "Healthy" once Upstack shows it; unhealthy, what to check and the provider's
// guide. The sandbox's card says "Checking…" first, then its word.
import { UPSTACK_ENTRY } from '../../../lib/recipes/upstack';
import type { Driver, Tab } from '../support/driver';
import { expect as baseExpect, test } from '../support/driver-fixtures';
import { FILL, throughWizard, vaultState } from '../support/flows';
import { captureKlaviyo, formFields, KEY_FIELD } from '../support/upstack-panel';

const expect = baseExpect.configure({ timeout: 20_000 });
const SAVE = { role: 'button', name: 'Create Configuration' } as const;

/** A Klaviyo key captured, filled through Upstack's wizard, and the form saved by the merchant. */
async function saveDestination(driver: Driver): Promise<Tab> {
  const key = await captureKlaviyo(driver.tab);
  const upstack = await driver.newTab();
  await upstack.goto(UPSTACK_ENTRY);
  await throughWizard(upstack, 'Klaviyo');
  await expect.poll(() => upstack.count(FILL)).toBe(1);
  await upstack.wait(700); // Fill counts half a second after it appears
  await upstack.click(FILL);
  await expect.poll(() => vaultState(driver, 'klaviyo')).toBe('filled');
  expect((await formFields(upstack))[KEY_FIELD] === key, 'the form holds the key').toBe(true);
  await upstack.click(SAVE);
  return upstack;
}

test.describe('the destination’s health after the save, in Chromium and Firefox', {
  tag: '@firefox',
}, () => {
  test('Upstack shows the card Healthy: the panel says so', async ({ driver }) => {
    const upstack = await saveDestination(driver);
    await expect
      .poll(() => upstack.status('fillPanel'))
      .toBe('Upstack shows the Klaviyo destination as Healthy. The guide is done.');
    expect(
      await upstack.count({ role: 'link', name: "Upstack's Klaviyo guide", in: 'fillPanel' }),
    ).toBe(0);
    // Read-only: one destination saved, by the merchant's own press.
    expect((await upstack.sandboxState<{ saved: unknown[] }>()).saved.length).toBe(1);
  });

  test.describe('the card unhealthy', () => {
    test.use({ sandboxOptions: { upstackUnhealthy: true } });

    test('the panel says what to check, with the provider’s guide', async ({ driver }) => {
      const upstack = await saveDestination(driver);
      await expect.poll(() => upstack.status('fillPanel')).toContain('as unhealthy');
      const text = await upstack.status('fillPanel');
      for (const what of ['Check the key', 'box enabling sending', 'the ids'])
        expect(text.includes(what), what).toBe(true);
      expect(
        await upstack.count({ role: 'link', name: "Upstack's Klaviyo guide", in: 'fillPanel' }),
      ).toBe(1);
      expect((await upstack.sandboxState<{ saved: unknown[] }>()).saved.length).toBe(1);
    });
  });
});
