// TikTok Events Manager (a provider added after the first release): its host is an optional
// permission, granted in the profile (fixtures.ts grantInProfile: the prompt is browser UI), then
// its content script is registered at run time. The guide leads from the data sources to the
// pixel's Settings tab and "Generate access token"; the token is captured as the Element Plus
// dialog shows it, kept with the pixel id the page shows, and both are filled into Upstack's
// TikTok form: the merchant types nothing. The wrong things are refused, and the token is in no
// file, storage, log or URL.
import { optionalOrigins } from '../../../lib/recipes/optional';
import { tiktok } from '../../../lib/recipes/tiktok';
import { BAD_INPUTS } from '../../bad-inputs';
import { PIXEL_ID } from '../../sandbox/libs/element/tiktok-pixel';
import { installSandbox, type SandboxOptions } from '../../sandbox/serve';
import { captureTikTok, TIKTOK_EVENTS_MANAGER, TIKTOK_PIXEL } from '../support/ads/tiktok';
import { expect, test } from '../support/fixtures';
import {
  fillButton,
  fillPanel,
  fillStatus,
  guideRunning,
  panel,
  sandboxState,
  startFromPopup,
  status,
  storageDump,
  throughWizard,
  vaultEntries,
} from '../support/helpers';
import { mentions, scanFolder, watch } from '../support/leaks';

type Box = { x: number; y: number; width: number; height: number };

