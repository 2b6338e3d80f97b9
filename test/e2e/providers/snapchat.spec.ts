// Snapchat (a provider added after the first release, on the Angular Material sandbox): its one
// host is an optional permission, granted in the profile (fixtures.ts grantInProfile: the prompt
// is browser UI), then its content script is registered at run time. The guide leads to
// Business Details > Conversions API Tokens > "Generate Token" > the dialog's Generate (no token
// name: Snapchat's docs name none), and the token is captured as the mat-dialog shows it after
// the merchant's Generate, with the pixel id the page shows beside the tokens, and both are
// filled into Upstack's Snapchat form; the form's enable box is ticked by the merchant, pointed
// at by the guide. Where the page shows no pixel id (`idHidden`), the token is kept alone, the
// Fill leaves the pixel id's field as it is, and the guide points at that field, saying where to
// find the id, with a link. No key check (Snapchat's validate endpoint takes the token in its
// URL). The wrong things are refused, and the token is in no file, storage, log or URL.

import type { BrowserContext, Page } from '@playwright/test';
import { optionalOrigins } from '../../../lib/recipes/optional';
import { snapchat } from '../../../lib/recipes/snapchat';
import { BAD_INPUTS } from '../../bad-inputs';
import { SNAP_ORG, SNAP_PIXEL } from '../../sandbox/libs/angular/src/app/snapchat/account';
import { captureSnapchat, shownSnapchatToken, snapchatDialog } from '../support/ads/snapchat';
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

const HOME = `https://business.snapchat.com/${SNAP_ORG}`;
const DETAILS = `${HOME}/settings/business-details`;
const ENABLE = 'Check to enable sending events via Snapchat Conversions API';

interface SnapState {
  tokens: { end: string }[];
  copied: number;
}

