// The Fill frame's contract with the page around it: the page sees the frame's messages but
// cannot speak for it, can show only our own texts in it, and the frame loads on any HTTPS
// dashboard (the merchant's own origin from the options is not known when the extension is
// built).
import type { Tab } from '../support/driver';
import { expect as driverExpect, test as driverTest } from '../support/driver-fixtures';
import { expect, test } from '../support/fixtures';
import { FILL } from '../support/flows';
import {
  captureKlaviyo,
  fillButton,
  fillPanel,
  fillStatus,
  heldEntry,
  sandboxState,
  storageDump,
} from '../support/helpers';
import { expectNothingFilled, expectOwnFillFills, formWithKey } from '../support/upstack-panel';

const FORM = 'https://app.upstackdata.com/destinations/new/klaviyo';

test('the page cannot speak for the frame, and can show only our own texts in it', async ({
  context,
  page,
  background,
}) => {
  const key = await captureKlaviyo(page);
  const upstack = await context.newPage();
  await upstack.goto(FORM);
  await expect(fillButton(upstack)).toBeEnabled();
  const entry = await heldEntry(background, 'klaviyo');
  await upstack.evaluate((id) => {
    // A Fill message in the frame's words, with the real entry id (a page hears the frame's own
    // messages to its parent), from the page's window and into the frame's.
    window.postMessage({ type: 'fill', entry: id }, '*');
    const frame = document.querySelector('upstack-key-assist')?.shadowRoot?.querySelector('iframe');
    frame?.contentWindow?.postMessage({ type: 'note', code: 'Pay here: evil.test' }, '*');
    frame?.contentWindow?.postMessage({ type: 'note', code: 'done', text: 'Saved!' }, '*');
  }, entry);
  await upstack.waitForTimeout(1000);
  expect((await sandboxState(upstack)).fields['Private API key'] ?? '').toBe('');
  expect((await storageDump(background)).session['vault:klaviyo']).toMatchObject({
    state: 'captured',
  });
  await expect(fillStatus(upstack)).toHaveText('Klaviyo key ready to fill');
  // A well-formed note is ours to show: the page can pick one of our texts, no more.
  await upstack.evaluate(() => {
    const frame = document.querySelector('upstack-key-assist')?.shadowRoot?.querySelector('iframe');
    frame?.contentWindow?.postMessage({ type: 'note', code: 'formGone' }, '*');
  });
  await expect(fillStatus(upstack)).toHaveText('The Klaviyo form is no longer on this page.');
  await expect(fillPanel(upstack)).not.toContainText(key);
});

test('the frame loads on any HTTPS page that has its address, and there says only that the page opened it', async ({
  context,
  page,
  extensionId: id,
}) => {
  await captureKlaviyo(page);
  const upstack = await context.newPage();
  await upstack.goto(FORM);
  await expect(fillButton(upstack)).toBeVisible();
  const src = await upstack.evaluate(
    () => document.querySelector('upstack-key-assist')?.shadowRoot?.querySelector('iframe')?.src,
  );
  // Chrome's per-session address (use_dynamic_url), not the extension's id: no page can probe
  // for the extension by a fixed address.
  expect(new URL(src ?? 'about:blank').host).not.toBe(id);
  expect(src).toMatch(/^chrome-extension:\/\/[\w-]+\/fill\.html\?provider=klaviyo$/);

  // Loaded (the merchant's own dashboard origin is not known when the extension is built), but
  // without the handshake of the content script that mounts it: no key state, nothing to press.
  const other = await context.newPage();
  await other.goto('https://example.com/');
  await other.evaluate((url) => {
    const frame = document.createElement('iframe');
    frame.src = url;
    frame.title = 'Upstack Key Assist';
    frame.style.cssText = 'width:320px;height:240px;border:0';
    document.body.append(frame);
  }, src ?? '');
  const panel = other.frameLocator('iframe').getByRole('dialog', { name: 'Upstack Key Assist' });
  await expect(panel.getByRole('status')).toHaveText(/not opened by Upstack Key Assist/);
  await other.waitForTimeout(1000);
  await expect(panel).not.toContainText('Klaviyo');
  await expect(other.frameLocator('iframe').getByRole('button')).toHaveCount(0);
});

