// What happens around the main flow, in Chromium and Firefox: two providers at once, a key
// whose time is up, and a value that is not a key.

import { expect, test } from '../support/driver-fixtures';
import { captures, FILL, fillUpstack, openUpstack, vaultState } from '../support/flows';
import { mentions } from '../support/leaks';

// Runs in Firefox too: the Firefox project selects the tag.
test.describe('in Chromium and Firefox', { tag: '@firefox' }, () => {
  test('two providers in progress at once each fill only their own Upstack form', async ({
    driver,
  }) => {
    const omnisendTab = await driver.newTab();
    const omnisend = await captures.omnisend(omnisendTab);
    const klaviyo = await captures.klaviyo(driver.tab);
    const klaviyoForm = await fillUpstack(driver, 'klaviyo');
    expect((await klaviyoForm.sandboxState<{ fields: Record<string, string> }>()).fields).toEqual(
      expect.objectContaining({ 'Private API key': klaviyo.secrets[0] }),
    );
    expect(await vaultState(driver, 'omnisend')).toBe('captured'); // still held for its own form
    const omnisendForm = await fillUpstack(driver, 'omnisend', omnisendTab);
    const { fields } = await omnisendForm.sandboxState<{ fields: Record<string, string> }>();
    expect(fields['API key']).toBe(omnisend.secrets[0]);
    expect(fields['API key']).not.toBe(klaviyo.secrets[0]);
  });

  /** The vault entry, its time moved into the past (as if its ten minutes went by). */
  async function timeIsUp(driver: import('../support/driver').Driver) {
    const entry = (await driver.storage()).session['vault:klaviyo'] as { expiresAt: number };
    await driver.setStorage('session', {
      'vault:klaviyo': { ...entry, expiresAt: Date.now() - 1 },
    });
  }

  test('expired: a Fill of the key whose time is up fills nothing, and the key is wiped', async ({
    driver,
  }) => {
    const { secrets } = await captures.klaviyo(driver.tab);
    const upstack = await openUpstack(driver.tab, 'klaviyo');
    await timeIsUp(driver);
    if (await upstack.count(FILL)) await upstack.click(FILL).catch(() => {}); // gone meanwhile: fine
    await expect.poll(() => vaultState(driver, 'klaviyo'), { timeout: 10_000 }).toBe('expired');
    const { fields } = await upstack.sandboxState<{ fields: Record<string, string> }>();
    expect(fields['Private API key'] ?? '').toBe('');
    expect(mentions(JSON.stringify(await driver.storage()), secrets)).toBe(false);
  });

  test('expired: the expiry alarm wipes the key with no page asking', async ({ driver }) => {
    test.skip(!driver.fireAlarms, 'Chromium: security-key.spec.ts waits out the real alarm');
    const fire = driver.fireAlarms as (prefix: string) => Promise<string[]>;
    const { secrets } = await captures.klaviyo(driver.tab);
    await driver.tab.goto('https://example.com/'); // no content script of ours left to ask
    await timeIsUp(driver);
    await driver.tab.wait(500);
    // No page has asked since. The background's toolbar badge may already have read the entry
    // when the time limit changed (and wiped it); otherwise the alarm does.
    if ((await vaultState(driver, 'klaviyo')) === 'captured')
      expect(await fire('vault-expiry:')).toEqual(['vault-expiry:klaviyo']);
    await expect.poll(() => vaultState(driver, 'klaviyo')).toBe('expired');
    expect(mentions(JSON.stringify(await driver.storage()), secrets)).toBe(false);
  });

  test.describe('a value that is not a key', () => {
    test.use({ sandboxOptions: { shownKey: 'AbC123' } });
    test('is refused with a message and nothing is stored', async ({ driver }) => {
      const tab = driver.tab;
      await tab.goto('https://www.klaviyo.com/create-private-api-key');
      await expect.poll(() => tab.status('panel')).toContain('with help?');
      await tab.click({ role: 'button', name: 'Start guided setup', in: 'panel' });
      await expect
        .poll(() => tab.checked({ role: 'radio', name: /Full Access Key/ }), { timeout: 15_000 })
        .toBe(true);
      await tab.click({ role: 'button', name: 'Create', exact: true, in: { css: 'form' } });
      await expect.poll(() => tab.status('panel')).toContain('Klaviyo key not accepted');
      expect(await tab.status('panel')).toMatch(/public API key/);
      const stored = await driver.storage();
      expect(Object.keys(stored.session).filter((k) => k.startsWith('vault:'))).toEqual([]);
      expect(JSON.stringify(stored)).not.toContain('AbC123');
    });
  });

  test('after a Fill, the Upstack panel says the key was filled', async ({ driver }) => {
    // Firefox delivers no background notice to an extension frame inside a web page: the Upstack
    // content script passes it on to the frame.
    await captures.klaviyo(driver.tab);
    const upstack = await fillUpstack(driver, 'klaviyo');
    await expect.poll(() => upstack.status('fillPanel'), { timeout: 5_000 }).toContain('filled');
  });
});
