// Reddit Ads (a provider added after the first release, on the Shoelace sandbox): its one host is
// an optional permission, granted in the profile (fixtures.ts grantInProfile: the prompt is
// browser UI), then its content script is registered at run time. The guide leads to Events
// Manager > Conversions API > "+ Generate Access Token", names the token in the popup's sl-input
// (inside shadow roots), and the token is captured as the popup shows it after the merchant's
// Generate, kept with the pixel id Events Manager shows, and both filled into Upstack's Reddit
// form: the merchant types nothing. No key check (Reddit has no read-only endpoint). The wrong things are refused, and the token is in no
// file, storage, log or URL.
import { optionalOrigins } from '../../../lib/recipes/optional';
import { reddit } from '../../../lib/recipes/reddit';
import { BAD_INPUTS } from '../../bad-inputs';
import { REDDIT_ACCOUNT, REDDIT_PIXEL } from '../../sandbox/libs/shoelace/src/reddit-account';
import { captureReddit, redditDialog } from '../support/ads/reddit';
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

const HOME = `https://ads.reddit.com/account/${REDDIT_ACCOUNT}/`;
const EVENTS = `${HOME}events-manager`;

interface RedditState {
  tokens: { name: string; end: string }[];
  copied: number;
}

test.use({ grantedOrigins: optionalOrigins(reddit), sandboxOptions: { library: 'shoelace' } });

/** The background registers the content script once it started and found the host granted: a
 * page opened before that gets none (as for a merchant whose browser just started). */
test.beforeEach(async ({ background }) => {
  await expect
    .poll(() => background.evaluate(() => chrome.scripting.getRegisteredContentScripts()))
    .toContainEqual(expect.objectContaining({ id: 'provider-reddit', matches: reddit.matches }));
});

test('Start in the popup opens Reddit Ads with the guide; the token is named, captured and filled with the pixel id, nothing typed', async ({
  context,
  extensionId,
  background,
  userDataDir,
}, testInfo) => {
  const seen = await watch(context, background);
  const page = await startFromPopup(context, extensionId, 'Reddit');
  await expect(page).toHaveURL(`${HOME}dashboard`); // Reddit Ads' home opened the ad account
  const token = await captureReddit(page);
  expect(token).toMatch(/^[A-Za-z0-9]{36}\.[A-Za-z0-9]{120}\.[A-Za-z0-9]{43}$/);
  // Reddit got the name the guide typed; the panel shows the token's end only.
  expect((await sandboxState<RedditState>(page)).tokens).toEqual([
    { name: 'UpstackData', end: token.slice(-4) },
  ]);
  await expect(panel(page)).toContainText(`…${token.slice(-4)}`);
  await expect(panel(page)).toContainText(REDDIT_PIXEL); // no secret: in full
  await expect(panel(page)).not.toContainText(token);
  await expect(panel(page)).toContainText('Your token is shown once');

  const [upstack] = await Promise.all([
    context.waitForEvent('page'),
    panel(page).getByRole('link', { name: 'Open Upstack Reddit destination' }).click(),
  ]);
  await throughWizard(upstack, 'Reddit');
  await fillButton(upstack).click();
  await expect(fillStatus(upstack)).toContainText('filled');
  const { fields } = await sandboxState(upstack);
  expect(fields['Conversions API access token'] === token).toBe(true);
  expect(fields['Pixel ID']).toBe(REDDIT_PIXEL); // read from Events Manager: typed by nobody
  // Nothing is left to type: the guide goes to the save button.
  await expect(fillPanel(upstack)).not.toContainText('Type the');
  await expect(fillPanel(upstack)).toContainText('press “Create Configuration”');
  await upstack.getByRole('button', { name: 'Create Configuration' }).click();
  expect((await sandboxState(upstack)).saved).toEqual([
    expect.objectContaining({
      provider: 'reddit',
      'Conversions API access token': token,
      'Pixel ID': REDDIT_PIXEL,
    }),
  ]);

  // Secrecy: nowhere but the form (no check: not even Reddit's API).
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

test('the content script is dormant on every other page of Reddit Ads', async ({ page }) => {
  await page.goto(`${HOME}dashboard`);
  const nav = page.getByRole('navigation', { name: 'Ads' });
  await nav.getByRole('link', { name: 'Campaigns' }).click();
  await expect(page.getByRole('heading', { name: 'Campaigns' })).toBeVisible();
  await nav.getByRole('link', { name: 'Reporting' }).click();
  await expect(page.getByRole('heading', { name: 'Reporting' })).toBeVisible();
  await page.waitForTimeout(500);
  // No offer, no engine: nothing of ours on the page.
  expect(await page.locator('upstack-key-assist').count()).toBe(0);
  // In Events Manager the guide is offered.
  await nav.getByRole('link', { name: 'Events Manager' }).click();
  await expect(status(page)).toContainText('with help?');
});

/** The bad-input table's Reddit rows that a page can show (test/bad-inputs.ts): a pixel id, a
 * masked token, one with a space inside. */
const REFUSED = BAD_INPUTS.filter((row) => row.provider === 'reddit' && row.page === 'shown').map(
  (row): [string, string, RegExp] => [row.what, row.value, row.reason],
);

test('the table has the refusals the issue names', () => {
  const what = REFUSED.map(([w]) => w).join();
  for (const kind of ['pixel id', 'masked', 'space inside']) expect(what).toContain(kind);
});

for (const [what, shown, reason] of REFUSED) {
  test.describe(what, () => {
    test.use({ sandboxOptions: { library: 'shoelace', shownKey: shown } });
    test(`${what} shown as the token is refused, saying why; nothing kept`, async ({
      page,
      background,
    }) => {
      await page.goto(EVENTS);
      await acceptOffer(page);
      await page.getByRole('tab', { name: 'Conversions API' }).click();
      await page.getByRole('button', { name: '+ Generate Access Token' }).click();
      const dialog = redditDialog(page, 'Generate Access Token');
      await expect(dialog.getByLabel('Token name')).toHaveValue('UpstackData');
      await dialog.getByRole('button', { name: 'Generate', exact: true }).click();
      await expect(status(page)).toContainText(reason);
      await expect(panel(page)).not.toContainText(shown.trim());
      expect(vaultEntries((await storageDump(background)).session)).toEqual({});
    });
  });
}
