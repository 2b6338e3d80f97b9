// The Shoelace sandbox (test/sandbox/libs/shoelace/): Dotdigital and Klaviyo's create page built
// from Shoelace web components, with the app's own pages as Lit elements. Patterns it covers:
// - fields inside web components' shadow roots: every field is an <sl-input> whose native
//   <input> lives in its shadow root, itself inside the page's Lit elements' open shadow roots
//   (dd-app > dd-access > dd-new-user; kl-app > kl-create-key). The app's state follows the
//   sl-input / sl-change events, not the host's `.value` property.
// - radio group: Dotdigital's Status is an <sl-radio-group> of <sl-radio> (role radio on the
//   host, no default); Klaviyo's access level an <sl-radio-group> of <sl-radio-button> (role
//   radio on a native <button> in each one's shadow root, no default).
// - non-native select left at default: Dotdigital's "Rate limiting" <sl-select> (combobox in
//   its shadow root, <sl-option>s slotted into a popup), value "default".
// - a dialog: Dotdigital's form is in an <sl-dialog> "New API user" opened by the route
//   /settings/access/api-users/new; Klaviyo's key is shown in an <sl-dialog> "Your new private
//   API key". Both are modal with Shoelace's focus trap (focus moving out of the dialog is
//   pulled back into it).
// - a tab group: Settings > Access is an <sl-tab-group> whose "API users" <sl-tab> is selected
//   on the api-users route.
// - the key inside a page web component's open shadow root: <key-reveal> renders <code>.
// - submit buttons in shadow roots: <sl-button type="submit"> submits its light-DOM <form> by
//   a temporary native button; "New user" and the Cancel/Back buttons are <sl-button href>
//   (role link) that the app routes with pushState.
import type { Page } from '@playwright/test';
import { fillUpstack, START } from '../support/chromium-flows';
import { expect, test } from '../support/fixtures';
import { acceptOffer, panel, sandboxState, status, storageDump } from '../support/helpers';

test.use({ sandboxOptions: { library: 'shoelace' } });

const KLAVIYO_CREATE = 'https://www.klaviyo.com/create-private-api-key';
const DOTDIGITAL = START.dotdigital;

interface DotdigitalState {
  route: string;
  users: {
    email: string;
    description: string;
    password: string;
    enabled: boolean;
    rateLimit: string;
  }[];
}
interface KlaviyoState {
  route: string;
  created: { name: string; access: string; key: string }[];
  copied: number;
}

/** The sl-dialog host: its slotted content is in the light DOM, not under the role=dialog panel
 * (which is in the dialog's shadow root), so `getByRole('dialog').getByLabel(…)` finds nothing. */
const slDialog = (page: Page, label: string) => page.locator(`sl-dialog[label="${label}"]`);
const createButton = (page: Page) =>
  page.locator('form').getByRole('button', { name: 'Create', exact: true });
const rateLimit = (page: Page) =>
  page.locator('sl-select').evaluate((el) => (el as HTMLElement & { value: string }).value);

