// Klaviyo built with MUI (test/sandbox/libs/mui/). Patterns this app covers:
// - Non-native select: the access level is an MUI <Select> (a div role="combobox" named
//   "Access level" by its InputLabel, aria-haspopup="listbox"); its options (role="option")
//   live in a Menu portalled to <body>, outside #root, only while it is open. The chosen value
//   is mirrored in a hidden, aria-hidden <input name="access-level"> (values custom /
//   read-only / full).
// - Key in plain text inside a portalled dialog: after Create, an MUI <Dialog> named "Your new
//   private API key" (portalled to <body>, outside <main>) shows the key as text in a
//   Typography <p class="secret">: no <code>, <pre> or <input>.
// - Modal that aria-hides the app root and traps focus: while the Dialog (or the Select's Menu)
//   is open MUI sets aria-hidden="true" on #root, and its FocusTrap pulls focus back from any
//   element outside the dialog, a shadow root under <html> included.
// - Slow page: with variant `late-form` the create form renders 2 s late.
// - Two values, one key: the dialog shows the private key next to the 6-character public key
//   ("Public API key"); the list page shows the public key and masked keys (pk_****xxxx).
// - Two "Create" buttons: the navigation's (opens a menu) and the form's submit button.
import type { Page } from '@playwright/test';
import { fillUpstack } from '../support/chromium-flows';
import { expect, test } from '../support/fixtures';
import { acceptOffer, KLAVIYO_API_KEYS, panel, sandboxState, status } from '../support/helpers';

test.use({ sandboxOptions: { library: 'mui' } });

const CREATE_PAGE = 'https://www.klaviyo.com/create-private-api-key';
const KEY = /^pk_[A-Za-z0-9]{34}$/;

const formCreate = (page: Page) =>
  page.locator('form').getByRole('button', { name: 'Create', exact: true });
const accessLevel = (page: Page) => page.getByRole('combobox', { name: 'Access level' });
const keyDialog = (page: Page) => page.getByRole('dialog', { name: 'Your new private API key' });

async function chooseAccess(page: Page, option: string) {
  await accessLevel(page).click();
  await page
    .getByRole('listbox', { name: 'Access level' })
    .getByRole('option', { name: option })
    .click();
  await expect(accessLevel(page)).toHaveText(option);
}

