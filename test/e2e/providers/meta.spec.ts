// Meta (a provider added after the first release, on the MUI sandbox): its hosts (Events Manager
// and the Graph API) are optional permissions, granted in the profile (fixtures.ts
// grantInProfile: the prompt is browser UI), then its content script is registered at run time.
// The guide leads from Data Sources to the pixel, its Settings tab and "Generate access token";
// the token is captured as the MUI dialog shows it after the merchant's click, kept with the
// Pixel ID read from the page's address, checked by a read of the pixel (Graph API, the token in
// the header), and filled into Upstack's Meta form with the Pixel ID: the merchant types
// nothing, and ticks the enable box the guide points at. The wrong things are refused, and the
// token is in no file, storage, log or URL.
import type { BrowserContext, Request } from '@playwright/test';
import { meta } from '../../../lib/recipes/meta';
import { optionalOrigins } from '../../../lib/recipes/optional';
import { BAD_INPUTS } from '../../bad-inputs';
import { META_BUSINESS, META_PIXEL } from '../../sandbox/libs/mui/meta-pixel';
import { captureMeta } from '../support/ads/meta';
import { expect, test } from '../support/fixtures';
import {
  acceptOffer,
  fillButton,
  fillPanel,
  fillStatus,
  panel,
  sandboxState,
  startFromPopup,
  status,
  storageDump,
  throughWizard,
  vaultEntries,
} from '../support/helpers';
import { mentions, scanFolder, watch } from '../support/leaks';

const LIST = 'https://business.facebook.com/events_manager2/list';
const PIXEL_PAGE = `${LIST}/pixel/${META_PIXEL}/overview?business_id=${META_BUSINESS}`;
const CHECK = `https://graph.facebook.com/v27.0/${META_PIXEL}?fields=id,name`;
const ENABLE = 'Check to enable sending events via Facebook Conversions API';