test.describe('the sandbox by hand', () => {
  test.use({ extension: false });

  test('Dotdigital: a merchant adds an enabled API user and sees it listed', async ({ page }) => {
    await page.goto(DOTDIGITAL);
    await expect(page.getByRole('tab', { name: 'API users' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await page.getByRole('link', { name: 'New user' }).click();
    await expect(page).toHaveURL(`${DOTDIGITAL}/new`);
    await expect(page.getByRole('dialog', { name: 'New API user' })).toBeVisible();
    const dialog = slDialog(page, 'New API user');
    const email = await dialog.getByLabel('Email address').inputValue();
    expect(email).toMatch(/^apiuser-[a-f0-9]{12}@apiconnector\.com$/);
    await expect(dialog.getByLabel('Email address')).toHaveAttribute('readonly', '');
    await expect(dialog.getByRole('radio', { name: 'Enabled' })).not.toBeChecked();
    await expect(dialog.getByRole('radio', { name: 'Disabled' })).not.toBeChecked();

    // A password the rules refuse: nothing is saved.
    await dialog.getByLabel('Description').fill('Shop sync');
    await dialog.getByLabel('Password', { exact: true }).fill('password1');
    await dialog.getByLabel('Confirm password').fill('password1');
    await dialog.getByRole('button', { name: 'Save' }).click();
    // sl-alert's role=alert box is in its shadow root and its text is slotted: read it by text.
    await expect(dialog.getByRole('alert')).toBeVisible();
    await expect(dialog.getByText(/must not contain "password"/)).toBeVisible();
    expect((await sandboxState<DotdigitalState>(page)).users).toEqual([]);

    await dialog.getByLabel('Password', { exact: true }).fill('Sandbox#2024x');
    await dialog.getByLabel('Confirm password').fill('Sandbox#2024x');
    await dialog.getByRole('radio', { name: 'Enabled' }).click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(DOTDIGITAL);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByRole('cell', { name: email })).toBeVisible();
    expect((await sandboxState<DotdigitalState>(page)).users).toEqual([
      {
        email,
        description: 'Shop sync',
        password: 'Sandbox#2024x',
        enabled: true,
        rateLimit: 'default',
      },
    ]);
  });

  test('Dotdigital: the rate limiting select is a real Shoelace select', async ({ page }) => {
    await page.goto(`${DOTDIGITAL}/new`);
    const dialog = slDialog(page, 'New API user');
    const select = dialog.getByRole('combobox', { name: 'Rate limiting' });
    await expect(select).toBeVisible();
    expect(await rateLimit(page)).toBe('default');
    await select.click();
    await page.getByRole('option', { name: 'High' }).click();
    expect(await rateLimit(page)).toBe('high');
    // Closing the dialog (its own close button, an inline system icon) goes back to the list.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page).toHaveURL(DOTDIGITAL);
  });

  test('Klaviyo: a merchant creates a full access key and copies it', async ({ context, page }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: 'https://www.klaviyo.com',
    });
    await page.goto(KLAVIYO_CREATE);
    await expect(page.getByRole('heading', { name: 'New private API key' })).toBeVisible();
    for (const level of ['Custom Key', 'Read-Only Key', 'Full Access Key'])
      await expect(page.getByRole('radio', { name: level })).not.toBeChecked();

    await createButton(page).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page.getByText('Enter a name and choose an access level.')).toBeVisible();
    expect((await sandboxState<KlaviyoState>(page)).created).toEqual([]);

    await page.getByLabel('Private API Key Name').fill('Merchant key');
    await page.getByRole('radio', { name: 'Full Access Key' }).click();
    await expect(page.getByRole('radio', { name: 'Full Access Key' })).toBeChecked();
    await expect(page.locator('key-reveal')).toHaveCount(0);
    await createButton(page).click();

    await expect(page.getByRole('dialog', { name: 'Your new private API key' })).toBeVisible();
    const dialog = slDialog(page, 'Your new private API key');
    const code = page.locator('key-reveal code');
    await expect(code).toBeVisible();
    const key = (await code.textContent()) ?? '';
    expect(key).toMatch(/^pk_[A-Za-z0-9]{34}$/);
    const state = await sandboxState<KlaviyoState>(page);
    expect(state.created).toEqual([{ name: 'Merchant key', access: 'full', key }]);
    // The key is in <key-reveal>'s shadow root, not in the light DOM.
    expect(await page.evaluate(() => document.body.innerHTML)).not.toContain(key);

    await dialog.getByRole('button', { name: 'Copy' }).click();
    await expect(dialog.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
    expect((await sandboxState<KlaviyoState>(page)).copied).toBe(1);

    await dialog.getByRole('link', { name: 'Back to API keys' }).click();
    await expect(page).toHaveURL('https://www.klaviyo.com/settings/account/api-keys');
    await expect(page.locator('key-reveal')).toHaveCount(0);
  });
});

