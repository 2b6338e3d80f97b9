/// <reference types="chrome" />
// Proofs that a captured key goes nowhere but the Upstack form: not to the profile's files,
// storage.local/sync, any console, any URL or any error message, and that the page it is
// shown on, or filled into, cannot take it or plant one.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { flows, type ProviderId } from '../support/chromium-flows';
import { expect, test } from '../support/fixtures';
import {
  acceptOffer,
  captureKlaviyo,
  fillButton,
  fillStatus,
  frameReportsFill,
  heldEntry,
  KLAVIYO_API_KEYS,
  panel,
  sandboxState,
  status,
  storageDump,
  throughWizard,
  vaultEntries,
} from '../support/helpers';
import { mentions, scanFolder, watch } from '../support/leaks';

const SESSIONS = /^Default[/\\]Sessions[/\\]/;
/** The hosts a provider's key check may send it to (the manifest's host permissions). */
const CHECK_HOSTS: Record<ProviderId, string[]> = {
  klaviyo: ['a.klaviyo.com'],
  omnisend: ['api.omnisend.com'],
  optimove: [],
  dotdigital: ['r1-api.dotdigital.com'],
};

/**
 * Chromium's own memory of the forms on open pages: session restore keeps their text inputs
 * (never password inputs), and autofill and the password manager's statistics keep the text
 * fields of a form the provider's page submits. They hold what the merchant would have typed by
 * hand; a secret must not be there, an identifier (Dotdigital's API user) may.
 */
const CHROMIUM_FORM_MEMORY = /^Default[/\\](Sessions[/\\]|Web Data$|Login Data$)/;

for (const provider of Object.keys(flows) as ProviderId[]) {
  test(`after the ${provider} flow the key is in no file, storage, console, URL or request but its check`, async ({
    context,
    page,
    background,
    userDataDir,
  }, testInfo) => {
    const seen = await watch(context, background);
    const { secrets, identifiers, upstack } = await flows[provider](context, page);
    const credential = [...secrets, ...identifiers];
    expect(Object.values((await sandboxState(upstack)).fields)).toEqual(
      expect.arrayContaining(credential),
    );
    const stored = await storageDump(background);
    expect(mentions(JSON.stringify(stored.local), credential)).toBe(false);
    expect(mentions(JSON.stringify(stored.sync), credential)).toBe(false);
    expect(mentions(JSON.stringify(stored.session), credential)).toBe(false); // filled: forgotten

    await upstack.evaluate(() => console.log('watch-probe'));
    await expect.poll(() => seen.output.join()).toContain('watch-probe'); // the watch hears
    expect(seen.output.filter((line) => mentions(line, credential))).toEqual([]);
    for (const request of seen.requests) {
      expect(mentions(request.url(), credential)).toBe(false);
      expect(mentions(request.postData() ?? '', credential)).toBe(false);
      if (mentions(JSON.stringify(request.headers()), credential))
        expect(CHECK_HOSTS[provider]).toContain(new URL(request.url()).host);
    }

    await context.close(); // Chromium writes what it keeps to disk as it shuts down
    const scan = (values: string[]) => [
      ...scanFolder(userDataDir, values),
      ...scanFolder(testInfo.outputDir, values).map((f) => ({ ...f, file: `output/${f.file}` })),
    ];
    const sessionRestore = scan(secrets).filter((f) => SESSIONS.test(f.file));
    const identifierCopies = scan(identifiers);
    testInfo.annotations.push(
      {
        type: 'secret: session restore copies',
        description:
          sessionRestore.map((f) => `${f.file} (${f.form}) x${f.count}`).join(', ') || 'none',
      },
      {
        type: 'identifier: copies in Chromium form memory',
        description:
          identifierCopies.map((f) => `${f.file} (${f.form}) x${f.count}`).join(', ') || 'none',
      },
    );
    expect(scan(secrets).filter((f) => !SESSIONS.test(f.file))).toEqual([]);
    expect(identifierCopies.filter((f) => !CHROMIUM_FORM_MEMORY.test(f.file))).toEqual([]);
  });
}

async function openUpstack(context: BrowserContext, page: Page): Promise<Page> {
  const [upstack] = await Promise.all([
    context.waitForEvent('page'),
    panel(page).getByRole('link', { name: 'Open Upstack Klaviyo destination' }).click(),
  ]);
  await throughWizard(upstack, 'Klaviyo');
  await expect(fillButton(upstack)).toBeVisible();
  return upstack;
}

