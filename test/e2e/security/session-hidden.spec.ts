// The vault lives in storage.session, which the extension's content scripts must never read:
// they run beside the provider's and Upstack's pages. Proven on the build each browser gets
// (Firefox: the MV2 build; Chromium: MV3 with TRUSTED_CONTEXTS), with one probe content script
// added to its manifest, on a page of the sandbox, while a key is held.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, launchDriver, test } from '../support/driver-fixtures';
import { captures, vaultState } from '../support/flows';
import { mentions } from '../support/leaks';

// Runs in Firefox too: the Firefox project selects the tag.
test.describe('in Chromium and Firefox', { tag: '@firefox' }, () => {
  const BUILDS = { chromium: '.output/chrome-mv3', firefox: '.output/firefox-mv2' };

  /** What a content script of the extension learns from each storage area. */
  const PROBE = `(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const read = async (area) => {
    const store = api.storage[area];
    if (!store) return 'absent';
    try { return JSON.stringify(await store.get(null)); } catch (e) { return 'refused: ' + e.message; }
  };
  const seen = { session: await read('session'), local: await read('local') };
  document.documentElement.dataset.probe = JSON.stringify(seen);
})();`;

  function probeBuild(engine: keyof typeof BUILDS): string {
    const dir = mkdtempSync(join(tmpdir(), 'uka-probe-'));
    cpSync(resolve(BUILDS[engine]), dir, { recursive: true });
    const manifestPath = join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.content_scripts.push({ matches: ['https://example.com/*'], js: ['probe.js'] });
    writeFileSync(manifestPath, JSON.stringify(manifest));
    writeFileSync(join(dir, 'probe.js'), PROBE);
    return dir;
  }

  test('a content script of the shipped build cannot read storage.session, while local is readable', async ({
    engine,
  }) => {
    const dir = probeBuild(engine);
    const driver = await launchDriver(engine, { extensionDir: dir });
    try {
      const { secrets } = await captures.klaviyo(driver.tab);
      expect(await vaultState(driver, 'klaviyo')).toBe('captured');
      const page = await driver.newTab();
      await page.goto('https://example.com/');
      const probe = async () =>
        JSON.parse(
          (await page.evaluate(() => document.documentElement.dataset.probe ?? 'null', null)) ??
            'null',
        ) as { session: string; local: string } | null;
      await expect.poll(probe, { timeout: 15_000 }).not.toBeNull();
      const seen = (await probe()) as { session: string; local: string };
      test
        .info()
        .annotations.push({ type: `${engine}: storage.session`, description: seen.session });
      // The probe runs with the extension's storage: local answers (it holds the guide's origins).
      expect(seen.local).toContain('origins');
      expect(seen.session === 'absent' || seen.session.startsWith('refused')).toBe(true);
      expect(mentions(JSON.stringify(seen), secrets)).toBe(false);
    } finally {
      await driver.close().catch(() => {});
      driver.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
