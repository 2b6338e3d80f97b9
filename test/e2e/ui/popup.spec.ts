// The popup as a product: one primary action per state with a name that says which provider,
// Open Upstack destination once a key is held, Forget asked once more, the done state with its
// time, and the toolbar badge; the first-run page, opened on install only.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { recipes } from '../../../lib/recipes';
import { installSandbox } from '../../sandbox/serve';
import { fillUpstack } from '../support/chromium-flows';
import { expect, firstRunPage, launch, test } from '../support/fixtures';
import {
  captureKlaviyo,
  KLAVIYO_API_KEYS,
  panel,
  status,
  storageDump,
  UPSTACK_ENTRY,
} from '../support/helpers';

async function openPopup(context: BrowserContext, extensionId: string) {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('heading', { name: 'Klaviyo' })).toBeVisible();
  return popup;
}

const rowOf = (popup: Page, name: string) =>
  popup.getByRole('listitem').filter({ has: popup.getByRole('heading', { name }) });

/** The toolbar badge's text and title, as the browser holds them. */
const badge = (background: Worker) =>
  background.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    title: await chrome.action.getTitle({}),
  }));

/** Every button's and link's accessible name in the page (none may repeat). */
async function controlNames(page: Page): Promise<string[]> {
  const names: string[] = [];
  for (const role of ['button', 'link'] as const)
    for (const control of await page.getByRole(role).all())
      names.push(
        (await control.getAttribute('aria-label')) ?? ((await control.innerText()) || '').trim(),
      );
  return names;
}

test('the popup has a mark, an intro, a help link and one Start tile per provider, each named for it', async ({
  context,
  extensionId,
}) => {
  const popup = await openPopup(context, extensionId);
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Upstack Key Assist');
  await expect(popup.locator('header img.mark')).toBeVisible();
  await expect(popup.locator('header')).toContainText('fills it into Upstack Data');
  await expect(popup.getByRole('link', { name: 'Help articles' })).toHaveAttribute(
    'href',
    'https://docs.upstackdata.com/guides/',
  );
  for (const { name } of recipes) {
    const row = rowOf(popup, name);
    await expect(row).toContainText('Not started');
    // One action, the tile's one button, named for its provider.
    await expect(row.getByRole('button')).toHaveCount(1);
    await expect(row.getByRole('button', { name: `Start ${name}`, exact: true })).toBeVisible();
  }
  // Nothing under way: no loud primary button (the popup has one at most, for what is under way).
  await expect(popup.locator('.primary')).toHaveCount(0);
  const names = await controlNames(popup);
  expect(new Set(names).size).toBe(names.length);
  expect(names.filter((n) => n === 'Start')).toEqual([]);
});

