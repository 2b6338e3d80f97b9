// Microsoft Advertising (a provider added after the first release, on the Element Plus sandbox):
// its one host is an optional permission, granted in the profile (fixtures.ts grantInProfile:
// the prompt is browser UI), then its content script is registered at run time. The guide leads
// to the UET tag page, the tag's "Set up tagging" and "Use Conversions API"; the token is
// captured as the dialog shows it after the merchant's click, kept with the UET Tag ID read from
// that dialog's text (the page's address carries none), and filled into Upstack's Microsoft
// Advertising form with it: the merchant types nothing. No key check (none documented). The
// wrong things are refused, and the token is in no file, storage, log or URL.
import type { Page } from '@playwright/test';
import { microsoft } from '../../../lib/recipes/microsoft';
import { optionalOrigins } from '../../../lib/recipes/optional';
import { BAD_INPUTS } from '../../bad-inputs';
import { MS_ACCOUNT, OTHER_TAG, UET_TAG } from '../../sandbox/libs/element/microsoft-tag';
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

const HOME = `https://ui.ads.microsoft.com/campaign/vnext/overview?aid=${MS_ACCOUNT}`;
const UET = `https://ui.ads.microsoft.com/campaign/vnext/uettag?aid=${MS_ACCOUNT}`;
const NAME = 'Microsoft Advertising';

test.use({ grantedOrigins: optionalOrigins(microsoft), sandboxOptions: { library: 'element' } });

test.beforeEach(async ({ background }) => {
  await expect
    .poll(() => background.evaluate(() => chrome.scripting.getRegisteredContentScripts()))
    .toContainEqual(
      expect.objectContaining({ id: 'provider-microsoft', matches: microsoft.matches }),
    );
});

const setUpDialog = (page: Page) => page.getByRole('dialog', { name: 'Set up tagging' });

/** The token the sandbox shows, whole: read from its dialog (the app keeps only its end). */
async function shownToken(page: Page) {
  return (
    await setUpDialog(page).getByRole('textbox', { name: 'Conversions API token' }).inputValue()
  ).trim();
}

test('Start in the popup opens Microsoft Advertising with the guide; the token and the UET Tag ID are captured and filled; nothing is typed', async ({
  context,
  extensionId,
  background,
  userDataDir,
}, testInfo) => {
  const seen = await watch(context, background);
  const page = await startFromPopup(context, extensionId, NAME);
  await expect(page).toHaveURL(HOME); // the home opened the account
  await expect(panel(page)).toContainText('Open “UET tag”');
  await page.getByRole('navigation', { name: NAME }).getByRole('link', { name: 'UET tag' }).click(); // 1
  await expect(panel(page)).toContainText('Click “Set up tagging” on your UET tag');
  await page.getByRole('button', { name: 'Set up tagging', exact: true }).click(); // 2
  await expect(panel(page)).toContainText('Click “Use Conversions API”');
  await setUpDialog(page).getByRole('button', { name: 'Use Conversions API' }).click(); // 3
  await expect(status(page)).toHaveText(`${NAME} key captured`);
  const token = await shownToken(page);
  expect(token.length).toBeGreaterThanOrEqual(20);
  const { tokens } = await sandboxState<{ tokens: { end: string }[] }>(page);
  expect(tokens).toEqual([{ end: token.slice(-4) }]);
  // The panel shows the token's end only, and the Tag ID in full (no secret).
  await expect(panel(page)).toContainText(`…${token.slice(-4)}`);
  await expect(panel(page)).toContainText(UET_TAG);
  await expect(panel(page)).not.toContainText(token);
  // No key check: nothing went to a Microsoft host but the dashboard's own pages.
  const hosts = new Set(seen.requests.map((r) => new URL(r.url()).host));
  expect([...hosts].filter((host) => /microsoft|bing/.test(host))).toEqual([
    'ui.ads.microsoft.com',
  ]);

  const [upstack] = await Promise.all([
    context.waitForEvent('page'),
    panel(page)
      .getByRole('link', { name: `Open Upstack ${NAME} destination` })
      .click(),
  ]);
  await throughWizard(upstack, NAME);
  await fillButton(upstack).click();
  await expect(fillStatus(upstack)).toContainText('filled');
  const { fields } = await sandboxState(upstack);
  expect(fields['Conversions API token'] === token).toBe(true);
  expect(fields['UET Tag ID']).toBe(UET_TAG); // read from the page: typed by nobody
  await expect(fillPanel(upstack)).toContainText('press “Create Configuration”');
  await expect(fillPanel(upstack)).not.toContainText('Type the');
  await upstack.getByRole('button', { name: 'Create Configuration' }).click();
  const [saved] = (await sandboxState(upstack)).saved as Record<string, string>[];
  expect(saved?.provider).toBe('microsoft');
  expect(saved?.['Conversions API token'] === token).toBe(true);
  expect(saved?.['UET Tag ID']).toBe(UET_TAG);

  // Secrecy: nowhere but the form (no check: not even Microsoft's API).
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
    expect(mentions(JSON.stringify(request.headers()), [token])).toBe(false);
  }
  await context.close(); // Chromium writes what it keeps as it shuts down
  const copies = [
    ...scanFolder(userDataDir, [token]),
    ...scanFolder(testInfo.outputDir, [token]),
  ].filter((f) => !/^Default[/\\]Sessions[/\\]/.test(f.file));
  expect(copies).toEqual([]);
});