type Box = { x: number; y: number; width: number; height: number };
function overlaps(a: Box | null, b: Box | null): boolean {
  if (!a || !b) return false;
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test.use({ grantedOrigins: optionalOrigins(snapchat), sandboxOptions: { library: 'angular' } });

/** The background registers the content script once it started and found the host granted: a
 * page opened before that gets none (as for a merchant whose browser just started). */
test.beforeEach(async ({ background }) => {
  await expect
    .poll(() => background.evaluate(() => chrome.scripting.getRegisteredContentScripts()))
    .toContainEqual(
      expect.objectContaining({ id: 'provider-snapchat', matches: snapchat.matches }),
    );
});

test('Start in the popup opens Business Manager with the guide; the token and the pixel id the page shows are captured and filled; the box ticked', async ({
  context,
  extensionId,
  background,
  userDataDir,
}, testInfo) => {
  const seen = await watch(context, background);
  const page = await startFromPopup(context, extensionId, 'Snapchat');
  await expect(page).toHaveURL(HOME); // Business Manager's home opened the organisation
  const token = await captureSnapchat(page);
  expect(token.length).toBeGreaterThanOrEqual(100);
  // One Generate made it: the app made one token, this one. The panel shows its end only.
  expect((await sandboxState<SnapState>(page)).tokens).toEqual([{ end: token.slice(-4) }]);
  await expect(panel(page)).toContainText(`…${token.slice(-4)}`);
  await expect(panel(page)).not.toContainText(token);
  await expect(panel(page)).toContainText('Your token is shown once');
  // No key check: nothing went to a Snapchat host but the dashboard's own pages.
  const hosts = new Set(seen.requests.map((r) => new URL(r.url()).host));
  expect([...hosts].filter((host) => /snapchat/.test(host))).toEqual(['business.snapchat.com']);

  const [upstack] = await Promise.all([
    context.waitForEvent('page'),
    panel(page).getByRole('link', { name: 'Open Upstack Snapchat destination' }).click(),
  ]);
  await throughWizard(upstack, 'Snapchat');
  await fillButton(upstack).click();
  await expect(fillStatus(upstack)).toContainText('filled');
  // The pixel id the page showed beside the tokens went in with the token: nothing to type.
  expect((await sandboxState(upstack)).fields).toMatchObject({
    'Snapchat Conversion API Token': token,
    'Snapchat Pixel ID': SNAP_PIXEL,
  });
  // Then the box Upstack needs ticked to use the token: the guide names it and rings it; the
  // extension does not tick it.
  await expect(fillPanel(upstack)).toContainText(`Tick “${ENABLE}”`);
  const box = upstack.getByRole('checkbox', { name: ENABLE });
  await expect(box).not.toBeChecked();
  const ring = upstack.locator('upstack-key-assist .ring');
  await expect
    .poll(async () => overlaps(await ring.boundingBox(), await box.boundingBox()))
    .toBe(true);
  await expect(fillPanel(upstack)).not.toContainText('Type the');
  await box.check();
  await expect(fillPanel(upstack)).toContainText('press “Create Configuration”');
  await upstack.getByRole('button', { name: 'Create Configuration' }).click();
  expect((await sandboxState(upstack)).saved).toEqual([
    expect.objectContaining({
      provider: 'snapchat',
      'Snapchat Conversion API Token': token,
      'Snapchat Pixel ID': SNAP_PIXEL,
      [ENABLE]: 'true',
    }),
  ]);

  // Secrecy: nowhere but the form (no check: not even Snapchat's API).
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

test('a box already ticked is not pointed at: the guide goes from the Fill to saving', async ({
  page,
  context,
}) => {
  await page.goto(DETAILS);
  await acceptOffer(page);
  await page.getByRole('tab', { name: 'Conversions API Tokens' }).click();
  await page.getByRole('button', { name: 'Generate Token' }).click();
  await snapchatDialog(page, 'Generate Token')
    .getByRole('button', { name: 'Generate', exact: true })
    .click();
  await expect(status(page)).toHaveText('Snapchat key captured');
  const [upstack] = await Promise.all([
    context.waitForEvent('page'),
    panel(page).getByRole('link', { name: 'Open Upstack Snapchat destination' }).click(),
  ]);
  await throughWizard(upstack, 'Snapchat');
  await upstack.getByRole('checkbox', { name: ENABLE }).check();
  await fillButton(upstack).click();
  await expect(fillStatus(upstack)).toContainText('filled');
  await expect(fillPanel(upstack)).toContainText('press “Create Configuration”');
  await expect(fillPanel(upstack)).not.toContainText('Tick');
  await expect(fillPanel(upstack)).not.toContainText('Type the');
  expect((await sandboxState(upstack)).fields['Snapchat Pixel ID']).toBe(SNAP_PIXEL);
});

test.describe('a page that shows no pixel id', () => {
  test.use({ sandboxOptions: { library: 'angular', idHidden: true } });

  /** Business Details > Conversions API Tokens > Generate Token > Generate, the offer accepted;
   * then Upstack's wizard to the Snapchat form. */
  async function toUpstack(page: Page, context: BrowserContext) {
    await page.goto(DETAILS);
    await acceptOffer(page);
    await page.getByRole('tab', { name: 'Conversions API Tokens' }).click();
    await expect(page.getByRole('button', { name: 'Generate Token' })).toBeVisible();
    await expect(page.locator('main').getByText('Pixel ID')).toHaveCount(0); // the variant shows none
    await page.getByRole('button', { name: 'Generate Token' }).click();
    await snapchatDialog(page, 'Generate Token')
      .getByRole('button', { name: 'Generate', exact: true })
      .click();
    // Kept without it: the token alone.
    await expect(status(page)).toHaveText('Snapchat key captured');
    const token = await shownSnapchatToken(page);
    const [upstack] = await Promise.all([
      context.waitForEvent('page'),
      panel(page).getByRole('link', { name: 'Open Upstack Snapchat destination' }).click(),
    ]);
    await throughWizard(upstack, 'Snapchat');
    return { token, upstack };
  }

  test('the token is kept alone; the guide points at the pixel id’s field, says where it is, and links there', async ({
    page,
    context,
    background,
    userDataDir,
  }, testInfo) => {
    const seen = await watch(context, background);
    const { token, upstack } = await toUpstack(page, context);
    // Kept without a pixel id: the token's field alone (compared by name, never printed).
    const entries = vaultEntries((await storageDump(background)).session) as Record<
      string,
      { secret?: Record<string, string> }
    >;
    expect(Object.keys(entries)).toEqual(['vault:snapchat']);
    expect(Object.keys(entries['vault:snapchat']?.secret ?? {})).toEqual(['token']);
    await fillButton(upstack).click();
    await expect(fillStatus(upstack)).toContainText('filled');
    const { fields } = await sandboxState(upstack);
    expect(fields['Snapchat Conversion API Token'] === token).toBe(true);
    expect(fields['Snapchat Pixel ID'] ?? '').toBe(''); // nothing put there
    // The typing step: the field named, where to find the id, a link to Ads Manager, the ring
    // on the field.
    await expect(fillPanel(upstack)).toContainText('Type the Snapchat Pixel ID');
    await expect(fillPanel(upstack)).toContainText('did not show it');
    await expect(fillPanel(upstack)).toContainText('under Events Manager, on your pixel');
    await expect(
      fillPanel(upstack).getByRole('link', { name: 'Find it on Snapchat' }),
    ).toHaveAttribute('href', 'https://ads.snapchat.com/');
    const field = upstack.getByLabel('Snapchat Pixel ID', { exact: true });
    const ring = upstack.locator('upstack-key-assist .ring');
    await expect
      .poll(async () => overlaps(await ring.boundingBox(), await field.boundingBox()))
      .toBe(true);
    // Typed by the merchant: the guide goes on to the box.
    await field.fill(SNAP_PIXEL);
    await expect(fillPanel(upstack)).toContainText(`Tick “${ENABLE}”`);
    await upstack.getByRole('checkbox', { name: ENABLE }).check();
    await expect(fillPanel(upstack)).toContainText('press “Create Configuration”');
    await upstack.getByRole('button', { name: 'Create Configuration' }).click();
    expect((await sandboxState(upstack)).saved).toEqual([
      expect.objectContaining({ provider: 'snapchat', 'Snapchat Pixel ID': SNAP_PIXEL }),
    ]);

    // Secrecy, as with the id read.
    const stored = await storageDump(background);
    expect(mentions(JSON.stringify(stored.local), [token])).toBe(false);
    expect(mentions(JSON.stringify(stored.sync), [token])).toBe(false);
    expect(mentions(JSON.stringify(stored.session), [token])).toBe(false);
    expect(seen.output.filter((line) => mentions(line, [token]))).toEqual([]);
    for (const request of seen.requests) {
      expect(mentions(request.url(), [token])).toBe(false);
      expect(mentions(request.postData() ?? '', [token])).toBe(false);
    }
    await context.close();
    const copies = [
      ...scanFolder(userDataDir, [token]),
      ...scanFolder(testInfo.outputDir, [token]),
    ].filter((f) => !/^Default[/\\]Sessions[/\\]/.test(f.file));
    expect(copies).toEqual([]);
  });

  test('the Fill leaves a pixel id the merchant typed first as it is', async ({
    page,
    context,
  }) => {
    const { token, upstack } = await toUpstack(page, context);
    const field = upstack.getByLabel('Snapchat Pixel ID', { exact: true });
    await field.fill(SNAP_PIXEL);
    await fillButton(upstack).click();
    await expect(fillStatus(upstack)).toContainText('filled');
    const { fields } = await sandboxState(upstack);
    expect(fields['Snapchat Conversion API Token'] === token).toBe(true);
    expect(fields['Snapchat Pixel ID']).toBe(SNAP_PIXEL); // not emptied by the Fill
    await expect(field).toHaveValue(SNAP_PIXEL);
    // Nothing left to type: the box, then the save.
    await expect(fillPanel(upstack)).toContainText(`Tick “${ENABLE}”`);
    await expect(fillPanel(upstack)).not.toContainText('Type the');
  });
});

test('the content script is dormant on every other page of Business Manager', async ({ page }) => {
  await page.goto(HOME);
  const nav = page.getByRole('navigation', { name: 'Business' });
  await nav.getByRole('link', { name: 'Members' }).click();
  await expect(page.getByRole('heading', { name: 'Members' })).toBeVisible();
  await nav.getByRole('link', { name: 'Ad Accounts' }).click();
  await expect(page.getByRole('heading', { name: 'Ad Accounts' })).toBeVisible();
  await page.waitForTimeout(500);
  // No offer, no engine: nothing of ours on the page.
  expect(await page.locator('upstack-key-assist').count()).toBe(0);
  // On Business Details the guide is offered.
  await nav.getByRole('link', { name: 'Business Details' }).click();
  await expect(status(page)).toContainText('with help?');
});

/** The bad-input table's Snapchat rows that a page can show (test/bad-inputs.ts): the pixel id,
 * a masked token, one with a space inside. */
const REFUSED = BAD_INPUTS.filter((row) => row.provider === 'snapchat' && row.page === 'shown').map(
  (row): [string, string, RegExp] => [row.what, row.value, row.reason],
);

test('the table has the refusals the issue names', () => {
  const what = REFUSED.map(([w]) => w).join();
  for (const kind of ['pixel id', 'masked', 'space inside']) expect(what).toContain(kind);
});

for (const [what, shown, reason] of REFUSED) {
  test.describe(what, () => {
    test.use({ sandboxOptions: { library: 'angular', shownKey: shown } });
    test(`${what} shown as the token is refused, saying why; nothing kept`, async ({
      page,
      background,
    }) => {
      await page.goto(DETAILS);
      await acceptOffer(page);
      await page.getByRole('tab', { name: 'Conversions API Tokens' }).click();
      await page.getByRole('button', { name: 'Generate Token' }).click();
      await snapchatDialog(page, 'Generate Token')
        .getByRole('button', { name: 'Generate', exact: true })
        .click();
      await expect(status(page)).toContainText(reason);
      await expect(panel(page)).not.toContainText(shown.trim());
      expect(vaultEntries((await storageDump(background)).session)).toEqual({});
    });
  });
}