test('a held key: Open Upstack destination is the primary action, Copy key stands apart, the badge counts the minutes', async ({
  context,
  page,
  extensionId,
  background,
}) => {
  const popup = await openPopup(context, extensionId);
  await expect.poll(async () => (await badge(background)).text).toBe('');
  await captureKlaviyo(page);
  // The open popup follows the vault without a reload.
  const row = rowOf(popup, 'Klaviyo');
  await expect(row).toContainText('Key captured: pk_…');
  const open = row.getByRole('link', { name: 'Open Upstack Klaviyo destination' });
  await expect(open).toHaveClass(/primary/);
  await expect(row.locator('.primary')).toHaveCount(1);
  await expect(row.getByRole('button', { name: 'Forget Klaviyo key' })).toBeVisible();
  await expect(row.getByRole('button', { name: 'Check Klaviyo key' })).toBeVisible();
  // Copy key, the last resort, in its own region under its warning.
  const lastResort = row.getByRole('region', { name: 'If filling does not work' });
  await expect(lastResort.getByRole('button', { name: 'Copy Klaviyo key' })).toBeVisible();
  await expect(lastResort).toContainText('Last resort: the clipboard is shared');
  const names = await controlNames(popup);
  expect(new Set(names).size).toBe(names.length);

  // The badge: the minutes left (10 by default), with a title that says what they are.
  await expect.poll(async () => (await badge(background)).text).toBe('10m');
  expect((await badge(background)).title).toMatch(/a key is held in memory, forgotten in 10 min/);
  // Each minute, by an alarm, while a key is held.
  expect(
    await background.evaluate(
      async () => (await chrome.alarms.get('badge-minutes'))?.periodInMinutes,
    ),
  ).toBe(1);
  // When the time left changes, the badge follows (here: the entry's limit moved to 3.5 minutes).
  await background.evaluate(async () => {
    const entry = (await chrome.storage.session.get('vault:klaviyo'))['vault:klaviyo'] as object;
    await chrome.storage.session.set({
      'vault:klaviyo': { ...entry, expiresAt: Date.now() + 210_000 },
    });
  });
  await expect.poll(async () => (await badge(background)).text).toBe('4m');

  // The primary action opens Upstack's documented entry to a new destination.
  const [upstack] = await Promise.all([context.waitForEvent('page'), open.click()]);
  await expect(upstack).toHaveURL(UPSTACK_ENTRY);
  await expect(upstack.getByRole('button', { name: '+ New Destination' })).toBeVisible();
});

test('Forget key asks first: Keep leaves the key, Yes forgets it and clears the badge', async ({
  context,
  page,
  extensionId,
  background,
}) => {
  const key = await captureKlaviyo(page);
  const popup = await openPopup(context, extensionId);
  const row = rowOf(popup, 'Klaviyo');
  await expect.poll(async () => (await badge(background)).text).toBe('10m');

  await row.getByRole('button', { name: 'Forget Klaviyo key' }).click();
  const question = row.getByRole('group', {
    name: 'Forget the Klaviyo key? It can no longer be filled into Upstack.',
  });
  await expect(question).toBeVisible();
  // The safe answer has focus; keeping changes nothing.
  await expect(question.getByRole('button', { name: 'Keep Klaviyo key' })).toBeFocused();
  await question.getByRole('button', { name: 'Keep Klaviyo key' }).click();
  await expect(question).toHaveCount(0);
  await expect(row.getByRole('button', { name: 'Forget Klaviyo key' })).toBeFocused();
  expect(JSON.stringify((await storageDump(background)).session)).toContain(key);
  await expect(row).toContainText('Key captured');

  await row.getByRole('button', { name: 'Forget Klaviyo key' }).click();
  await row.getByRole('button', { name: 'Yes, forget Klaviyo key' }).click();
  await expect(row).toContainText('Not started');
  await expect(row.getByRole('button', { name: 'Start Klaviyo', exact: true })).toBeVisible();
  expect((await storageDump(background)).session['vault:klaviyo']).toBeUndefined();
  await expect(status(page)).toContainText('forgotten');
  await expect.poll(async () => (await badge(background)).text).toBe('');
  expect((await badge(background)).title).toBe('Upstack Key Assist');
  expect(await background.evaluate(() => chrome.alarms.get('badge-minutes'))).toBeFalsy();
});

test('an expired key: the popup says so and offers a new key, and the badge goes', async ({
  context,
  page,
  extensionId,
  background,
}) => {
  await captureKlaviyo(page);
  const popup = await openPopup(context, extensionId);
  const row = rowOf(popup, 'Klaviyo');
  await expect(row).toContainText('Key captured');
  await expect.poll(async () => (await badge(background)).text).toBe('10m');
  // The key's time is up (its limit moved to now); the expiry alarm sweeps it at that time.
  await background.evaluate(async () => {
    const entry = (await chrome.storage.session.get('vault:klaviyo'))['vault:klaviyo'] as object;
    await chrome.storage.session.set({ 'vault:klaviyo': { ...entry, expiresAt: Date.now() } });
    await chrome.alarms.create('vault-expiry:klaviyo', { when: Date.now() });
  });
  // The open popup follows without a reload.
  await expect(row).toContainText('Key forgotten (time limit)');
  const again = row.getByRole('button', { name: 'Create a new Klaviyo key' });
  await expect(again).toHaveClass(/primary/);
  await expect(row.getByRole('button')).toHaveCount(1);
  await expect.poll(async () => (await badge(background)).text).toBe('');
  const [started] = await Promise.all([context.waitForEvent('page'), again.click()]);
  await expect(started).toHaveURL(KLAVIYO_API_KEYS);
});