test("the Tag ID is the one of the tag the token was made for, as its dialog names it, not the table's first", async ({
  page,
}) => {
  await page.goto(UET);
  await acceptOffer(page);
  await page.getByRole('button', { name: 'Set up tagging for Old site tag' }).click();
  await setUpDialog(page).getByRole('button', { name: 'Use Conversions API' }).click();
  await expect(status(page)).toHaveText(`${NAME} key captured`);
  await expect(panel(page)).toContainText(OTHER_TAG);
  await expect(panel(page)).not.toContainText(UET_TAG);
});

test('the content script is dormant on every other page of Microsoft Advertising', async ({
  page,
}) => {
  await page.goto(HOME);
  const nav = page.getByRole('navigation', { name: NAME });
  await nav.getByRole('link', { name: 'Campaigns' }).click();
  await expect(page.getByRole('heading', { name: 'Campaigns' })).toBeVisible();
  await page.waitForTimeout(500);
  expect(await page.locator('upstack-key-assist').count()).toBe(0);
  await nav.getByRole('link', { name: 'UET tag' }).click();
  await expect(status(page)).toContainText('with help?');
});

/** The bad-input table's Microsoft rows that a page can show (test/bad-inputs.ts). */
const REFUSED = BAD_INPUTS.filter(
  (row) => row.provider === 'microsoft' && row.page === 'shown',
).map((row): [string, string, RegExp] => [row.what, row.value, row.reason]);

test('the table has the refusals the issue names', () => {
  const what = REFUSED.map(([w]) => w).join();
  for (const kind of ['UET Tag ID', 'masked', 'space inside']) expect(what).toContain(kind);
});

for (const [what, shown, reason] of REFUSED) {
  test.describe(what, () => {
    test.use({ sandboxOptions: { library: 'element', shownKey: shown } });
    test(`${what} shown as the token is refused, saying why; nothing kept`, async ({
      page,
      background,
    }) => {
      await page.goto(UET);
      await acceptOffer(page);
      await page.getByRole('button', { name: 'Set up tagging', exact: true }).click();
      await setUpDialog(page).getByRole('button', { name: 'Use Conversions API' }).click();
      await expect(status(page)).toContainText(reason);
      await expect(panel(page)).not.toContainText(shown.trim());
      expect(vaultEntries((await storageDump(background)).session)).toEqual({});
    });
  });
}
