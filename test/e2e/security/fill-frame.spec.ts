// The Fill frame's contract with the page around it: the page sees the frame's messages but
// cannot speak for it, can show only our own texts in it, and the frame loads on any HTTPS
// dashboard (the merchant's own origin from the options is not known when the extension is
// built).
import { expect, test } from '../support/fixtures';
import {
  captureKlaviyo,
  fillButton,
  fillPanel,
  fillStatus,
  heldEntry,
  sandboxState,
  storageDump,
} from '../support/helpers';

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

test('the frame loads on any HTTPS page that has its address, as on a dashboard of the merchant’s own', async ({
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

  const other = await context.newPage();
  await other.goto('https://example.com/');
  await other.evaluate((url) => {
    const frame = document.createElement('iframe');
    frame.src = url;
    frame.title = 'Upstack Key Assist';
    frame.style.cssText = 'width:320px;height:240px;border:0';
    document.body.append(frame);
  }, src ?? '');
  const dialog = other.frameLocator('iframe').getByRole('dialog', { name: 'Upstack Key Assist' });
  await expect(dialog.getByRole('status')).toHaveText('Klaviyo key ready to fill');
});
