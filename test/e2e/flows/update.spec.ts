// A guide survives an extension update, in Chromium: `chrome.runtime.reload()` from the service
// worker, which Chromium reports to the new version as `onInstalled` with reason `update`, as an
// update from the store (developer mode is switched on first on chrome://extensions, or Chromium
// disables the reloaded command-line extension as an unsupported developer one). The old content
// script is cut off and its panel goes; the background finds the guide in its key-free record in
// storage.local and puts it back into storage.session. Where it may run a script in the tab (a
// provider whose hosts the merchant granted: Pinterest) it starts the provider's script there at
// once; on a manifest provider's page (Klaviyo: no host permission, only the content script's
// matches) the panel comes back at the tab's next load. Either way at the same step. The key is
// never in storage.local, and is not restored.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { optionalOrigins } from '../../../lib/recipes/optional';
import { pinterest } from '../../../lib/recipes/pinterest';
import { AD_ACCOUNT } from '../../sandbox/pinterest-account';
import { expect, test } from '../support/fixtures';
import {
  acceptOffer,
  KLAVIYO_API_KEYS,
  panel,
  sandboxState,
  status,
  storageDump,
  vaultEntries,
} from '../support/helpers';

const CREATE = 'https://www.klaviyo.com/create-private-api-key';

/** The extension updated: the background restarts as the new version. Resolves with it. */
async function update(context: BrowserContext, background: Worker): Promise<Worker> {
  const settings = await context.newPage();
  await settings.goto('chrome://extensions');
  await settings.evaluate(() =>
    (
      chrome as unknown as {
        developerPrivate: { updateProfileConfiguration(c: object): Promise<void> };
      }
    ).developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }),
  );
  await settings.close();
  const next = context.waitForEvent('serviceworker', { timeout: 20_000 });
  await background.evaluate(() => void setTimeout(() => chrome.runtime.reload(), 50));
  return next;
}

/** The panel's step line and its title ("Step 2 of 8 · Press Create"), as the merchant reads
 * them. */
async function stepShown(page: Page) {
  const text = await panel(page)
    .innerText({ timeout: 2000 })
    .catch(() => '');
  return text.match(/Step \d+ of \d+\n+[^\n]+/)?.[0].replace(/\n+/, ' · ') ?? '';
}

/** The step once it has stayed the same for 1.5 s (a page that renders late may show the guide
 * an earlier step first). */
async function settledStep(page: Page) {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await stepShown(page);
        const same = now !== '' && now === last;
        last = now;
        return same;
      },
      { intervals: [1500], timeout: 20_000 },
    )
    .toBe(true);
  return last;
}

/** Marks the extension's host now on the page (the page can): a panel that comes back after the
 * update is a new one, not this one left over. */
const markOld = (page: Page) =>
  page.evaluate(() => document.querySelector('upstack-key-assist')?.setAttribute('data-old', ''));
const hosts = (page: Page) =>
  page.evaluate(() => ({
    old: document.querySelectorAll('upstack-key-assist[data-old]').length,
    now: document.querySelectorAll('upstack-key-assist:not([data-old])').length,
  }));

/** The running guides' record in storage.local. */
async function recordOf(background: Worker, provider: string) {
  const { local } = await storageDump(background);
  return (local['guides-running'] as Record<string, Record<string, unknown>> | undefined)?.[
    provider
  ];
}

/** storage.local holds no key, whatever the moment: neither the key nor any 8 characters of it. */
function expectNoKeyIn(area: Record<string, unknown>, key: string) {
  const text = JSON.stringify(area);
  expect(text.includes(key), 'the area holds the key').toBe(false);
  for (let i = 0; i + 8 <= key.length; i += 4)
    expect(text.includes(key.slice(i, i + 8)), 'the area holds part of the key').toBe(false);
}