type Box = { x: number; y: number; width: number; height: number };
function overlaps(a: Box | null, b: Box | null): boolean {
  if (!a || !b) return false;
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test.use({ grantedOrigins: optionalOrigins(meta), sandboxOptions: { library: 'mui' } });

/** The background registers the content script once it started and found the hosts granted;
 * Chromium applies a host granted in the profile to the worker's requests a moment later: wait
 * for both (the probe carries no token). */
test.beforeEach(async ({ background, context }) => {
  await expect
    .poll(() => background.evaluate(() => chrome.scripting.getRegisteredContentScripts()))
    .toContainEqual(expect.objectContaining({ id: 'provider-meta', matches: meta.matches }));
  const probe = 'https://graph.facebook.com/probe';
  await context.route(probe, (route) => route.fulfill({ status: 204 }));
  await expect
    .poll(() =>
      background.evaluate(
        (url) =>
          fetch(url, { headers: { Authorization: 'Bearer probe' } }).then(
            (r) => r.status,
            () => 0,
          ),
        probe,
      ),
    )
    .toBe(204);
  await context.unroute(probe);
});

/** The Graph API as Meta documents the pixel's node: the pixel for a token it knows, 401 for
 * one it does not. Records what was sent. */
async function graphApi(context: BrowserContext) {
  const sent: Request[] = [];
  await context.route('https://graph.facebook.com/**', (route) => {
    const request = route.request();
    sent.push(request);
    const bearer = /^Bearer EAA[A-Za-z0-9]+$/.test(request.headers().authorization ?? '');
    const mine = request.url() === CHECK && request.method() === 'GET';
    return route.fulfill({
      status: bearer && mine ? 200 : 401,
      contentType: 'application/json',
      body: bearer && mine ? JSON.stringify({ id: META_PIXEL, name: 'Acme Store Pixel' }) : '{}',
    });
  });
  return sent;
}

test('Start in the popup opens Events Manager with the guide; the token and the Pixel ID are captured, checked and filled; the box is pointed at', async ({
  context,
  extensionId,
  background,
  userDataDir,
}, testInfo) => {
  const api = await graphApi(context);
  const seen = await watch(context, background);
  const page = await startFromPopup(context, extensionId, 'Meta');
  await expect(page).toHaveURL(LIST);
  // The pixel, its Settings tab, Generate: each pointed at, the token captured (support/ads).
  const token = await captureMeta(page);
  expect(/^EAA[A-Za-z0-9]{150,}$/.test(token)).toBe(true);
  const { tokens } = await sandboxState<{ tokens: { end: string }[] }>(page);
  expect(tokens).toEqual([{ end: token.slice(-4) }]); // one Generate, one token: this one
  // The panel shows the token's prefix and end only, and the Pixel ID in full (no secret).
  await expect(panel(page)).toContainText(`EAA…${token.slice(-4)}`);
  await expect(panel(page)).toContainText(META_PIXEL);
  await expect(panel(page)).not.toContainText(token);

  // The check: a read of the pixel, the token in the header only, the pixel in the path.
  await expect.poll(() => api.length).toBeGreaterThanOrEqual(1);
  for (const request of api) {
    expect(request.url()).toBe(CHECK);
    expect(request.method()).toBe('GET');
    expect(request.headers().authorization === `Bearer ${token}`).toBe(true);
  }
  await expect(panel(page)).toContainText('Key check: valid');

  const [upstack] = await Promise.all([
    context.waitForEvent('page'),
    panel(page).getByRole('link', { name: 'Open Upstack Meta destination' }).click(),
  ]);
  await throughWizard(upstack, 'Meta');
  await fillButton(upstack).click();
  await expect(fillStatus(upstack)).toContainText('filled');
  const { fields } = await sandboxState(upstack);
  expect(fields['Conversions API token'] === token).toBe(true);
  expect(fields['Pixel ID']).toBe(META_PIXEL); // read from the page: typed by nobody
  // The box Upstack needs ticked to use the token: named and ringed, not ticked by us.
  await expect(fillPanel(upstack)).toContainText(`Tick “${ENABLE}”`);
  await expect(fillPanel(upstack)).not.toContainText('Type the');
  const box = upstack.getByRole('checkbox', { name: ENABLE });
  await expect(box).not.toBeChecked();
  const ring = upstack.locator('upstack-key-assist .ring');
  await expect
    .poll(async () => overlaps(await ring.boundingBox(), await box.boundingBox()))
    .toBe(true);
  await box.check();
  await expect(fillPanel(upstack)).toContainText('press “Create Configuration”');
  await upstack.getByRole('button', { name: 'Create Configuration' }).click();
  const [saved] = (await sandboxState(upstack)).saved as Record<string, string>[];
  expect(saved?.provider).toBe('meta');
  expect(saved?.['Conversions API token'] === token).toBe(true);
  expect(saved?.['Pixel ID']).toBe(META_PIXEL);
  expect(saved?.[ENABLE]).toBe('true');

  // Secrecy: nowhere but the form and the Graph API's Authorization header.
  const stored = await storageDump(background);
  expect(mentions(JSON.stringify(stored.local), [token])).toBe(false);
  expect(mentions(JSON.stringify(stored.sync), [token])).toBe(false);
  expect(mentions(JSON.stringify(stored.session), [token])).toBe(false); // filled: forgotten
  await upstack.evaluate(() => console.log('watch-probe'));
  await expect.poll(() => seen.output.join()).toContain('watch-probe');
  expect(seen.output.filter((line) => mentions(line, [token])).length).toBe(0);
  for (const request of seen.requests) {
    expect(mentions(request.url(), [token])).toBe(false);
    expect(mentions(request.postData() ?? '', [token])).toBe(false);
    if (mentions(JSON.stringify(request.headers()), [token]))
      expect(new URL(request.url()).host).toBe('graph.facebook.com');
  }
  await context.close(); // Chromium writes what it keeps as it shuts down
  const copies = [
    ...scanFolder(userDataDir, [token]),
    ...scanFolder(testInfo.outputDir, [token]),
  ].filter((f) => !/^Default[/\\]Sessions[/\\]/.test(f.file));
  expect(copies).toEqual([]);
});

test('a token Meta does not know (401): the check says it is not valid', async ({
  page,
  context,
}) => {
  await context.route('https://graph.facebook.com/**', (route) =>
    route.fulfill({ status: 401, contentType: 'application/json', body: '{}' }),
  );
  await page.goto(PIXEL_PAGE);
  await acceptOffer(page);
  await page.getByRole('tab', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Generate access token' }).click();
  await expect(panel(page)).toContainText('Key check: not valid');
});

test('the content script is dormant on every other page of Business Suite', async ({ page }) => {
  await page.goto('https://business.facebook.com/latest/home');
  const nav = page.getByRole('navigation', { name: 'Meta Business Suite' });
  await nav.getByRole('link', { name: 'Ads Manager' }).click();
  await expect(page.getByRole('heading', { name: 'Ads Manager' })).toBeVisible();
  await page.waitForTimeout(500);
  expect(await page.locator('upstack-key-assist').count()).toBe(0);
  // In Events Manager the guide is offered.
  await nav.getByRole('link', { name: 'Events Manager' }).click();
  await expect(status(page)).toContainText('with help?');
});

/** The bad-input table's Meta rows that a page can show (test/bad-inputs.ts). */
const REFUSED = BAD_INPUTS.filter((row) => row.provider === 'meta' && row.page === 'shown').map(
  (row): [string, string, RegExp] => [row.what, row.value, row.reason],
);

test('the table has the refusals the issue names', () => {
  const what = REFUSED.map(([w]) => w).join();
  for (const kind of ['Pixel ID', 'app secret', 'masked', 'space inside'])
    expect(what).toContain(kind);
});

for (const [what, shown, reason] of REFUSED) {
  test.describe(what, () => {
    test.use({ sandboxOptions: { library: 'mui', shownKey: shown } });
    test(`${what} shown as the token is refused, saying why; nothing kept`, async ({
      page,
      background,
    }) => {
      await page.goto(PIXEL_PAGE);
      await acceptOffer(page);
      await page.getByRole('tab', { name: 'Settings' }).click();
      await page.getByRole('button', { name: 'Generate access token' }).click();
      await expect(status(page)).toContainText(reason);
      await expect(panel(page)).not.toContainText(shown.trim());
      expect(vaultEntries((await storageDump(background)).session)).toEqual({});
    });
  });
}
