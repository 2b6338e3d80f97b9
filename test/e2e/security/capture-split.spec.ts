// Attacks on reading the key as the page shows it (issue 32.3), in Chromium and Firefox through
// the Driver: the page renders the merchant's key split across inline elements (`<b>first</b>
// rest`, Klaviyo's `pk_` cut too, so no piece has the key's shape), with a character inside it
// that is not displayed, or with one that is displayed but faint. The key as the page shows it is
// captured, never a piece of it; a faint piece inside it means no capture and a question; a key
// the page shows whole is still captured (the control).
import type { Tab } from '../support/driver';
import { expect as baseExpect, test } from '../support/driver-fixtures';
import { acceptOffer, captures, heldVault, vaultJson } from '../support/flows';
import { START } from '../support/start';

type How = 'split' | 'hidden' | 'faint' | 'badge';

/** In the page, from the load: once the key dialog shows its key, the page re-renders it split
 * (its first `cut` characters in a `<b>`), or with a character after its fifth that is not
 * displayed, or displayed faint (opacity 0: in innerText, invisible). The page's observer is older
 * than the capture's, so the capture never reads the key whole in one node. */
function splitKey({ how, cut }: { how: How; cut: number }) {
  document.addEventListener('DOMContentLoaded', () => {
    const split = new MutationObserver(() => {
      const code = document.querySelector('code.secret');
      const key = code?.textContent?.trim() ?? '';
      if (!code || key.length < 20) return;
      split.disconnect();
      if (how === 'split') {
        const first = document.createElement('b');
        first.textContent = key.slice(0, cut);
        code.replaceChildren(first, key.slice(cut));
      } else if (how === 'badge') {
        // A badge right after the key, set apart by a margin only (no space in the text).
        const badge = document.createElement('span');
        badge.style.cssText = 'margin-left:12px';
        badge.textContent = 'Active';
        code.replaceChildren(key, badge);
      } else {
        const extra = document.createElement('span');
        extra.style.cssText = how === 'hidden' ? 'display:none' : 'opacity:0';
        extra.textContent = 'Z';
        code.replaceChildren(key.slice(0, 5), extra, key.slice(5));
      }
    });
    split.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

const pieces = (tab: Tab) =>
  tab.evaluate(() => document.querySelector('code.secret')?.childNodes.length ?? 0, undefined);

test.describe('in Chromium and Firefox', { tag: '@firefox' }, () => {
  const expect = baseExpect.configure({ timeout: 20_000 });

  for (const how of ['split', 'hidden'] as const) {
    test(`Optimove: a key the page shows ${how === 'split' ? 'split as <b>first</b>rest' : 'with a character not displayed inside'} is captured whole, never a piece`, async ({
      driver,
    }) => {
      const tab = driver.tab;
      await tab.addInitScript(splitKey, { how, cut: 1 });
      const {
        secrets: [key = ''],
      } = await captures.optimove(tab);
      expect(key.length >= 20).toBe(true);
      expect((await pieces(tab)) > 1, 'the page shows the key in pieces').toBe(true);
      await tab.wait(1000); // a late question would show by now
      expect(await tab.status('panel')).toBe('Optimove key captured');
      const kept = await heldVault(driver);
      expect(kept.includes(`"${key}"`), 'the vault holds the whole key').toBe(true);
      for (const piece of [key.slice(1), key.slice(0, 5), key.slice(5)])
        expect(kept.includes(`"${piece}"`), 'the vault holds a piece of the key').toBe(false);
    });
  }

  test('Klaviyo: a key split as <b>pk</b>_rest (no piece of the shape alone) is captured whole', async ({
    driver,
  }) => {
    const tab = driver.tab;
    await tab.addInitScript(splitKey, { how: 'split', cut: 2 });
    const {
      secrets: [key = ''],
    } = await captures.klaviyo(tab);
    expect((await pieces(tab)) > 1, 'the page shows the key in pieces').toBe(true);
    expect((await heldVault(driver)).includes(`"${key}"`), 'the vault holds the whole key').toBe(
      true,
    );
  });

  test('Optimove: a faint character inside the key: no capture, and the merchant is asked to copy it', async ({
    driver,
  }) => {
    const tab = driver.tab;
    await tab.addInitScript(splitKey, { how: 'faint', cut: 0 });
    await tab.goto(START.optimove);
    await acceptOffer(tab);
    await tab.click({ role: 'button', name: '+ New API Key' });
    await expect.poll(() => tab.value('Nickname')).toBe('UpstackData');
    if (!(await tab.value('Contact Email'))) await tab.fill('Contact Email', 'owner@acme.test');
    await tab.click({ role: 'button', name: 'Activate key' });
    await expect.poll(() => tab.status('panel')).toContain('a part that cannot be read');
    expect((await pieces(tab)) > 1, 'the page shows the key in pieces').toBe(true);
    expect(await vaultJson(driver), 'nothing is kept').toBe('{}');
    expect(await tab.count({ role: 'textbox', name: /Paste the Optimove key/, in: 'panel' })).toBe(
      1,
    );
  });

  test('control: a badge set apart by a margin right after the key is no part of it', async ({
    driver,
  }) => {
    const tab = driver.tab;
    await tab.addInitScript(splitKey, { how: 'badge', cut: 0 });
    const {
      secrets: [key = ''],
    } = await captures.optimove(tab);
    expect((await pieces(tab)) > 1, 'the page shows a badge beside the key').toBe(true);
    const kept = await heldVault(driver);
    expect(kept.includes(`"${key}"`), 'the vault holds the key').toBe(true);
    expect(kept.includes('Active'), 'the badge is no part of it').toBe(false);
  });

  test('control: a key the page shows whole is captured', async ({ driver }) => {
    const {
      secrets: [key = ''],
    } = await captures.optimove(driver.tab);
    expect(key.length >= 20).toBe(true);
    expect((await heldVault(driver)).includes(`"${key}"`), 'the vault holds the key').toBe(true);
  });
});