test('Klaviyo: the guide survives an update and its panel is back at the same step at the next load; no key in storage.local', async ({
  context,
  page,
  background,
}) => {
  await page.goto(KLAVIYO_API_KEYS);
  await acceptOffer(page);
  await expect(panel(page)).toContainText('Create Private API Key');
  await page.getByRole('link', { name: 'Create Private API Key' }).click();
  await expect(page.getByRole('radio', { name: /Full Access Key/ })).toBeChecked();
  const before = await settledStep(page);
  expect(before).toMatch(/^Step \d+ of \d+ · /);

  // The record, key-free: the tab, its origin, the progress and the start time only.
  const running = (await storageDump(background)).session;
  const tabId = (running['guide:klaviyo'] as { tabs: number[] }).tabs[0];
  await expect
    .poll(async () => Object.keys((await recordOf(background, 'klaviyo')) ?? {}).sort())
    .toEqual(['origin', 'progress', 'startedAt', 'tabs']);
  const record = await recordOf(background, 'klaviyo');
  expect(record?.tabs).toEqual([tabId]);

  await markOld(page);
  const updated = await update(context, background);
  // The old panel went with the old version; the guide is back in the session.
  await expect.poll(() => hosts(page), { timeout: 20_000 }).toEqual({ old: 0, now: 0 });
  await expect
    .poll(async () => (await storageDump(updated)).session['guide:klaviyo'], { timeout: 20_000 })
    .toEqual({ tabs: [tabId], origin: 'https://www.klaviyo.com' });
  // At the tab's next load, the guide's panel at the same step (without the record: the offer).
  await page.reload();
  await expect.poll(() => stepShown(page), { timeout: 20_000 }).toBe(before);

  // The restored guide goes on: the merchant's Create is captured, and no key reaches
  // storage.local.
  await expect(page.getByRole('radio', { name: /Full Access Key/ })).toBeChecked();
  await page.locator('form').getByRole('button', { name: 'Create', exact: true }).click();
  await expect(status(page)).toHaveText('Klaviyo key captured');
  const [created] = (await sandboxState(page)).created;
  if (!created) throw new Error('The sandbox created no key.');
  await expect
    .poll(async () => JSON.stringify(vaultEntries((await storageDump(updated)).session)))
    .toContain(created.key);
  expectNoKeyIn((await storageDump(updated)).local, created.key);
  expect(await recordOf(updated, 'klaviyo')).toBeTruthy();
});

test('a key held at the update is not restored, and was never in storage.local', async ({
  context,
  page,
  background,
}) => {
  await page.goto(CREATE);
  await acceptOffer(page);
  await expect(page.getByRole('radio', { name: /Full Access Key/ })).toBeChecked();
  await page.locator('form').getByRole('button', { name: 'Create', exact: true }).click();
  await expect(status(page)).toHaveText('Klaviyo key captured');
  const [created] = (await sandboxState(page)).created;
  if (!created) throw new Error('The sandbox created no key.');
  await expect
    .poll(async () => JSON.stringify(vaultEntries((await storageDump(background)).session)))
    .toContain(created.key);
  expectNoKeyIn((await storageDump(background)).local, created.key);

  const updated = await update(context, background);
  // The guide is back; the vault is empty (Chromium clears storage.session on an update, and
  // the background restores no key).
  await expect
    .poll(async () => (await storageDump(updated)).session['guide:klaviyo'], { timeout: 20_000 })
    .toEqual({ tabs: [expect.any(Number)], origin: 'https://www.klaviyo.com' });
  const after = await storageDump(updated);
  expect(vaultEntries(after.session)).toEqual({});
  expectNoKeyIn(after.local, created.key);
  expectNoKeyIn(after.sync, created.key);
});

test.describe('a provider whose hosts the merchant granted', () => {
  test.use({ grantedOrigins: optionalOrigins(pinterest), sandboxOptions: { library: 'mui' } });

  test('Pinterest: the panel is back at once, at the same step, started again in its tab', async ({
    context,
    page,
    background,
  }) => {
    await expect
      .poll(() => background.evaluate(() => chrome.scripting.getRegisteredContentScripts()))
      .toContainEqual(expect.objectContaining({ id: 'provider-pinterest' }));
    await page.goto(`https://ads.pinterest.com/advertiser/${AD_ACCOUNT}/conversions/`);
    await acceptOffer(page);
    const before = await settledStep(page);
    await expect
      .poll(async () => Object.keys((await recordOf(background, 'pinterest')) ?? {}).sort())
      .toEqual(['origin', 'progress', 'startedAt', 'tabs']);

    await markOld(page);
    await update(context, background);
    await expect.poll(() => hosts(page), { timeout: 20_000 }).toEqual({ old: 0, now: 1 });
    await expect.poll(() => stepShown(page), { timeout: 20_000 }).toBe(before);
  });
});
