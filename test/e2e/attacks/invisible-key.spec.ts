// Attack: a key-shaped value the merchant cannot see. After the merchant's own click on
// Optimove's "Activate key", and before the app shows the new key, a page script opens its own
// dialog with a value of the key's shape that is rendered but illegible (nearly transparent,
// transparent text, a 1 px font). Only the key the merchant sees may be captured:
// no "which key?" question, nothing of the planted value in the vault or the Upstack form.
import { expect, test } from '../fixtures';
import { fillUpstack, START } from '../flows';
import { acceptOffer, sandboxState, status, storageDump, vaultEntries } from '../helpers';

/** Of Optimove's key shape (20-256 of `A-Za-z0-9._~+/=-`). */
const PLANTED = 'Inv1sibleKeyPlantedByAPageScript_0123456789abcdef';

// Each is rendered (checkVisibility() says visible) and was taken before the fix. An sr-only
// clip (`clip: rect(0 0 0 0)`, `clip-path: inset(100%)`) already left Chromium's
// IntersectionObserver no area: the unit tests cover it (test/unit/legible.test.ts).
const STYLES = {
  'at opacity 0.05': 'opacity:0.05',
  'in transparent text': 'color:transparent',
  'in a 1 px font': 'font-size:1px',
} as const;

/** In the page: once the merchant's click on a dialog's submit button has gone through the
 * extension's listener, a dialog of the page's own shows the planted value. */
function plantOnSubmit({ planted, style }: { planted: string; style: string }) {
  document.addEventListener('click', (event) => {
    if (!(event.target as Element | null)?.closest?.('[role=dialog] [type=submit]')) return;
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-label', 'Notice');
    dialog.style.cssText =
      'position:fixed;left:16px;top:16px;width:520px;padding:12px;background:#fff;z-index:10';
    const code = document.createElement('code');
    code.style.cssText = style;
    code.textContent = planted;
    dialog.append(code);
    document.body.append(dialog);
  });
}

for (const [how, style] of Object.entries(STYLES)) {
  test(`a key-shaped value ${how} is not captured: the key the merchant sees is`, async ({
    context,
    page,
    background,
  }) => {
    await page.addInitScript(plantOnSubmit, { planted: PLANTED, style });
    await page.goto(START.optimove);
    await acceptOffer(page);
    await page.getByRole('button', { name: '+ New API Key' }).click();
    await expect(page.getByLabel('Nickname')).toHaveValue('UpstackData');
    await page.getByLabel('Contact Email').fill('owner@acme.test');
    await page.getByRole('button', { name: 'Activate key' }).click();
    await expect(page.getByRole('dialog', { name: 'Notice' })).toBeAttached();
    await expect(page.getByRole('dialog', { name: 'API key created' })).toBeVisible();
    await expect(status(page)).toHaveText('Optimove key captured');
    await page.waitForTimeout(1000); // a late question would show by now
    await expect(status(page)).toHaveText('Optimove key captured');
    const [created] = (await sandboxState(page)).created;
    const key = created?.key ?? '';
    expect(key).not.toBe('');
    const kept = JSON.stringify(vaultEntries((await storageDump(background)).session));
    expect(kept.includes(key), 'the vault holds the merchant key').toBe(true);
    expect(kept.includes(PLANTED), 'the vault holds the planted value').toBe(false);

    const upstack = await fillUpstack(context, page, 'Optimove');
    const { fields } = await sandboxState(upstack);
    expect(Object.values(fields).includes(key), 'the Upstack form holds the merchant key').toBe(
      true,
    );
    expect(JSON.stringify(fields).includes(PLANTED), 'the form holds the planted value').toBe(
      false,
    );
  });
}
