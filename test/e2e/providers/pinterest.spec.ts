// Pinterest Ads Manager (a provider added after the first release): its hosts are optional
// permissions, granted in the profile (fixtures.ts grantInProfile: the prompt is browser UI),
// then its content script is registered at run time. The guide leads to "Generate new token"
// in Conversions, the token is captured as the MUI dialog shows it, kept with the ad account id
// read from the page's URL, filled into Upstack's Pinterest form with it; the Tag ID is typed by
// the merchant. The wrong things are refused, and the token is in no file, storage, log or URL.
import type { BrowserContext, Request } from '@playwright/test';
import { optionalOrigins } from '../../../lib/recipes/optional';
import { pinterest } from '../../../lib/recipes/pinterest';
import { BAD_INPUTS } from '../../bad-inputs';
import { AD_ACCOUNT, TAG_ID } from '../../sandbox/pinterest-account';
import { capturePinterest } from '../support/ads/pinterest';
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

const HOME = `https://ads.pinterest.com/advertiser/${AD_ACCOUNT}/`;
const CONVERSIONS = `${HOME}conversions/`;
const CHECK = `https://api.pinterest.com/v5/ad_accounts/${AD_ACCOUNT}/events?test=true`;

test.use({ grantedOrigins: optionalOrigins(pinterest), sandboxOptions: { library: 'mui' } });

/** The background registers the content script once it started and found the hosts granted:
 * a page opened before that gets none (as for a merchant whose browser just started). */
