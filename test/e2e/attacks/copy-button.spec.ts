// Attack: a Copy button outside the dialog that shows the key. A page script (a support widget)
// shows its own dialog, open before the merchant's click, with a "Copy" button whose
// `data-clipboard-text` holds a value of Omnisend's key shape. After the merchant's own key is
// captured, the merchant clicks the widget's Copy: that value must not reach the capture, and
// the key already held must stay (no "which key?" question, nothing dropped). The same when the
// widget adds its Copy button only once the key is shown (a subtree added after the click, but
// in a dialog that was open before it and that the merchant did not press Create in).
import { expect, test } from '../fixtures';
import { fillUpstack, START } from '../flows';
import { acceptOffer, sandboxState, status, storageDump, vaultEntries } from '../helpers';

/** Of Omnisend's key shape: 64 letters and digits, '-', 10 more. */
const PLANTED = `${'Pl4ntedByTheWidget'.repeat(4).slice(0, 64)}-W1dget0000`;

/** The widget, first in the page (so that it is the first dialog the page holds). */
function supportWidget({ planted, late }: { planted: string; late: boolean }) {
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

for (const late of [false, true]) {
  test(`the widget's Copy button${late ? ', added after the click,' : ''} feeds nothing to the capture: the merchant's key stays`, async ({
    context,
    page,
    background,
  }) => {
    await page.addInitScript(supportWidget, { planted: PLANTED, late });
    await page.goto(START.omnisend);
    const widget = page.getByRole('dialog', { name: 'Support chat' });
    await expect(widget).toBeVisible();
    await acceptOffer(page);
    await page.getByRole('button', { name: '+ Create API key' }).click();
    const form = page.getByRole('dialog', { name: 'Create API key' });
    await expect(form.getByLabel('Name')).toHaveValue('UpstackData');
    await form.getByRole('button', { name: 'Create API key' }).click();
    await expect(status(page)).toHaveText('Omnisend key captured');
    const [created] = (await sandboxState(page)).created;
    const key = created?.key ?? '';
    expect(key).not.toBe('');

    // The merchant's click on the widget's Copy, while the capture is still armed.
    await widget.getByRole('button', { name: 'Copy', exact: true }).click();
    await page.waitForTimeout(1500);
    await expect(status(page)).toHaveText('Omnisend key captured');
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
