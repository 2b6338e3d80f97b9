// Each provider's main flow, in Chromium and in Firefox: prefill, capture, fill on the Upstack
// form through Upstack's wizard; the key filled is the one the provider's app created. Then the
// secrecy checks: no copy of the key in storage.local/sync, in the session area once filled, or
// in any file of the browser's profile, each browser's session-restore files counted apart.

import { expect, test } from '../support/driver-fixtures';
import {
  acceptOffer,
  captured,
  FILL,
  flow,
  type ProviderId,
  throughWizard,
  vaultState,
} from '../support/flows';
import { mentions, scanFolder } from '../support/leaks';
import { START } from '../support/start';

// Runs in Firefox too: the Firefox project selects the tag.
test.describe('in Chromium and Firefox', { tag: '@firefox' }, () => {
  /** Each browser's session restore: it may keep what the open pages showed (reported apart). */
  const SESSION_RESTORE = {
    chromium: /^Default[/\\]Sessions[/\\]/,
    firefox: /^sessionstore(\.jsonlz4$|-backups[/\\])/,
  };
  /** Where a browser remembers the forms of the pages: an identifier (Dotdigital's API user, not
   * a secret) may be there, as if typed by hand. */
  const FORM_MEMORY = {
    chromium: /^Default[/\\](Sessions[/\\]|Web Data$|Login Data$)/,
    firefox: /^(sessionstore(\.jsonlz4$|-backups[/\\])|formhistory\.sqlite)/,
  };

  for (const provider of ['klaviyo', 'omnisend', 'optimove', 'dotdigital'] as ProviderId[]) {
    test(`${provider}: from the API keys page to a filled Upstack form, and the key nowhere else`, async ({
      driver,
    }, testInfo) => {
      const { secrets, identifiers, upstack } = await flow(driver, provider);
      const credential = [...secrets, ...identifiers];
      const { fields } = await upstack.sandboxState<{ fields: Record<string, string> }>();
      expect(Object.values(fields)).toEqual(expect.arrayContaining(credential));

      const stored = await driver.storage();
      expect(stored.session[`vault:${provider}`]).toMatchObject({ state: 'filled' });
      expect(mentions(JSON.stringify(stored.local), credential)).toBe(false);
      expect(mentions(JSON.stringify(stored.sync), credential)).toBe(false);
      expect(mentions(JSON.stringify(stored.session), credential)).toBe(false); // filled: forgotten

      await driver.close(); // the browser writes what it keeps to disk as it shuts down
      // The scan reads the profile the browser wrote: it finds the pages visited there.
      expect(scanFolder(driver.profileDir, ['app.upstackdata.com']).length).toBeGreaterThan(0);
      const sessionRestore = SESSION_RESTORE[driver.engine];
      const found = scanFolder(driver.profileDir, secrets);
      const identifierCopies = scanFolder(driver.profileDir, identifiers);
      testInfo.annotations.push(
        {
          type: 'secret: session restore copies',
          description:
            found
              .filter((f) => sessionRestore.test(f.file))
              .map((f) => `${f.file} (${f.form}) x${f.count}`)
              .join(', ') || 'none',
        },
        {
          type: 'identifier: copies in form memory',
          description:
            identifierCopies.map((f) => `${f.file} (${f.form}) x${f.count}`).join(', ') || 'none',
        },
      );
      expect(found.filter((f) => !sessionRestore.test(f.file))).toEqual([]);
      expect(identifierCopies.filter((f) => !FORM_MEMORY[driver.engine].test(f.file))).toEqual([]);
    });
  }

  /** "Step N of M" as a panel shows it: [N, M]. */
  const stepOf = (text: string) => /Step (\d+) of (\d+)/.exec(text)?.slice(1, 3).map(Number);

  test('one step count on both sites: the journey counted once at the start, the same total on the provider page and on every Upstack step', async ({
    driver,
  }) => {
    const tab = driver.tab;
    await tab.goto(START.klaviyo);
    await acceptOffer(tab);
    // Started on the API-keys page: its three Klaviyo steps and Upstack's five.
    await expect.poll(async () => stepOf(await tab.text('panel'))).toEqual([1, 8]);
    await tab.click({ role: 'link', name: 'Create Private API Key' });
    await expect.poll(async () => stepOf(await tab.text('panel'))).toEqual([2, 8]);
    await expect.poll(() => tab.checked({ role: 'radio', name: /Full Access Key/ })).toBe(true);
    await tab.click({ role: 'button', name: 'Create', exact: true, in: { css: 'form' } });
    await captured(tab, 'Klaviyo');
    // The key held: the first Upstack step (the copy step is ticked, as the merchant skipped it).
    expect(stepOf(await tab.text('panel'))).toEqual([4, 8]);

    const upstack = await tab.clickToOpen({
      role: 'link',
      name: 'Open Upstack Klaviyo destination',
      in: 'panel',
    });
    await expect.poll(async () => stepOf(await upstack.text('fillPanel'))).toEqual([5, 8]);
    await throughWizard(upstack, 'Klaviyo');
    await expect.poll(() => upstack.count(FILL)).toBe(1);
    expect(stepOf(await upstack.text('fillPanel'))).toEqual([7, 8]);
    await upstack.click(FILL);
    await expect.poll(() => vaultState(driver, 'klaviyo')).toBe('filled');
    await expect.poll(async () => stepOf(await upstack.text('fillPanel'))).toEqual([8, 8]);
    // The provider's tab agrees: the same step, its title and its checklist's current line alike.
    await expect.poll(async () => stepOf(await tab.text('panel'))).toEqual([8, 8]);
    const text = await tab.text('panel');
    expect(text.split('Check the Upstack form and save it').length - 1).toBe(2);
    expect(text.includes('Fill the key into your Upstack')).toBe(false);
  });
});