test('after the fill: a done state with the time it was filled, and no badge', async ({
  context,
  page,
  extensionId,
  background,
}) => {
  await captureKlaviyo(page);
  await fillUpstack(context, page, 'Klaviyo');
  const filledAt = await background.evaluate(async () => {
    const entry = (await chrome.storage.session.get('vault:klaviyo'))['vault:klaviyo'] as {
      state: string;
      at: number;
    };
    return entry.state === 'filled' ? entry.at : 0;
  });
  expect(filledAt).toBeGreaterThan(0);

  const popup = await openPopup(context, extensionId);
  const clock = await popup.evaluate(
    (at) =>
      new Intl.DateTimeFormat(chrome.i18n.getUILanguage(), {
        hour: '2-digit',
        minute: '2-digit',
      }).format(at),
    filledAt,
  );
  const row = rowOf(popup, 'Klaviyo');
  await expect(row).toContainText(`Done: key filled in Upstack at ${clock}`);
  await expect(row).toContainText('Check the Upstack form and save it there');
  // Done: no primary action, no Start offered as if nothing had happened.
  await expect(row.locator('.primary')).toHaveCount(0);
  await expect(row.getByRole('button')).toHaveText(['Start Klaviyo again']);
  await expect.poll(async () => (await badge(background)).text).toBe('');
});

test('the first-run page opens on install, says what is read and kept, and starts a provider', async ({
  userDataDir,
}) => {
  // Not on an update: test/unit/first-run.test.ts. (Chromium reports an extension loaded from the
  // command line as installed anew at every launch, so an update cannot be made here.)
  const first = await launch({ userDataDir, keepFirstRun: true });
  try {
    await installSandbox(first.context);
    const welcome = await firstRunPage(first.context);
    const extensionId = new URL(welcome.url()).host;
    const reads = welcome.getByRole('region', { name: 'Which sites it reads' });
    await expect(welcome.getByRole('heading', { level: 1 })).toHaveText(
      'Welcome to Upstack Key Assist',
    );
    await expect(welcome.locator('header img.mark')).toBeVisible();
    await expect(reads).toContainText('Klaviyo, Omnisend, Optimove, Dotdigital');
    await expect(reads).toContainText('https://app.upstackdata.com');
    await expect(reads).toContainText('never a private window');
    const keeps = welcome.getByRole('region', { name: 'What it keeps' });
    await expect(keeps).toContainText("in the browser's memory only, for 10 minutes by default");
    await expect(keeps).toContainText('the toolbar button shows the minutes left');
    for (const { name } of recipes)
      await expect(
        welcome.getByRole('button', { name: `Start ${name}`, exact: true }),
      ).toBeVisible();
    await expect(welcome.getByRole('link', { name: 'Options' })).toHaveAttribute(
      'href',
      `chrome-extension://${extensionId}/options.html`,
    );

    // Start, as in the popup: the provider's API keys page with the guide running.
    const [started] = await Promise.all([
      first.context.waitForEvent('page'),
      welcome.getByRole('button', { name: 'Start Klaviyo', exact: true }).click(),
    ]);
    await expect(started).toHaveURL(KLAVIYO_API_KEYS);
    await expect(panel(started)).toContainText(/Step \d of \d/);
  } finally {
    await first.context.close();
  }
});