/** Runs `expression` in the extension's isolated content-script world of `page`. */
async function inContentScript(context: BrowserContext, page: Page, expression: string) {
  const cdp = await context.newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  const world = worlds.find(
    (w) => w.auxData?.type === 'isolated' && w.origin.startsWith('chrome-extension://'),
  );
  if (!world) throw new Error('No content-script world on this page.');
  const { result } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  return result.value as unknown;
}

test.describe('forced errors never quote the key', () => {
  test('vault full: the key is refused with a message and nothing is kept', async ({
    context,
    page,
    background,
  }) => {
    const seen = await watch(context, background);
    // Fill the session area to its quota, leaving no room for an entry.
    await background.evaluate(async () => {
      const area = chrome.storage.session;
      const room = area.QUOTA_BYTES - (await area.getBytesInUse(null)) - 64;
      await area.set({ ballast: 'x'.repeat(room) });
    });
    await page.goto(KLAVIYO_API_KEYS);
    await acceptOffer(page);
    await page.getByRole('link', { name: 'Create Private API Key' }).click();
    await expect(page.getByRole('radio', { name: /Full Access Key/ })).toBeChecked();
    await page.locator('form').getByRole('button', { name: 'Create', exact: true }).click();
    await expect(status(page)).toContainText('Klaviyo key not accepted');
    await expect(status(page)).toContainText('could not be kept');
    const [created] = (await sandboxState(page)).created;
    const key = created?.key ?? '';
    expect(key).not.toBe('');
    expect(vaultEntries((await storageDump(background)).session)).toEqual({});
    expect(seen.output.filter((line) => mentions(line, [key]))).toEqual([]);
    expect(mentions(await panel(page).innerText(), [key])).toBe(false);
  });

  test('expired: the panel says so at once, and a Fill of the old entry fills nothing', async ({
    context,
    page,
    background,
  }) => {
    const seen = await watch(context, background);
    const key = await captureKlaviyo(page);
    const upstack = await openUpstack(context, page);
    const entry = await heldEntry(background, 'klaviyo');
    // Its time is up (as if ten minutes passed): the entry's expiry moves into the past.
    await background.evaluate(async () => {
      const { 'vault:klaviyo': entry } = await chrome.storage.session.get('vault:klaviyo');
      await chrome.storage.session.set({
        'vault:klaviyo': { ...(entry as object), expiresAt: Date.now() - 1 },
      });
    });
    await expect(fillStatus(upstack)).toHaveText(
      'The Klaviyo key was forgotten when its time limit passed.',
    );
    await expect(fillButton(upstack)).toHaveCount(0);
    // A Fill of the entry it showed before (a frame the change had not reached yet).
    await frameReportsFill(upstack, entry);
    await expect(fillStatus(upstack)).toHaveText('No Klaviyo key is held any more.');
    expect((await sandboxState(upstack)).fields['Private API key'] ?? '').toBe('');
    expect(mentions(JSON.stringify(await storageDump(background)), [key])).toBe(false);
    expect(seen.output.filter((line) => mentions(line, [key]))).toEqual([]);
  });

  test('wrong origin: the provider page itself cannot ask for the key', async ({
    context,
    page,
    background,
  }) => {
    const key = await captureKlaviyo(page);
    const entry = await heldEntry(background, 'klaviyo');
    // Even the extension's own content script, on a page that is not the Upstack dashboard,
    // naming the very entry held.
    const answer = await inContentScript(
      context,
      page,
      `chrome.runtime.sendMessage({ type: 'reveal', provider: 'klaviyo', entry: '${entry}' })`,
    );
    expect(answer).toEqual({
      ok: false,
      reason: 'Keys are filled only into the Upstack dashboard.',
    });
    expect(mentions(JSON.stringify(answer), [key])).toBe(false);
  });
});