test.beforeEach(async ({ background, context }) => {
  await expect
    .poll(() => background.evaluate(() => chrome.scripting.getRegisteredContentScripts()))
    .toContainEqual(expect.objectContaining({ id: 'provider-pinterest' }));
  // Chromium applies a host granted in the profile to the worker's cross-origin requests a
  // moment after start-up (until then a request with an Authorization header is refused, as
  // before a merchant granted it): wait for that, with a probe that carries no token.
  const probe = 'https://api.pinterest.com/probe';
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

/** Pinterest's API, as its docs and Segment describe the test events endpoint: 401 for a token
 * it does not know, 403 for another ad account. Records what was sent. */
async function pinterestApi(context: BrowserContext) {
  const sent: Request[] = [];
  await context.route('https://api.pinterest.com/**', (route) => {
    const request = route.request();
    sent.push(request);
    const bearer = /^Bearer pina_\S+$/.test(request.headers().authorization ?? '');
    const mine = request.url() === CHECK && request.method() === 'POST';
    return route.fulfill({
      status: !bearer ? 401 : mine ? 200 : 403,
      contentType: 'application/json',
      body: '{}',
    });
  });
  return sent;
}

test('Start in the popup opens Ads Manager with the guide; the token and the ad account id are captured and filled; the Tag ID is typed', async ({
  context,
  extensionId,
  background,
  userDataDir,
}, testInfo) => {
  const api = await pinterestApi(context);
  const seen = await watch(context, background);
  // The content script was registered at run time for the granted hosts alone.
  const registered = async () =>
    (await background.evaluate(() => chrome.scripting.getRegisteredContentScripts())).map((s) => [
      s.id,
      s.matches,
    ]);
  await expect
    .poll(registered)
    .toContainEqual(['provider-pinterest', ['https://ads.pinterest.com/*']]);

  const page = await startFromPopup(context, extensionId, 'Pinterest');
  await expect(page).toHaveURL(HOME); // Ads Manager's home opened the ad account
  const token = await capturePinterest(page);
  expect(token).toMatch(/^pina_\w{90}$/);
  // The panel shows the token's end only, and the ad account id in full (it is no secret).
  await expect(panel(page)).toContainText(`pina_…${token.slice(-4)}`);
  await expect(panel(page)).toContainText(AD_ACCOUNT);
  await expect(panel(page)).not.toContainText(token);

  // The check: a test event, the token in the header only, the ad account in the path.
  await expect.poll(() => api.length).toBeGreaterThanOrEqual(1);
  for (const request of api) {
    expect(request.url()).toBe(CHECK);
    expect(request.method()).toBe('POST');
    expect(request.headers().authorization).toBe(`Bearer ${token}`);
    expect(request.postData()).not.toContain(token);
  }

  const [upstack] = await Promise.all([
    context.waitForEvent('page'),
    panel(page).getByRole('link', { name: 'Open Upstack Pinterest destination' }).click(),
  ]);
  await throughWizard(upstack, 'Pinterest');
  await fillButton(upstack).click();
  await expect(fillStatus(upstack)).toContainText('filled');
  // Fill fills the credential set it holds: the token and the ad account id.
  expect((await sandboxState(upstack)).fields).toMatchObject({
    'Conversion Access Token': token,
    'Ad Account ID': AD_ACCOUNT,
  });
  // The Tag ID is the merchant's to type (it is on another page of Ads Manager): the guide says
  // so and where to find it, then points at the save button once it is typed.
  await expect(fillPanel(upstack)).toContainText('Type the Pinterest Tag ID');
  await expect(fillPanel(upstack)).toContainText('Conversions > Pinterest Tag');
  await upstack.getByLabel('Tag ID').fill(TAG_ID);
  await expect(fillPanel(upstack)).toContainText('press “Create Configuration”');
  await upstack.getByRole('button', { name: 'Create Configuration' }).click();
  expect((await sandboxState(upstack)).saved).toEqual([
    expect.objectContaining({
      provider: 'pinterest',
      'Conversion Access Token': token,
      'Ad Account ID': AD_ACCOUNT,
      'Tag ID': TAG_ID,
    }),
  ]);

  // Secrecy: nowhere but the form and Pinterest's own API.
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
    if (mentions(JSON.stringify(request.headers()), [token]))
      expect(new URL(request.url()).host).toBe('api.pinterest.com');
  }
  await context.close(); // Chromium writes what it keeps as it shuts down
  const copies = [
    ...scanFolder(userDataDir, [token]),
    ...scanFolder(testInfo.outputDir, [token]),
  ].filter((f) => !/^Default[/\\]Sessions[/\\]/.test(f.file));
  expect(copies).toEqual([]);
});

test('the content script is dormant on every other page of Ads Manager', async ({ page }) => {
  await page.goto(HOME);
  await page
    .getByRole('navigation', { name: 'Ads' })
    .getByRole('link', { name: 'Campaigns' })
    .click();
  await expect(page.getByRole('heading', { name: 'Campaigns' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Ads' })
    .getByRole('link', { name: 'Reporting' })
    .click();
  await expect(page.getByRole('heading', { name: 'Reporting' })).toBeVisible();
  await page.waitForTimeout(500);
  // No offer, no engine: nothing of ours on the page.
  expect(await page.locator('upstack-key-assist').count()).toBe(0);
  // On the Conversions page the guide is offered.
  await page
    .getByRole('navigation', { name: 'Ads' })
    .getByRole('link', { name: 'Conversions' })
    .click();
  await expect(status(page)).toContainText('with help?');
});

/** The bad-input table's Pinterest rows that a page can show (test/bad-inputs.ts): a tag or
 * account id, a masked or shortened token, one with a space inside, another provider's key. */
const REFUSED = BAD_INPUTS.filter(
  (row) => row.provider === 'pinterest' && row.page === 'shown',
).map((row): [string, string, RegExp] => [row.what, row.value, row.reason]);

test('the table has the refusals the issue names', () => {
  const what = REFUSED.map(([w]) => w).join();
  for (const kind of ['Tag id', 'masked', 'space inside']) expect(what).toContain(kind);
});

for (const [what, shown, reason] of REFUSED) {
  test.describe(what, () => {
    test.use({ sandboxOptions: { library: 'mui', shownKey: shown } });
    test(`${what} shown as the token is refused, saying why; nothing kept`, async ({
      page,
      background,
    }) => {
      await page.goto(CONVERSIONS);
      await acceptOffer(page);
      await page.getByRole('button', { name: 'Generate new token' }).click();
      await expect(status(page)).toContainText(reason);
      await expect(panel(page)).not.toContainText(shown.trim());
      expect(vaultEntries((await storageDump(background)).session)).toEqual({});
    });
  });
}