test.describe('sandbox self-test (no extension)', () => {
  test.use({ extension: false });

  test('a merchant creates a key by hand and reads it in the dialog', async ({ context, page }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: 'https://www.klaviyo.com',
    });
    await page.goto(KLAVIYO_API_KEYS);
    await expect(page.getByRole('table', { name: 'Private API keys' })).toContainText(
      'pk_****a1b2',
    );
    await expect(page.locator('.public')).toHaveText(/^[A-Za-z0-9]{6}$/);
    const publicKey = (await page.locator('.public').textContent()) ?? '';

    await page.getByRole('link', { name: 'Create Private API Key' }).click();
    await expect(page).toHaveURL(CREATE_PAGE);
    await expect(page.getByRole('heading', { name: 'New private API key' })).toBeVisible();
    const name = page.getByRole('textbox', { name: 'Private API Key Name' });
    await expect(name).toHaveAttribute('placeholder', 'Name your key');
    await expect(accessLevel(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('input[name="access-level"]')).toHaveValue(''); // no default
    await name.fill('By hand');
    await chooseAccess(page, 'Full Access Key');
    await formCreate(page).click();

    const dialog = keyDialog(page);
    await expect(dialog).toBeVisible();
    const secret = dialog.locator('.secret');
    const shown = (await secret.textContent()) ?? '';
    expect(shown).toMatch(KEY);
    expect(await secret.evaluate((el) => el.tagName)).toBe('P');
    await expect(secret).toBeVisible();
    // The public key sits next to it: a second, short value that is not the key.
    await expect(dialog.getByText(publicKey, { exact: true })).toBeVisible();
    await expect(dialog.getByText('Public API key')).toBeVisible();

    const { created } = await sandboxState(page);
    expect(created).toEqual([{ name: 'By hand', access: 'full', key: shown }]);

    await dialog.getByRole('button', { name: 'Copy' }).click();
    await expect(dialog.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    expect((await sandboxState<{ copied: number }>(page)).copied).toBe(1);

    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(page).toHaveURL(KLAVIYO_API_KEYS);
    await expect(page.getByRole('table')).toContainText(`pk_****${shown.slice(-4)}`);
    expect(await page.content()).not.toContain(shown);
  });

  test('the Select is non-native: its listbox is portalled to <body> and hides #root', async ({
    page,
  }) => {
    await page.goto(CREATE_PAGE);
    expect(await accessLevel(page).evaluate((el) => el.tagName)).toBe('DIV');
    await expect(page.getByRole('option')).toHaveCount(0);
    await accessLevel(page).click();
    const listbox = page.getByRole('listbox', { name: 'Access level' });
    await expect(listbox.getByRole('option')).toHaveText([
      'Custom Key',
      'Read-Only Key',
      'Full Access Key',
    ]);
    expect(await listbox.evaluate((el) => document.getElementById('root')?.contains(el))).toBe(
      false,
    );
    await expect(page.locator('#root')).toHaveAttribute('aria-hidden', 'true');
    await listbox.getByRole('option', { name: 'Read-Only Key' }).click();
    await expect(page.locator('#root')).not.toHaveAttribute('aria-hidden', 'true');
    await expect(page.locator('input[name="access-level"]')).toHaveValue('read-only');
  });

  test('the key dialog aria-hides #root and pulls focus back from a shadow root under <html>', async ({
    page,
  }) => {
    await page.goto(CREATE_PAGE);
    await page.getByLabel('Private API Key Name').fill('Trap');
    await chooseAccess(page, 'Custom Key');
    await formCreate(page).click();
    const dialog = keyDialog(page);
    await expect(dialog).toBeVisible();
    expect(await dialog.evaluate((el) => document.getElementById('root')?.contains(el))).toBe(
      false,
    );
    await expect(page.locator('#root')).toHaveAttribute('aria-hidden', 'true');
    // Where the key is not: inside <main>, in code/pre/input.
    await expect(page.locator('main code, main pre, main input[readonly]')).toHaveCount(0);
    // A field in an open shadow root appended to <html>, as the extension mounts its panel.
    const focusedOutside = await page.evaluate(async () => {
      const host = document.createElement('focus-probe');
      const input = document.createElement('input');
      host.attachShadow({ mode: 'open' }).append(input);
      document.documentElement.append(host);
      input.focus();
      await new Promise((r) => setTimeout(r, 100));
      return document.activeElement === host;
    });
    expect(focusedOutside).toBe(false);
    // MUI focuses the dialog's container (role="presentation", tabindex -1), the parent of the
    // role="dialog" paper, both on open and when it pulls focus back.
    expect(
      await dialog.evaluate((el) =>
        el.closest('.MuiDialog-root')?.contains(document.activeElement),
      ),
    ).toBe(true);
    expect((await sandboxState(page)).created[0]).toMatchObject({ name: 'Trap', access: 'custom' });
  });

  test('Create without an access level is refused; the navigation has its own Create', async ({
    page,
  }) => {
    await page.goto(CREATE_PAGE);
    await page.getByLabel('Private API Key Name').fill('No access');
    await formCreate(page).click();
    await expect(page.getByRole('alert')).toHaveText(/choose an access level/);
    expect((await sandboxState(page)).created).toEqual([]);
    const navCreate = page
      .getByRole('navigation')
      .getByRole('button', { name: 'Create', exact: true });
    await navCreate.click();
    await expect(page.getByRole('menuitem', { name: 'Campaign' })).toBeVisible();
    expect((await sandboxState(page)).created).toEqual([]);
  });

  test.describe('late-form variant', () => {
    test.use({ sandboxOptions: { library: 'mui', variant: 'late-form' } });
    test('renders the create form only after 2 s', async ({ page }) => {
      await page.goto(CREATE_PAGE, { waitUntil: 'domcontentloaded' });
      await page.waitForTimeout(1500);
      await expect(accessLevel(page)).toHaveCount(0);
      await expect(accessLevel(page)).toBeVisible({ timeout: 3000 });
    });
  });
});