/** What a script of the page itself tries, in the page's own world. */
async function pageAttacks(page: Page, extensionId: string, message: unknown) {
  return page.evaluate(
    async ({ extensionId, message }) => {
      const tried: string[] = [];
      window.postMessage(message, '*');
      window.dispatchEvent(new MessageEvent('message', { data: message }));
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome
        ?.runtime;
      if (typeof runtime?.sendMessage === 'function') {
        try {
          tried.push(
            JSON.stringify(
              await (runtime.sendMessage as (id: string, m: unknown) => Promise<unknown>)(
                extensionId,
                message,
              ),
            ),
          );
        } catch (error) {
          tried.push(`sendMessage threw: ${error}`);
        }
      } else tried.push('no chrome.runtime.sendMessage in the page');
      const host = document.querySelector('upstack-key-assist');
      for (const type of ['click', 'keydown', 'submit', 'upstack-key-assist:capture'])
        host?.dispatchEvent(
          new CustomEvent(type, { bubbles: true, composed: true, detail: message }),
        );
      for (const button of host?.shadowRoot?.querySelectorAll('button, a') ?? []) {
        (button as HTMLElement).click();
        button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      }
      await new Promise((r) => setTimeout(r, 500));
      const shadow = host?.shadowRoot;
      return {
        tried,
        visible: `${document.documentElement.outerHTML}${shadow?.innerHTML ?? ''}`,
        attributes: Array.from(shadow?.querySelectorAll('*') ?? [], (el) =>
          el.getAttributeNames().map((n) => el.getAttribute(n)),
        ).join(' '),
      };
    },
    { extensionId, message },
  );
}

test('a provider page cannot plant a key: forged messages and events store nothing', async ({
  page,
  background,
  extensionId,
}) => {
  await page.goto(KLAVIYO_API_KEYS);
  await acceptOffer(page);
  await expect(panel(page)).toContainText('Create Private API Key');
  const forged = `pk_${'F'.repeat(34)}`;
  const result = await pageAttacks(page, extensionId, {
    type: 'capture',
    provider: 'klaviyo',
    secret: { apiKey: forged },
  });
  expect(result.tried.join()).not.toContain('"ok":true');
  await page.waitForTimeout(500);
  expect(vaultEntries((await storageDump(background)).session)).toEqual({});
  await expect(panel(page)).toContainText('Create Private API Key'); // its clicks closed nothing
  await expect(status(page)).toHaveText('');
  await expect(panel(page)).not.toContainText('captured');
});