// Issue 32.5, in Chromium and Firefox: the frame posts nothing (not even its size) to a parent
// that the Upstack content script's handshake did not prove, and says why it shows nothing.
driverTest.describe(
  'the frame talks only to the Upstack page that mounted it, in Chromium and Firefox',
  {
    tag: '@firefox',
  },
  () => {
    const expect = driverExpect.configure({ timeout: 20_000 });
    /** What the page's own window hears: every message event, by its data's type. */
    const HEAR = `window.__heard = [];
    addEventListener('message', (event) => window.__heard.push(String(event.data?.type)));`;
    const heard = (tab: Tab) =>
      tab.evaluate(() => (window as unknown as { __heard: string[] }).__heard, undefined);
    const frameSrc = (tab: Tab) =>
      tab.evaluate(
        () =>
          document.querySelector('upstack-key-assist')?.shadowRoot?.querySelector('iframe')?.src ??
          '',
        undefined,
      );

    driverTest(
      'a third-party page that frames the Fill page hears nothing from it',
      async ({ driver }) => {
        const { key, upstack } = await formWithKey(driver, HEAR);
        // The control: the Upstack page's own window does hear the frame's messages to it.
        expect((await heard(upstack)).includes('size'), 'the dashboard heard the frame').toBe(true);
        const src = await frameSrc(upstack);
        expect(/^(chrome|moz)-extension:\/\/[^/]+\/fill\.html\?provider=klaviyo$/.test(src)).toBe(
          true,
        );

        // Any https page that learnt the address (a script on the dashboard can read it) frames it,
        // named as the dashboard names it, and listens.
        const FRAMER = 'https://framer.evil.test/';
        await driver.serve(
          FRAMER,
          `<!doctype html><title>Framer</title><script>${HEAR}</script>` +
            `<upstack-key-assist></upstack-key-assist>`,
        );
        const other = await driver.newTab();
        await other.goto(FRAMER);
        await other.evaluate((url) => {
          const frame = document.createElement('iframe');
          frame.src = url;
          frame.style.cssText = 'width:320px;height:240px;border:0';
          document.querySelector('upstack-key-assist')?.append(frame);
        }, src);
        await expect
          .poll(() => other.status('fillPanel'))
          .toMatch(/not opened by Upstack Key Assist/);
        await other.wait(2000);
        expect(await heard(other)).toEqual([]);
        expect(await other.count({ role: 'button', in: 'fillPanel' })).toBe(0);
        expect((await other.text('fillPanel')).includes('Klaviyo')).toBe(false);

        // The merchant's own Fill on the dashboard still fills.
        await expectOwnFillFills(upstack, key);
      },
    );

    driverTest(
      'a Fill frame the page re-points fills nothing and says the page opened it',
      async ({ driver }) => {
        const { key, upstack } = await formWithKey(driver);
        await upstack.evaluate(() => {
          const frame = document
            .querySelector('upstack-key-assist')
            ?.shadowRoot?.querySelector('iframe');
          if (frame) frame.src = `${frame.src}`; // the page loads the frame's document again
        }, undefined);
        await expect
          .poll(() => upstack.status('fillPanel'))
          .toMatch(/not opened by Upstack Key Assist/);
        await upstack.wait(1000);
        expect(await upstack.count(FILL)).toBe(0);
        // The true reason: the key is still held, and nothing says otherwise.
        expect((await upstack.text('fillPanel')).includes('No Klaviyo key')).toBe(false);
        await expectNothingFilled(driver, upstack, key);

        // The merchant reloads the dashboard, as the panel says: their own Fill fills.
        await upstack.goto(FORM);
        await expect.poll(() => upstack.status('fillPanel')).toContain('ready to fill');
        await upstack.wait(700);
        await expectOwnFillFills(upstack, key);
      },
    );
  },
);
