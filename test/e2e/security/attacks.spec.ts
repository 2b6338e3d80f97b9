// Security attacks in Chromium and Firefox through the Driver: what a page script can read on the
// Upstack dashboard, a planted key the merchant cannot see, a key planted on another host of the
// provider, a second key made while the Upstack form is open (the Fill attacks are in
// fill-attacks.spec.ts, the capture's in capture-attacks.spec.ts, the dashboard's hosts in
// upstack-hosts.spec.ts).

import { expect, test } from '../support/driver-fixtures';
import {
  acceptOffer,
  captured,
  captures,
  fillUpstack,
  heldVault,
  openUpstack,
  vaultJson,
} from '../support/flows';
import { START } from '../support/start';

// Runs in Firefox too: the Firefox project selects the tag.
test.describe('in Chromium and Firefox', { tag: '@firefox' }, () => {
  /** Every run of `length` characters of `value`. */
  const windows = (value: string, length: number) =>
    Array.from({ length: value.length - length + 1 }, (_, i) => value.slice(i, i + length));

  test('a page script on the Upstack dashboard reads nothing of the Dotdigital password', async ({
    driver,
  }) => {
    const { secrets, identifiers } = await captures.dotdigital(driver.tab);
    const [password = '', email = ''] = [...secrets, ...identifiers];
    const local = email.slice('apiuser-'.length, email.indexOf('@'));
    const shownUser = `apiuser-…${local.slice(-4)}@apiconnector.com`;
    const upstack = await openUpstack(driver.tab, 'dotdigital');
    await expect.poll(() => upstack.text('fillPanel')).toContain(`${shownUser} ••••••••`);
    // What the page's own script can read: the Fill panel is a frame it cannot read; the
    // provider page's panel, an open shadow root, shows the same mask.
    const readable = await upstack.readableByPage();
    for (const piece of windows(password, 4)) expect(readable).not.toContain(piece);
    expect(readable).not.toContain(local.slice(0, -4));
    // There each masked part is named by its field's label.
    expect(await driver.tab.readableByPage()).toContain(
      `Dotdigital API user ${shownUser}, Dotdigital API user password ••••••••`,
    );
  });

  /** Of Optimove's key shape (20-256 of `A-Za-z0-9._~+/=-`). */
  const INVISIBLE = 'Inv1sibleKeyPlantedByAPageScript_0123456789abcdef';

  /** In the page: once the merchant's click on a dialog's submit button has gone through the
   * extension's listener, a dialog of the page's own shows the planted value, illegibly. */
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

  // Each is rendered (checkVisibility() says visible) and was taken before the fix. An sr-only
  // clip (`clip: rect(0 0 0 0)`, `clip-path: inset(100%)`) already left Chromium's
  // IntersectionObserver no area: the unit tests cover it (test/unit/legible.test.ts).
  for (const [how, style] of Object.entries({
    'at opacity 0.05': 'opacity:0.05',
    'in transparent text': 'color:transparent',
    'in a 1 px font': 'font-size:1px',
  })) {
    test(`a key-shaped value ${how} is not captured: the key the merchant sees is`, async ({
      driver,
    }) => {
      const tab = driver.tab;
      await tab.addInitScript(plantOnSubmit, { planted: INVISIBLE, style });
      await tab.goto(START.optimove);
      await acceptOffer(tab);
      await tab.click({ role: 'button', name: '+ New API Key' });
      await expect.poll(() => tab.value('Nickname'), { timeout: 15_000 }).toBe('UpstackData');
      await tab.fill('Contact Email', 'owner@acme.test');
      await tab.click({ role: 'button', name: 'Activate key' });
      await expect.poll(() => tab.count({ role: 'dialog', name: 'Notice' })).toBe(1);
      await captured(tab, 'Optimove');
      await tab.wait(1000); // a late question would show by now
      expect(await tab.status('panel')).toBe('Optimove key captured');
      const [created] = (await tab.sandboxState<{ created: { key: string }[] }>()).created;
      const key = created?.key ?? '';
      expect(key).not.toBe('');
      const kept = await heldVault(driver);
      expect(kept.includes(key), 'the vault holds the merchant key').toBe(true);
      expect(kept.includes(INVISIBLE), 'the vault holds the planted value').toBe(false);
      const upstack = await fillUpstack(driver, 'optimove');
      const { fields } = await upstack.sandboxState<{ fields: Record<string, string> }>();
      expect(Object.values(fields)).toContain(key);
      expect(JSON.stringify(fields)).not.toContain(INVISIBLE);
    });
  }

  const PLANTED = `plant${'Q7'.repeat(20)}`;
  const LANDING = 'https://landing.optimove.net/promo';
  const LANDING_PAGE = `<!doctype html><title>Optimove</title><main>
<h1>API Key Management</h1><p>Activate your free API add-on.</p>
<button type="button" id="activate">Activate key</button></main>
<script>
document.getElementById('activate').addEventListener('click', () => {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-label', 'Your API key');
  dialog.innerHTML = '<p>Your API key</p><input readonly size="60" value="${PLANTED}">';
  document.body.append(dialog);
});
</script>`;

  test("a key shown on another host of the provider never replaces the merchant's key", async ({
    driver,
  }) => {
    await driver.serve(LANDING, LANDING_PAGE);
    await captures.optimove(driver.tab);
    await expect.poll(() => vaultJson(driver)).toContain('acme.optimove.net');
    const held = await vaultJson(driver);

    const landing = await driver.newTab();
    await landing.goto(LANDING);
    await landing.click({ role: 'button', name: 'Activate key' });
    await expect.poll(() => landing.count({ role: 'dialog', name: 'Your API key' })).toBe(1);
    await landing.wait(1000); // a capture there would have reached the vault by now
    const session = await vaultJson(driver);
    expect(session).not.toContain(PLANTED);
    expect(session).toBe(held);
  });

  test('a second key made in the provider’s tab: the Upstack panel never fills a key it did not show', async ({
    driver,
  }) => {
    const tab = driver.tab;
    const {
      secrets: [first = ''],
    } = await captures.klaviyo(tab);
    const upstack = await openUpstack(tab, 'klaviyo');
    await expect.poll(() => upstack.text('fillPanel')).toContain(`pk_…${first.slice(-4)}`);
    const entryId = async () =>
      ((await driver.storage()).session['vault:klaviyo'] as { id?: string } | undefined)?.id;
    const firstEntry = await entryId();

    // The merchant goes back to Klaviyo and creates another key (the Upstack tab stays as it is).
    await tab.click({ role: 'link', name: 'Back to API keys' });
    await tab.click({ role: 'link', name: 'Create Private API Key' });
    // With a key held the guide points to Upstack and prefills no second key: the merchant does.
    await tab.fill('Private API Key Name', 'UpstackData');
    await tab.click({ role: 'radio', name: /Full Access Key/ });
    await tab.click({ role: 'button', name: 'Create', exact: true, in: { css: 'form' } });
    await expect
      .poll(async () => (await tab.sandboxState<{ created: unknown[] }>()).created.length)
      .toBe(2);
    const [, made] = (await tab.sandboxState<{ created: { key: string }[] }>()).created;
    const second = made?.key ?? '';
    await expect.poll(entryId).not.toBe(firstEntry);

    // Whatever the panel shows when the merchant presses Fill, the form gets that key or none
    // (Chromium's panel shows the new key at once; Firefox's frame is not told, see lifecycle).
    await upstack.wait(1000);
    const shown = await upstack.text('fillPanel');
    await upstack.click({ role: 'button', name: 'Fill API key', in: 'fillPanel' });
    await upstack.wait(1500);
    const filled =
      (await upstack.sandboxState<{ fields: Record<string, string> }>()).fields[
        'Private API key'
      ] ?? '';
    test.info().annotations.push({
      type: 'panel at the Fill',
      description: shown.includes(`pk_…${second.slice(-4)}`) ? 'the new key' : 'the old key',
    });
    expect(filled).not.toBe(first); // the old key is gone from the vault: never filled
    if (shown.includes(`pk_…${second.slice(-4)}`)) expect(filled).toBe(second);
    else {
      expect(filled).toBe('');
      await expect.poll(() => upstack.status('fillPanel')).toContain('changed since this panel');
    }
  });
});