// Needs from the engine: (1) a `choose` prefill that opens a non-native combobox (role
// combobox, name "Access level") and picks the option "Full Access Key" from a listbox
// portalled to <body> (today the recipe only knows the radio cards); (2) capture of a key shown
// as plain text in a <p> inside a dialog portalled outside <main> (today `shown` looks for
// `main code, main pre, main input[readonly]`), telling it apart from the 6-character public key
// next to it; (3) a panel that still works while MUI's Dialog aria-hides #root and its
// FocusTrap pulls focus out of the overlay's shadow root.
test('extension flow: from the API keys page to a filled Upstack form', async ({
  context,
  page,
}) => {
  await page.goto(KLAVIYO_API_KEYS);
  await acceptOffer(page);
  await expect(panel(page)).toContainText('Create Private API Key');
  await page.getByRole('link', { name: 'Create Private API Key' }).click(); // 1
  await expect(page.getByLabel('Private API Key Name')).toHaveValue('UpstackData');
  await expect(accessLevel(page)).toHaveText('Full Access Key');
  await expect(page.locator('input[name="access-level"]')).toHaveValue('full');
  await formCreate(page).click(); // 2
  await expect(status(page)).toHaveText('Klaviyo key captured');
  const [created] = (await sandboxState(page)).created;
  expect(created?.name).toBe('UpstackData');
  expect(created?.access).toBe('full');
  expect(created?.key).toMatch(KEY);
  const upstack = await fillUpstack(context, page, 'Klaviyo'); // 3, 4
  await expect
    .poll(async () => (await sandboxState(upstack)).fields['Private API key'])
    .toBe(created?.key);
});

test.describe('an access level the guide cannot choose', () => {
  test.use({ sandboxOptions: { library: 'mui', variant: 'renamed-access' } });

  test('the panel says only what the page shows, asks for the choice, points at it, and stays clear of it', async ({
    page,
  }) => {
    await page.goto('https://www.klaviyo.com/create-private-api-key');
    await acceptOffer(page);
    await expect(page.getByLabel('Private API Key Name')).toHaveValue('UpstackData');
    await expect(panel(page)).toContainText('Choose “Full Access Key” yourself.', {
      timeout: 10_000,
    });
    // It does not claim the choice it could not make.
    await expect(panel(page)).not.toContainText('chose Full Access Key');
    await expect(page.locator('input[name="access-level"]')).toHaveValue('');
    // The list the guide opened to look for the option is closed again.
    await expect(page.getByRole('listbox')).toHaveCount(0);
    const combobox = page.getByRole('combobox', { name: 'Access level' });
    await expect(page.locator('upstack-key-assist .ring')).toBeVisible();
    const [ring, target, box] = await Promise.all([
      page.locator('upstack-key-assist .ring').boundingBox(),
      combobox.boundingBox(),
      panel(page).boundingBox(),
    ]);
    // The ring is on the combobox, and the panel beside it, not over it.
    expect(ring && target && contains(ring, target)).toBe(true);
    expect(box && target && overlaps(box, target)).toBe(false);
  });
});

type Box = { x: number; y: number; width: number; height: number };
const contains = (a: Box, b: Box) =>
  a.x <= b.x && a.y <= b.y && a.x + a.width >= b.x + b.width && a.y + a.height >= b.y + b.height;
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
