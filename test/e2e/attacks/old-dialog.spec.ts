// Attack: a dialog that was open before the merchant's click is no place the new key opened in.
// A page script's support widget (`role=dialog`, open from the page's load) shows a
// `<code>` "support code"; after the merchant's own key is captured, the script rewrites it to
// a value of Omnisend's key shape, or adds a new `<code>` holding one. Omnisend's shape is loose (no fixed prefix), so it counts
// only in what opened after the click: the widget's value must not reach the capture.
import { expect, test } from '../fixtures';
import { fillUpstack, START } from '../flows';
import { acceptOffer, sandboxState, status, storageDump, vaultEntries } from '../helpers';

/** Of Omnisend's key shape: 64 letters and digits, '-', 10 more. */
const PLANTED = `${'Supp0rtWidgetC0de'.repeat(4).slice(0, 64)}-W1dget1111`;

function supportWidget({ planted, how }: { planted: string; how: 'rewrite' | 'add' }) {
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
    // Once the app's key dialog shows, the widget shows its own value of the key's shape.
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

for (const how of ['rewrite', 'add'] as const) {
  test(`a key-shaped value the widget shows after the click is not captured (${how})`, async ({
    context,
    page,
    background,
  }) => {
    await page.addInitScript(supportWidget, { planted: PLANTED, how });
    await page.goto(START.omnisend);
    const widget = page.getByRole('dialog', { name: 'Support chat' });
    await expect(widget).toContainText('Support code: loading');
    await acceptOffer(page);
    await page.getByRole('button', { name: '+ Create API key' }).click();
    const form = page.getByRole('dialog', { name: 'Create API key' });
    await expect(form.getByLabel('Name')).toHaveValue('UpstackData');
    await form.getByRole('button', { name: 'Create API key' }).click();
    await expect(status(page)).toHaveText('Omnisend key captured');
    await expect(widget.locator('code')).toHaveText(/^[A-Za-z0-9]{64}-/);
    await page.waitForTimeout(1500); // a later question would show by now
    await expect(status(page)).toHaveText('Omnisend key captured');
    const [created] = (await sandboxState(page)).created;
    const key = created?.key ?? '';
    expect(key).not.toBe('');
    const kept = JSON.stringify(vaultEntries((await storageDump(background)).session));
    expect(kept.includes(key), 'the vault holds the merchant key').toBe(true);
    expect(kept.includes(PLANTED), 'the vault holds the planted value').toBe(false);

    const upstack = await fillUpstack(context, page, 'Omnisend');
    const { fields } = await sandboxState(upstack);
    expect(fields['API key'] === key, 'the Upstack form holds the merchant key').toBe(true);
    expect(JSON.stringify(fields).includes(PLANTED), 'the form holds the planted value').toBe(
      false,
    );
  });
}