test('the Upstack page cannot take the key: only the merchant’s own click fills it', async ({
  context,
  page,
  background,
  extensionId,
}) => {
  const key = await captureKlaviyo(page);
  const upstack = await openUpstack(context, page);
  await upstack.evaluate(() => {
    // Anything the page could be handed: messages, events, DOM changes.
    (window as unknown as { heard: string[] }).heard = [];
    const heard = (window as unknown as { heard: string[] }).heard;
    window.addEventListener('message', (e) => heard.push(JSON.stringify(e.data)));
    new MutationObserver((records) =>
      heard.push(...records.map((r) => `${r.target.textContent} ${r.oldValue ?? ''}`)),
    ).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const result = await pageAttacks(upstack, extensionId, { type: 'reveal', provider: 'klaviyo' });
  expect(mentions(result.tried.join(), [key])).toBe(false);
  expect(mentions(result.visible, [key])).toBe(false);
  expect(mentions(result.attributes, [key])).toBe(false);
  expect(
    mentions(
      (await upstack.evaluate(() => (window as unknown as { heard: string[] }).heard)).join(),
      [key],
    ),
  ).toBe(false);
  // Untrusted clicks filled nothing and the key is still held for the merchant.
  expect((await sandboxState(upstack)).fields['Private API key'] ?? '').toBe('');
  expect((await storageDump(background)).session['vault:klaviyo']).toMatchObject({
    state: 'captured',
  });
  // The merchant's own click does fill it: the test above could have failed.
  await fillButton(upstack).click();
  await expect.poll(async () => (await sandboxState(upstack)).fields['Private API key']).toBe(key);
});

test.describe('the key goes only to its own provider’s form, over HTTPS', () => {
  test.use({ launchArgs: ['--disable-features=HttpsUpgrades'] });

  test('not to another provider’s form, not to plain http', async ({ context, page }) => {
    await captureKlaviyo(page);
    const omnisendForm = await context.newPage();
    await omnisendForm.goto('https://app.upstackdata.com/destinations/new/omnisend');
    await expect(fillStatus(omnisendForm)).toContainText('No Omnisend key');
    await expect(fillButton(omnisendForm)).toHaveCount(0);

    const plain = await context.newPage();
    await plain.goto('http://app.upstackdata.com/destinations/new/klaviyo');
    expect(plain.url()).toMatch(/^http:\/\//);
    await expect(plain.getByLabel('Private API key')).toBeVisible();
    await plain.waitForTimeout(1500);
    await expect(plain.locator('upstack-key-assist')).toHaveCount(0);
  });
});

/** The worker's own global, read with a time limit (a stopping worker may not answer). */
function nonceOf(worker: Worker): Promise<number | 'gone' | 'no answer'> {
  return Promise.race([
    worker.evaluate(() => (self as { nonce?: number }).nonce ?? ('gone' as const)),
    new Promise<'no answer'>((resolve) => setTimeout(() => resolve('no answer'), 2000)),
  ]);
}

/** Stops the extension's service worker from chrome://serviceworker-internals, as idling does. */
async function stopServiceWorker(context: BrowserContext, background: Worker) {
  await background.evaluate(() => {
    (self as { nonce?: number }).nonce = Math.random();
  });
  const internals = await context.newPage();
  await internals.goto('chrome://serviceworker-internals/');
  await internals
    .locator('.serviceworker-registration')
    .filter({ hasText: 'chrome-extension://' })
    .getByRole('button', { name: 'Stop' })
    .click();
  await internals.close();
}

/** The worker after the stop: proven new, because its global scope lost the nonce. */
async function restartedWorker(context: BrowserContext): Promise<Worker> {
  let found: Worker | undefined;
  await expect
    .poll(async () => {
      for (const worker of context.serviceWorkers())
        if ((await nonceOf(worker)) === 'gone') found = worker;
      return !!found;
    })
    .toBe(true);
  return found as Worker;
}

test.describe('the service worker stops between capture and fill', () => {
  test('fill still works from the restarted worker', async ({ context, page, background }) => {
    const key = await captureKlaviyo(page);
    await stopServiceWorker(context, background);
    const upstack = await openUpstack(context, page); // the Upstack page's message wakes it
    await restartedWorker(context);
    await fillButton(upstack).click();
    await expect
      .poll(async () => (await sandboxState(upstack)).fields['Private API key'])
      .toBe(key);
  });

  test('the time limit holds while it sleeps', async ({ context, page, background }) => {
    test.setTimeout(120_000);
    await background.evaluate(() => chrome.storage.sync.set({ settings: { ttlMinutes: 1 } }));
    const key = await captureKlaviyo(page);
    // "Captured" shows as the key appears; the background's write follows within milliseconds.
    let entry: { expiresAt: number } | undefined;
    await expect
      .poll(async () => {
        const stored = await background.evaluate(() => chrome.storage.session.get('vault:klaviyo'));
        entry = stored['vault:klaviyo'] as { expiresAt: number } | undefined;
        return entry !== undefined;
      })
      .toBe(true);
    const expiresAt = (entry as { expiresAt: number }).expiresAt;
    await page.goto('about:blank'); // no content script left to ask: only the alarm can wipe it
    await stopServiceWorker(context, background);
    await page.waitForTimeout(expiresAt - Date.now() + 3000);
    // The alarm woke a new worker, which wiped the key: nothing else has run since.
    const after = await (await restartedWorker(context)).evaluate(() =>
      chrome.storage.session.get(null),
    );
    expect(after['vault:klaviyo']).toMatchObject({ state: 'expired' });
    expect(mentions(JSON.stringify(after), [key])).toBe(false);
  });
});

test('the extension is reloaded mid-flow: the page keeps working and the guide comes back', async ({
  context,
  page,
  background,
}) => {
  // Chromium disables a reloaded unpacked extension unless developer mode is on, as it is for
  // anyone who reloads one by hand.
  const extensions = await context.newPage();
  await extensions.goto('chrome://extensions/');
  await extensions.getByRole('switch', { name: 'Developer mode' }).click();
  await expect(extensions.getByRole('switch', { name: 'Developer mode' })).toBeChecked();
  await extensions.close();
  const seen = await watch(context, background);
  await page.goto(KLAVIYO_API_KEYS);
  await acceptOffer(page);
  await page.getByRole('link', { name: 'Create Private API Key' }).click();
  await expect(page.getByRole('radio', { name: /Full Access Key/ })).toBeChecked();
  await background.evaluate(() => chrome.runtime.reload()).catch(() => {});
  await expect(page.locator('upstack-key-assist')).toHaveCount(0); // the old UI cleans up
  // The page's own app still works, and nothing threw in any world.
  await page.locator('form').getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.locator('main code')).toHaveText(/^pk_/);
  await page.waitForTimeout(500);
  expect(seen.errors).toEqual([]);
  // The new extension's loader on the next page load. The reload empties storage.session, but
  // the background restored the tab's running guide from its key-free record
  // (lib/background/guide-keep.ts): no offer, the guide at its step.
  await page.goto(KLAVIYO_API_KEYS);
  await expect(panel(page)).toContainText('Create Private API Key');
  await expect(status(page)).not.toContainText('with help?');
});
