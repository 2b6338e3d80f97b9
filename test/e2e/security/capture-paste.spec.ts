// The "too many" path (issue 32.2), in Chromium and Firefox through the Driver: after the
// merchant's Create click a page script shows more key-shaped values than a question can list;
// the panel says so and asks the merchant to copy the key they created and paste it into the
// panel's field. The paste is checked like a capture (the background's schema for the recipe,
// kept in storage.session only, shown masked) and never enters the field's DOM; junk pasted is
// refused with a message and changes nothing (the control).
import type { Tab } from '../support/driver';
import { expect as baseExpect, test } from '../support/driver-fixtures';
import { acceptOffer, captured, heldVault, vaultJson } from '../support/flows';

const CREATE_KLAVIYO = 'https://www.klaviyo.com/create-private-api-key';
const FIELD = { role: 'textbox', name: /Paste the Klaviyo key/, in: 'panel' } as const;

/** In the page: once the merchant's key shows, it is hidden a moment while 20 key-shaped values
 * of the page's own show on screen (more than a question lists). */
function crowd() {
  const random = () =>
    Array.from(
      { length: 34 },
      () =>
        'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'[Math.floor(Math.random() * 56)],
    ).join('');
  document.addEventListener('DOMContentLoaded', () => {
    const watch = new MutationObserver(() => {
      const secret = document.querySelector<HTMLElement>('code.secret');
      if (!secret) return;
      watch.disconnect();
      secret.style.opacity = '0';
      const near = document.createElement('div');
      near.className = 'planted';
      near.style.cssText =
        'position:fixed;left:8px;top:8px;z-index:5;background:#fff;color:#000;font-size:12px;columns:2';
      for (let i = 0; i < 20; i++) {
        const code = document.createElement('code');
        code.textContent = `pk_${random()}`;
        near.append(code, document.createElement('br'));
      }
      document.body.append(near);
      setTimeout(() => {
        secret.style.opacity = '1';
      }, 700);
    });
    watch.observe(document.body, { childList: true, subtree: true });
  });
}

async function tooMany(tab: Tab) {
  await tab.addInitScript(crowd, undefined);
  await tab.goto(CREATE_KLAVIYO);
  await acceptOffer(tab);
  await tab.fill('Private API Key Name', 'UpstackData');
  await tab.click({ role: 'radio', name: /Full Access Key/ });
  await tab.click({ role: 'button', name: 'Create', exact: true, in: { css: 'form' } });
  await baseExpect
    .poll(() => tab.status('panel'), { timeout: 20_000 })
    .toContain('More than 16 values that look like a Klaviyo key');
}

/** The merchant copies `what` with the keyboard (the page's text selected, Ctrl+C), then pastes
 * it into the panel's field (Ctrl+V): the browser's own trusted paste. */
async function copyAndPaste(tab: Tab, what: 'key' | 'junk') {
  await tab.evaluate(
    (css) => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector(css) as Element);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    },
    what === 'key' ? 'code.secret' : 'h1, h2, label',
  );
  await tab.press('Control+C');
  await tab.focus(FIELD);
  await tab.press('Control+V');
}

/** Whether any field in the page or its open shadow roots holds `value` (the panel's among them). */
const anyFieldHolds = (tab: Tab, value: string) =>
  tab.evaluate((v) => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    return roots.some((root) =>
      [...root.querySelectorAll('input, textarea')].some((f) =>
        (f as HTMLInputElement).value.includes(v),
      ),
    );
  }, value);

test.describe('in Chromium and Firefox', { tag: '@firefox' }, () => {
  const expect = baseExpect.configure({ timeout: 20_000 });

  test('too many on screen: the merchant pastes the key they created, and it is captured', async ({
    driver,
  }) => {
    const tab = driver.tab;
    await tooMany(tab);
    expect(await vaultJson(driver), 'nothing is kept before the paste').toBe('{}');
    expect(await tab.count(FIELD)).toBe(1);
    const { created } = await tab.sandboxState<{ created: { key: string }[] }>();
    const key = created.at(-1)?.key ?? '';
    expect(key.startsWith('pk_')).toBe(true);
    await copyAndPaste(tab, 'key');
    await captured(tab, 'Klaviyo');
    const kept = await heldVault(driver);
    expect(kept.includes(`"${key}"`), 'the vault holds the merchant key').toBe(true);
    expect((await tab.text('panel')).includes(key), 'the panel shows the key masked').toBe(false);
    expect(await anyFieldHolds(tab, key), 'no field holds the pasted key').toBe(false);
    const { local, sync } = await driver.storage();
    expect(JSON.stringify([local, sync]).includes(key), 'only storage.session').toBe(false);
  });

  test('control: junk pasted is refused with a message, and nothing changes', async ({
    driver,
  }) => {
    const tab = driver.tab;
    await tooMany(tab);
    await copyAndPaste(tab, 'junk');
    await expect
      .poll(() => tab.text('panel'))
      .toContain('That is not a Klaviyo key that can be used');
    expect(await tab.status('panel')).toContain('More than 16 values that look like a Klaviyo key');
    expect(await tab.count(FIELD), 'the field is still there to paste the key').toBe(1);
    expect(await vaultJson(driver), 'nothing is kept').toBe('{}');
    // Typed, not pasted: not taken either, and said so.
    await tab.type('pk_typed');
    await expect
      .poll(() => tab.text('panel'))
      .toContain('what is typed or dropped here is not taken');
    expect(await anyFieldHolds(tab, 'pk_typed'), 'typing leaves the field empty').toBe(false);
    expect(await vaultJson(driver), 'nothing is kept').toBe('{}');
  });
});