function overlaps(a: Box | null, b: Box | null): boolean {
  if (!a || !b) return false;
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test.use({ grantedOrigins: optionalOrigins(tiktok), sandboxOptions: { library: 'element' } });

/** The background registers the content script once it started and found the host granted: a
 * page opened before that gets none (as for a merchant whose browser just started). */
test.beforeEach(async ({ background }) => {
  await expect
    .poll(() => background.evaluate(() => chrome.scripting.getRegisteredContentScripts()))
    .toContainEqual(expect.objectContaining({ id: 'provider-tiktok' }));
});

test('Start in the popup opens Events Manager with the guide; the token and the pixel id are captured and filled, nothing typed', async ({
  context,
  extensionId,
  background,
  userDataDir,
}, testInfo) => {
  const seen = await watch(context, background);
  // The content script was registered at run time for the granted host alone.
  const registered = await background.evaluate(() =>
    chrome.scripting.getRegisteredContentScripts(),
  );
  expect(registered.find((s) => s.id === 'provider-tiktok')?.matches).toEqual([
    'https://ads.tiktok.com/*',
  ]);

  const page = await startFromPopup(context, extensionId, 'TikTok');
  await expect(page).toHaveURL(TIKTOK_EVENTS_MANAGER);
  // Each step's ring is on what the merchant clicks next.
  const ring = page.locator('upstack-key-assist .ring');
  const token = await captureTikTok(page, async (target) => {
    await expect
      .poll(async () => overlaps(await ring.boundingBox(), await target.boundingBox()))
      .toBe(true);
  });
  expect(token).toMatch(/^[0-9a-f]{40}$/);
  // One generate click made it: the app made one token, this one.
  expect((await sandboxState<{ tokens: string[] }>(page)).tokens).toEqual([token.slice(-4)]);
  // The panel shows the token's end only, and the pixel id in full (no secret).
  await expect(panel(page)).toContainText(`…${token.slice(-4)}`);
  await expect(panel(page)).toContainText(PIXEL_ID);
  await expect(panel(page)).not.toContainText(token);
  // No key check: nothing went to a TikTok host but the dashboard's own pages.
  const hosts = new Set(seen.requests.map((r) => new URL(r.url()).host));
  expect([...hosts].filter((host) => /tiktok/.test(host))).toEqual(['ads.tiktok.com']);

  const [upstack] = await Promise.all([
    context.waitForEvent('page'),
    panel(page).getByRole('link', { name: 'Open Upstack TikTok destination' }).click(),
  ]);
  await throughWizard(upstack, 'TikTok');
  await fillButton(upstack).click();
  await expect(fillStatus(upstack)).toContainText('filled');
  const { fields } = await sandboxState(upstack);
  expect(fields['Access Token'] === token).toBe(true);
  expect(fields['Pixel ID']).toBe(PIXEL_ID); // read from the page: typed by nobody
  // Nothing is left to type: the guide goes to the save button.
  await expect(fillPanel(upstack)).not.toContainText('Type the');
  await expect(fillPanel(upstack)).toContainText('press “Create Configuration”');
  await upstack.getByRole('button', { name: 'Create Configuration' }).click();
  expect((await sandboxState(upstack)).saved).toEqual([
    expect.objectContaining({ provider: 'tiktok', 'Access Token': token, 'Pixel ID': PIXEL_ID }),
  ]);

  // Secrecy: nowhere but the provider's page and the form.
  const stored = await storageDump(background);
  expect(mentions(JSON.stringify(stored.local), [token])).toBe(false);
  expect(mentions(JSON.stringify(stored.sync), [token])).toBe(false);
  expect(mentions(JSON.stringify(stored.session), [token])).toBe(false); // filled: forgotten
  await upstack.evaluate(() => console.log('watch-probe'));
  await expect.poll(() => seen.output.join()).toContain('watch-probe');
  expect(seen.output.filter((line) => mentions(line, [token]))).toEqual([]);
  for (const request of seen.requests) {
    expect(mentions(request.url(), [token])).toBe(false);
    expect(mentions(request.postData() ?? '', [token])).toBe(false);
    expect(mentions(JSON.stringify(request.headers()), [token])).toBe(false);
  }
  await context.close(); // Chromium writes what it keeps as it shuts down
  const copies = [
    ...scanFolder(userDataDir, [token]),
    ...scanFolder(testInfo.outputDir, [token]),
  ].filter((f) => !/^Default[/\\]Sessions[/\\]/.test(f.file));
  expect(copies).toEqual([]);
});

test('the content script is dormant on every other page of Ads Manager', async ({ page }) => {
  const nav = page.getByRole('navigation', { name: 'Ads Manager' });
  await page.goto('https://ads.tiktok.com/i18n/dashboard');
  await nav.getByRole('link', { name: 'Campaigns' }).click();
  await expect(page.getByRole('heading', { name: 'Campaigns' })).toBeVisible();
  await nav.getByRole('link', { name: 'Events Manager' }).click();
  await expect(page.getByRole('heading', { name: 'Events Manager' })).toBeVisible();
  await page.waitForTimeout(500);
  // No offer, no engine: nothing of ours on the page.
  expect(await page.locator('upstack-key-assist').count()).toBe(0);
  // On the pixel's page the guide is offered.
  await page.getByRole('link', { name: /pixel/ }).click();
  await expect(page).toHaveURL(TIKTOK_PIXEL);
  await expect(status(page)).toContainText('with help?');
});

/** The bad-input table's TikTok rows that a page can show (test/bad-inputs.ts). */
const REFUSED = BAD_INPUTS.filter((row) => row.provider === 'tiktok' && row.page === 'shown');

test('the pixel id, a masked token and one with a space inside are refused, saying why; nothing kept', async ({
  context,
  page,
  background,
}) => {
  const what = REFUSED.map((row) => row.what).join();
  for (const kind of ['pixel id', 'masked', 'space inside']) expect(what).toContain(kind);
  const options: SandboxOptions = { library: 'element', instant: true };
  await installSandbox(context, options); // read per request: each row changes it
  await guideRunning(background, 'tiktok'); // a page load per row: no offer each time
  for (const row of REFUSED) {
    await test.step(row.what, async () => {
      options.shownKey = row.value;
      await page.goto(TIKTOK_PIXEL);
      await page.getByRole('tab', { name: 'Settings' }).click();
      await page.getByRole('button', { name: 'Generate access token' }).click();
      await expect(status(page)).toContainText('TikTok key not accepted');
      await expect(status(page)).toContainText(row.reason);
      await expect(panel(page)).not.toContainText(row.value.trim());
      const stored = await storageDump(background);
      expect(vaultEntries(stored.session)).toEqual({});
      expect(JSON.stringify(stored).includes(row.value.trim())).toBe(false);
    });
  }
});
