// A guide survives an extension update in Firefox too: the temporary add-on reloaded by the
// add-on manager, which Firefox starts as an upgrade (`onInstalled` with reason `update`).
// Firefox empties the add-on's storage.session too (the new version is a new extension object)
// and injects the new version's content scripts into the tabs already open; the background waits
// with its answers until it has restored the guides from their key-free record, so the panel
// comes back at the same step, and the earlier version's panel, left on the page, goes. Chromium's update is test/e2e/flows/update.spec.ts.
import { expect as baseExpect, test } from '../support/driver-fixtures';
import { acceptOffer, captured } from '../support/flows';

const API_KEYS = 'https://www.klaviyo.com/settings/account/api-keys';

/** The panel's step line and its title, as the merchant reads them. */
const stepLine = (text: string) =>
  text.match(/Step \d+ of \d+\n+[^\n]+/)?.[0].replace(/\n+/, ' · ') ?? '';

test.describe('in Firefox', { tag: '@firefox' }, () => {
  const expect = baseExpect.configure({ timeout: 20_000 });

  test('the guide comes back at the same step after an update; no key in storage.local', async ({
    driver,
  }) => {
    test.skip(!driver.update, 'Chromium: test/e2e/flows/update.spec.ts');
    const tab = driver.tab;
    await tab.goto(API_KEYS);
    await acceptOffer(tab);
    await expect.poll(async () => await tab.text('panel')).toContain('Create Private API Key');
    await tab.click({ role: 'link', name: 'Create Private API Key' });
    await expect.poll(() => tab.checked({ role: 'radio', name: /Full Access Key/ })).toBe(true);
    await expect.poll(async () => stepLine(await tab.text('panel'))).toMatch(/^Step \d+ of \d+/);
    const before = stepLine(await tab.text('panel'));
    const record = (await driver.storage()).local['guides-running'] as Record<string, unknown>;
    expect(Object.keys(record)).toEqual(['klaviyo']);

    await tab.evaluate(
      () => document.querySelector('upstack-key-assist')?.setAttribute('data-old', ''),
      undefined,
    );
    // A mark in the session area: gone after the update, so what brings the guide back is the
    // record in storage.local, not a session area that lived through it.
    await driver.setStorage('session', { probe: 1 });
    await driver.update?.();
    // A new panel (the old one went with the old version), at the same step.
    await expect
      .poll(() =>
        tab.evaluate(
          () => ({
            old: document.querySelectorAll('upstack-key-assist[data-old]').length,
            now: document.querySelectorAll('upstack-key-assist:not([data-old])').length,
          }),
          undefined,
        ),
      )
      .toEqual({ old: 0, now: 1 });
    await expect.poll(async () => stepLine(await tab.text('panel'))).toBe(before);
    const session = (await driver.storage()).session;
    expect(session.probe).toBeUndefined();
    expect(session['guide:klaviyo']).toEqual({
      tabs: [expect.any(Number)],
      origin: 'https://www.klaviyo.com',
    });

    // The guide goes on; the key never reaches storage.local.
    await tab.click({ role: 'button', name: 'Create', exact: true, in: { css: 'form' } });
    await captured(tab, 'Klaviyo');
    const [created] = (await tab.sandboxState<{ created: { key: string }[] }>()).created;
    if (!created) throw new Error('The sandbox created no key.');
    const { local, sync } = await driver.storage();
    expect(JSON.stringify(local).includes(created.key), 'storage.local holds the key').toBe(false);
    expect(JSON.stringify(sync).includes(created.key), 'storage.sync holds the key').toBe(false);
  });
});
