// Attacks on the capture, in Chromium and Firefox through the Driver: a second key from another
// tab (never a silent replacement), and a support widget's key-shaped value (its Copy button, or
// a value it shows in a dialog open before the merchant's click) that must not reach the capture.
import type { Driver, Tab } from '../support/driver';
import { expect as baseExpect, test } from '../support/driver-fixtures';
import { acceptOffer, captured, fillUpstack, heldVault, vaultJson } from '../support/flows';
import { START } from '../support/start';
import { captureKlaviyo, formFields } from '../support/upstack-panel';

// Runs in Firefox too: the Firefox project selects the tag.
test.describe('in Chromium and Firefox', { tag: '@firefox' }, () => {
  const expect = baseExpect.configure({ timeout: 20_000 });

  const CREATE_KLAVIYO = 'https://www.klaviyo.com/create-private-api-key';

  async function createKlaviyoKeyByHand(tab: Tab) {
    await tab.fill('Private API Key Name', 'UpstackData');
    await tab.click({ role: 'radio', name: /Full Access Key/ });
    await tab.click({ role: 'button', name: 'Create', exact: true, in: { css: 'form' } });
  }

  async function lastCreated(tab: Tab) {
    const { created } = await tab.sandboxState<{ created: { key: string }[] }>();
    return created.at(-1)?.key ?? '';
  }

  // A key already held is never silently replaced by a capture from another tab: the merchant is
  // asked, with both keys masked, and decides.
  test('a second key from another tab waits for the merchant, who keeps or replaces the held one', async ({
    driver,
  }) => {
    const first = await captureKlaviyo(driver.tab);

    const other = await driver.newTab();
    await other.goto(CREATE_KLAVIYO);
    await acceptOffer(other);
    await createKlaviyoKeyByHand(other);
    const second = await lastCreated(other);
    expect(second).not.toBe('');
    await expect.poll(() => other.status('panel')).toContain('is already held');
    const question = await other.status('panel');
    expect(question.includes(first.slice(-4)), 'the question shows the held key masked').toBe(true);
    expect((await heldVault(driver)).includes(first), 'the vault holds the first key').toBe(true);
    expect((await vaultJson(driver)).includes(second), 'the vault holds the second key').toBe(
      false,
    );

    await other.click({ role: 'button', name: /Keep the held key/, in: 'panel' });
    await expect.poll(() => other.status('panel')).toBe('Klaviyo key captured');
    expect((await vaultJson(driver)).includes(first), 'the vault holds the first key').toBe(true);

    // Asked again (one more new key), the merchant takes the new key this time.
    await other.goto(CREATE_KLAVIYO);
    await createKlaviyoKeyByHand(other);
    await expect.poll(() => other.status('panel')).toContain('is already held');
    const third = await lastCreated(other);
    expect(third).not.toBe('');
    await other.click({ role: 'button', name: /Use the key shown here/, in: 'panel' });
    await expect.poll(() => other.status('panel')).toBe('Klaviyo key captured');
    await expect.poll(async () => (await vaultJson(driver)).includes(third)).toBe(true);
  });

  /** Of Omnisend's key shape: 64 letters and digits, '-', 10 more. */
  const PLANTED_COPY = `${'Pl4ntedByTheWidget'.repeat(4).slice(0, 64)}-W1dget0000`;
  const PLANTED_CODE = `${'Supp0rtWidgetC0de'.repeat(4).slice(0, 64)}-W1dget1111`;

  /** In the page, first in it (the first dialog the page holds): a support widget with a "Copy"
   * button whose `data-clipboard-text` is a value of the key's shape, there from the load or added
   * only once the app's key dialog shows. */
  function copyWidget({ planted, late }: { planted: string; late: boolean }) {
    document.addEventListener('DOMContentLoaded', () => {
      const widget = document.createElement('div');
      widget.setAttribute('role', 'dialog');
      widget.setAttribute('aria-label', 'Support chat');
      widget.style.cssText =
        'position:fixed;right:16px;bottom:16px;width:260px;padding:12px;background:#fff;border:1px solid #888;z-index:10';
      const text = document.createElement('p');
      text.textContent = 'Need help? Copy your support code and paste it in the chat.';
      const copy = document.createElement('button');
      copy.type = 'button';
      copy.textContent = 'Copy';
      copy.setAttribute('data-clipboard-text', planted);
      widget.append(text);
      document.body.prepend(widget);
      if (!late) return widget.append(copy);
      const shown = new MutationObserver(() => {
        if (!document.querySelector('[role=dialog][aria-labelledby=key-title]')) return;
        shown.disconnect();
        widget.append(copy);
      });
      shown.observe(document.body, { childList: true, subtree: true });
    });
  }

  /** In the page: a support widget open from the load shows a `<code>` "support code"; once the
   * app's key dialog shows, it rewrites it to a value of the key's shape, or adds a new `<code>`
   * holding one. */
  function codeWidget({ planted, how }: { planted: string; how: 'rewrite' | 'add' }) {
    document.addEventListener('DOMContentLoaded', () => {
      const widget = document.createElement('div');
      widget.setAttribute('role', 'dialog');
      widget.setAttribute('aria-label', 'Support chat');
      widget.style.cssText =
        'position:fixed;right:16px;bottom:16px;width:600px;padding:12px;background:#fff;border:1px solid #888;z-index:10';
      const code = document.createElement('code');
      code.textContent = 'Support code: loading';
      widget.append(code);
      document.body.append(widget);
      const shown = new MutationObserver(() => {
        if (!document.querySelector('[role=dialog][aria-labelledby=key-title]')) return;
        shown.disconnect();
        setTimeout(() => {
          if (how === 'rewrite') code.textContent = planted;
          else {
            const added = document.createElement('code');
            added.textContent = planted;
            code.replaceWith(added);
          }
        }, 300);
      });
      shown.observe(document.body, { childList: true, subtree: true, attributes: true });
    });
  }

  /** The merchant's Omnisend key, created with the guide (the widget in the page); returns it. */
  async function createOmnisendKey(tab: Tab) {
    await tab.goto(START.omnisend);
    await expect.poll(() => tab.count({ role: 'dialog', name: 'Support chat' })).toBe(1);
    await acceptOffer(tab);
    await tab.click({ role: 'button', name: '+ Create API key' });
    const dialog = { dialog: 'Create API key' };
    await expect.poll(() => tab.value('Name', dialog)).toBe('UpstackData');
    await tab.click({ role: 'button', name: 'Create API key', in: dialog });
    await captured(tab, 'Omnisend');
    const key = await lastCreated(tab);
    expect(key).not.toBe('');
    return key;
  }

  /** The vault and then the Upstack form hold the merchant's key, nothing of the planted value. */
  async function onlyTheMerchantsKey(driver: Driver, key: string, planted: string) {
    const kept = await heldVault(driver);
    expect(kept.includes(key), 'the vault holds the merchant key').toBe(true);
    expect(kept.includes(planted), 'the vault holds the planted value').toBe(false);
    const fields = await formFields(await fillUpstack(driver, 'omnisend'));
    expect(fields['API key'] === key, 'the Upstack form holds the merchant key').toBe(true);
    expect(JSON.stringify(fields).includes(planted), 'the form holds the planted value').toBe(
      false,
    );
  }

  // Attack: a Copy button outside the dialog that shows the key. After the merchant's own key is
  // captured, the merchant clicks the widget's Copy: its value must not reach the capture, and the
  // key already held must stay (no "which key?" question, nothing dropped). The same when the
  // widget adds its Copy button only once the key is shown (a subtree added after the click, but
  // in a dialog that was open before it and that the merchant did not press Create in).
  for (const late of [false, true]) {
    test(`the widget's Copy button${late ? ', added after the click,' : ''} feeds nothing to the capture: the merchant's key stays`, async ({
      driver,
    }) => {
      const tab = driver.tab;
      await tab.addInitScript(copyWidget, { planted: PLANTED_COPY, late });
      const key = await createOmnisendKey(tab);
      // The merchant's click on the widget's Copy, while the capture is still armed.
      await tab.click({
        role: 'button',
        name: 'Copy',
        exact: true,
        in: { dialog: 'Support chat' },
      });
      await tab.wait(1500);
      expect(await tab.status('panel')).toBe('Omnisend key captured');
      await onlyTheMerchantsKey(driver, key, PLANTED_COPY);
    });
  }

  // Attack: a dialog open before the merchant's click is no place the new key opened in. Omnisend's
  // shape is loose (no fixed prefix), so it counts only in what opened after the click: the
  // widget's value, rewritten or added after the click, must not reach the capture.
  for (const how of ['rewrite', 'add'] as const) {
    test(`a key-shaped value the widget shows after the click is not captured (${how})`, async ({
      driver,
    }) => {
      const tab = driver.tab;
      await tab.addInitScript(codeWidget, { planted: PLANTED_CODE, how });
      const key = await createOmnisendKey(tab);
      await expect
        .poll(() =>
          tab.evaluate(
            () => document.querySelector('[aria-label="Support chat"] code')?.textContent ?? '',
            undefined,
          ),
        )
        .toMatch(/^[A-Za-z0-9]{64}-/);
      await tab.wait(1500); // a later question would show by now
      expect(await tab.status('panel')).toBe('Omnisend key captured');
      await onlyTheMerchantsKey(driver, key, PLANTED_CODE);
    });
  }
});