test.describe('with the extension', () => {
  // fixme: the engine reads the page's text and fields through the light DOM only. Here every
  // label, tab and field is inside open shadow roots (page Lit elements, then sl-* components),
  // so on the API users route the panel stays at "Open the API users tab" and nothing is
  // filled. Needs: matching text / roles / labels across open shadow roots (sl-tab's
  // aria-selected on the host), filling an <sl-input>'s inner <input> with the native setter +
  // `input` event (the app listens to sl-input, not to the host's `.value`), choosing an
  // <sl-radio> by clicking it (role radio on the host), leaving <sl-select> alone, and watching
  // for Save inside an <sl-dialog> whose slotted form is not under its role=dialog panel.
  test('Dotdigital: from the API users tab to a filled Upstack form with the pair', async ({
    context,
    page,
    background,
  }) => {
    await page.goto(DOTDIGITAL);
    await acceptOffer(page);
    await page.getByRole('link', { name: 'New user' }).click(); // 1
    const dialog = slDialog(page, 'New API user');
    await expect(dialog.getByLabel('Description')).toHaveValue('UpstackData');
    await expect(dialog.getByRole('radio', { name: 'Enabled' })).toBeChecked();
    const password = await dialog.getByLabel('Password', { exact: true }).inputValue();
    expect(password).toHaveLength(20);
    await expect(dialog.getByLabel('Confirm password')).toHaveValue(password);
    expect(await rateLimit(page)).toBe('default'); // left alone
    await dialog.getByRole('button', { name: 'Save' }).click(); // 2
    await expect(status(page)).toHaveText('Dotdigital key captured');
    const [user] = (await sandboxState<DotdigitalState>(page)).users;
    expect(user).toMatchObject({
      description: 'UpstackData',
      password,
      enabled: true,
      rateLimit: 'default',
    });
    expect(user?.email).toMatch(/^apiuser-[a-f0-9]{12}@apiconnector\.com$/);
    const upstack = await fillUpstack(context, page, 'Dotdigital'); // 3, 4
    const { fields } = await sandboxState<{ fields: Record<string, string> }>(upstack);
    expect(fields['API user']).toBe(user?.email);
    expect(fields.Password).toBe(password);
    expect(JSON.stringify(await storageDump(background))).not.toContain(password);
  });

  // fixme: same engine capability (fields inside open shadow roots). Today the panel says "We
  // named the key UpstackData and chose Full Access Key" while the sl-input stays empty and no
  // sl-radio-button is checked: the claim is not checked against the page. Also needs: pressing
  // an <sl-radio-button> (role radio on a native <button> in its shadow root; the group's
  // sl-change sets the app state), and capturing the key from <key-reveal>'s shadow root
  // inside an <sl-dialog> (the form's Create is an <sl-button type=submit>; the navigation's
  // "Create" is an <sl-dropdown> trigger, not that one).
  test('Klaviyo: from the create page to a filled Upstack form', async ({
    context,
    page,
    background,
  }) => {
    await page.goto(KLAVIYO_CREATE);
    await acceptOffer(page);
    await expect(panel(page)).toBeVisible();
    await expect(page.getByLabel('Private API Key Name')).toHaveValue('UpstackData');
    await expect(page.getByRole('radio', { name: 'Full Access Key' })).toBeChecked();
    await createButton(page).click(); // 2 (the create page is this app's first page)
    await expect(status(page)).toHaveText('Klaviyo key captured');
    const [created] = (await sandboxState<KlaviyoState>(page)).created;
    expect(created).toMatchObject({ name: 'UpstackData', access: 'full' });
    expect(created?.key).toMatch(/^pk_[A-Za-z0-9]{34}$/);
    const upstack = await fillUpstack(context, page, 'Klaviyo'); // 3, 4
    await expect
      .poll(async () => (await sandboxState<{ fields: Record<string, string> }>(upstack)).fields)
      .toMatchObject({ 'Private API key': created?.key });
    expect(JSON.stringify(await storageDump(background))).not.toContain(created?.key);
  });
});
