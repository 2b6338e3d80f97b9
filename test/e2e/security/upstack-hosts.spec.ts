// Attack (issue 15, section 3), in Chromium and Firefox through the Driver: a host of
// upstackdata.com that is not the dashboard, or the dashboard's host on another port, serves a
// copy of the Upstack destination form. Any subdomain that serves user content, or points at a
// third-party service, would then be offered the merchant's key. Only https://app.upstackdata.com
// (default port) is the dashboard.
import { expect as baseExpect, test } from '../support/driver-fixtures';
import { FILL, vaultState } from '../support/flows';
import { captureKlaviyo, expectOwnFillFills } from '../support/upstack-panel';

// Runs in Firefox too: the Firefox project selects the tag.
test.describe('in Chromium and Firefox', { tag: '@firefox' }, () => {
  const expect = baseExpect.configure({ timeout: 20_000 });

  const FORM_PATH = '/destinations/new/klaviyo';

  /** The sandbox's Upstack app (its Klaviyo destination form) as the page at `url`, the way an
   * attacker with a page on that origin would serve it: the page moves its own route to the form's
   * path (same origin, no reload) before the app reads it, and loads the sandbox's app script. */
  const formPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Upstack Data</title></head><body><div id="root"></div><script>history.replaceState(null, '', ${JSON.stringify(FORM_PATH)})</script><script src="https://app.upstackdata.com/__sandbox/upstack.js"></script></body></html>`;

  async function openForm(driver: import('../support/driver').Driver, url: string) {
    await driver.serve(url, formPage);
    const tab = await driver.newTab();
    await tab.goto(url);
    expect(await tab.evaluate(() => location.origin, undefined)).toBe(new URL(url).origin);
    await expect.poll(() => tab.count({ role: 'heading', name: 'Connect Klaviyo' })).toBe(1);
    await expect.poll(() => tab.count({ role: 'textbox', name: 'Private API key' })).toBe(1);
    return tab;
  }

  for (const url of [
    'https://user-content.upstackdata.com/a.html',
    'https://upstackdata.com/blog/post',
    'https://app.upstackdata.com:8443/x',
  ]) {
    test(`no Fill is offered on ${url}`, async ({ driver }) => {
      const key = await captureKlaviyo(driver.tab);
      const attack = await openForm(driver, url);
      // Longer than the form's late data and the content script's idle start: the page is settled.
      await attack.wait(2000);

      // No UI at all, wherever it would live (in the page or in an extension frame).
      const ui = await attack.evaluate(
        () => document.querySelectorAll('upstack-key-assist, iframe').length,
        undefined,
      );
      expect(ui).toBe(0);
      expect(await attack.count({ role: 'button', name: 'Fill API key' })).toBe(0);
      expect(await attack.count(FILL)).toBe(0);
      // The form's key field stays empty, and the page can read neither the key nor its mask.
      const { fields } = await attack.sandboxState<{ fields: Record<string, string> }>();
      expect(fields['Private API key'] ?? '').toBe('');
      expect(await attack.value('Private API key')).toBe('');
      const text = await attack.readableByPage();
      expect(text.includes(key), 'the page can read the key').toBe(false);
      expect(text.includes(key.slice(-4)), 'the page can read its last 4').toBe(false);
      // The vault still holds the key, unfilled.
      expect(await vaultState(driver, 'klaviyo')).toBe('captured');
    });
  }

  // The control: the very same served page on the dashboard's own origin is recognised, so the
  // absence above is the host's doing, not the page's.
  test('the same page on https://app.upstackdata.com offers Fill and fills', async ({ driver }) => {
    const key = await captureKlaviyo(driver.tab);
    const upstack = await openForm(driver, 'https://app.upstackdata.com/a.html');
    await expectOwnFillFills(upstack, key);
  });
});
