import {
  type BrowserContext,
  expect,
  type Locator,
  type Page,
  type Worker,
} from '@playwright/test';

export const KLAVIYO_API_KEYS = 'https://www.klaviyo.com/settings/account/api-keys';

/** The extension's panel, found through its open shadow root as a merchant's tools would. */
export function panel(page: Page) {
  return page.getByRole('dialog', { name: 'Upstack Key Assist' });
}

export function status(page: Page) {
  return panel(page).getByRole('status');
}

/** The Upstack dashboard's panel: an extension page in an iframe under <upstack-key-assist>
 * (the page's scripts cannot reach into it; Playwright's frameLocator can). */
export function fillPanel(page: Page) {
  return page
    .frameLocator('upstack-key-assist iframe')
    .getByRole('dialog', { name: 'Upstack Key Assist' });
}

export function fillStatus(page: Page) {
  return fillPanel(page).getByRole('status');
}

/** The Fill frame itself (an extension page), to run code in it. */
export function fillFrame(page: Page) {
  const frame = page
    .frames()
    .find((f) => /^chrome-extension:\/\/[^/]+\/fill\.html\?/.test(f.url()));
  if (!frame) throw new Error('No Fill frame on this page.');
  return frame;
}

/**
 * The Fill frame tells its parent the merchant pressed Fill for `entry`, as it does once its own
 * guard passed: what a frame whose IntersectionObserver v2 is missing (Firefox) or whose vault
 * update has not arrived yet would send. Only the content script's guard and the background
 * stand between this and the key. Sent from the frame's own window, at the extension's origin,
 * which no page script can do.
 */
export async function frameReportsFill(page: Page, entry: string) {
  // The content script counts a Fill only from a frame that has not changed for half a second.
  await page.waitForTimeout(600);
  await fillFrame(page).evaluate(
    (e) => window.parent.postMessage({ type: 'fill', entry: e }, '*'),
    entry,
  );
}

/** The vault entry's id the background holds for `provider` (never its secret). */
export async function heldEntry(background: Worker, provider: string): Promise<string> {
  return background.evaluate(async (key) => {
    const entry = (await chrome.storage.session.get(key))[key] as { id?: string } | undefined;
    return entry?.id ?? '';
  }, `vault:${provider}`);
}

/** The Upstack panel's Fill button. Playwright's click waits until it counts: the frame marks
 * it aria-disabled for the half second after it appears or moves. */
export function fillButton(page: Page) {
  return fillPanel(page).getByRole('button', { name: 'Fill API key' });
}

/**
 * Test set-up: a guide already running in every open tab for these providers, as after the
 * merchant's Start. The ways of starting have their own tests (dormant.spec.ts); tests about
 * something else on a page outside the API-keys pages start here.
 */
export async function guideRunning(background: Worker, ...providers: string[]) {
  await background.evaluate(async (ids) => {
    const tabs = (await chrome.tabs.query({})).map((tab) => tab.id);
    await chrome.storage.session.set(
      Object.fromEntries(ids.map((id) => [`guide:${id}`, { tabs }])),
    );
  }, providers);
}

/** The popup's Start for a provider ("Start again" after a fill): returns the tab it opens,
 * where the guide runs. */
export async function startFromPopup(context: BrowserContext, extensionId: string, name: string) {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const [started] = await Promise.all([
    context.waitForEvent('page'),
    popup
      .getByRole('listitem')
      .filter({ hasText: name })
      .getByRole('button', { name: new RegExp(`^Start ${name}( again)?$`) })
      .click(),
  ]);
  return started;
}

/** On a provider's API-keys page, the merchant accepts the offer: the guide runs in this tab. */
export async function acceptOffer(page: Page) {
  await expect(status(page)).toContainText('with help?');
  await panel(page).getByRole('button', { name: 'Start guided setup' }).click();
}

/** The sandbox app's own state: what it would have received, read from React, not the DOM. */
export async function sandboxState<T = SandboxState>(page: Page): Promise<T> {
  return page.evaluate(() =>
    (window as unknown as { __sandbox: { state(): T } }).__sandbox.state(),
  );
}

export interface SandboxState {
  route: string;
  created: { name: string; access: string; key: string }[];
  fields: Record<string, string>;
  saved: unknown[];
}

/** Everything the extension keeps in storage, as the background sees it. */
export async function storageDump(background: Worker) {
  return background.evaluate(async () => ({
    session: await chrome.storage.session.get(null),
    local: await chrome.storage.local.get(null),
    sync: await chrome.storage.sync.get(null),
  }));
}

/** The vault's entries only (storage.session also holds guide progress, never a secret). */
export function vaultEntries(session: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(session).filter(([key]) => key.startsWith('vault:')));
}

/** What a script of the page can read: its DOM and every open shadow root, with attributes. */
export function readableByPage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        parts.push(el.outerHTML);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return parts.join('\n');
  });
}

export async function shadowHtml(page: Page): Promise<string> {
  return page.evaluate(() => {
    const host = document.querySelector('upstack-key-assist');
    return host?.shadowRoot ? host.shadowRoot.innerHTML + host.outerHTML : '';
  });
}

export async function setSettings(background: Worker, settings: Record<string, unknown>) {
  await background.evaluate((s) => chrome.storage.sync.set({ settings: s }), settings);
}

/** Upstack's documented entry to a new destination ("Events Destination"). */
export const UPSTACK_ENTRY = 'https://app.upstackdata.com/pixel/event-destinations';

/** Upstack's documented wizard, as the merchant does it: "+ New Destination", the platform,
 * Next. `guided` (a key is held): the guide picks the platform, so the merchant presses two;
 * otherwise the merchant picks it too (three). `dispatch`: the page's own layer covers its
 * controls (hostile CSS), so their clicks are dispatched to them, as that spec does with the
 * provider's Create. */
export async function throughWizard(
  upstack: Page,
  name: string,
  {
    dispatch = false,
    guided = true,
    onPicker = async () => {},
  }: { dispatch?: boolean; guided?: boolean; onPicker?: () => Promise<void> } = {},
) {
  const press = (target: Locator) => (dispatch ? target.dispatchEvent('click') : target.click());
  await press(upstack.getByRole('button', { name: '+ New Destination' }));
  const picker = upstack.getByRole('dialog', { name: 'Select a Destination' });
  if (!guided) await press(picker.getByRole('radio', { name }));
  await expect(picker.getByRole('radio', { name })).toBeChecked();
  await onPicker();
  await press(picker.getByRole('button', { name: 'Next' }));
}

/** On Klaviyo's create page with a key already held: the guide points to Upstack and prefills no
 * second key, so the merchant names it and picks its access, then presses Create. */
export async function createKlaviyoKeyByHand(page: Page) {
  await page.getByLabel('Private API Key Name').fill('UpstackData');
  await page.getByRole('radio', { name: /Full Access Key/ }).check();
  await page.locator('form').getByRole('button', { name: 'Create', exact: true }).click();
}

export async function captureKlaviyo(page: Page): Promise<string> {
  await page.goto('https://www.klaviyo.com/create-private-api-key');
  await acceptOffer(page);
  await expect(page.getByRole('radio', { name: /Full Access Key/ })).toBeChecked();
  await page.locator('form').getByRole('button', { name: 'Create', exact: true }).click();
  await expect(status(page)).toHaveText('Klaviyo key captured');
  const [created] = (await sandboxState(page)).created;
  if (!created) throw new Error('The sandbox created no key.');
  return created.key;
}

/**
 * The merchant's whole Klaviyo path from the API keys list to a filled Upstack form: four
 * actions (Create Private API Key, Create, open Upstack, Fill API key) and Upstack's wizard (+ New
 * Destination, Klaviyo, Next).
 * `onStep` sees each page at each step (the demo takes screenshots there).
 */
export async function klaviyoFlow(
  context: BrowserContext,
  page: Page,
  onStep: (name: string, page: Page) => Promise<void> = async () => {},
) {
  await page.goto(KLAVIYO_API_KEYS);
  await expect(status(page)).toContainText('with help?');
  await onStep('0-offer', page);
  await acceptOffer(page);
  await expect(panel(page)).toContainText('Create Private API Key');
  await onStep('1-api-keys-list', page);

  await page.getByRole('link', { name: 'Create Private API Key' }).click();
  await expect(page.getByRole('radio', { name: /Full Access Key/ })).toBeChecked();
  await onStep('2-create-form-prefilled', page);

  await page.locator('form').getByRole('button', { name: 'Create', exact: true }).click();
  await expect(status(page)).toHaveText('Klaviyo key captured');
  await onStep('3-key-captured', page);
  const [created] = (await sandboxState(page)).created;
  if (!created) throw new Error('The sandbox created no key.');

  const [upstack] = await Promise.all([
    context.waitForEvent('page'),
    panel(page).getByRole('link', { name: 'Open Upstack Klaviyo destination' }).click(),
  ]);
  await throughWizard(upstack, 'Klaviyo', {
    onPicker: () => onStep('4-upstack-picker', upstack),
  });
  await expect(fillButton(upstack)).toBeVisible();
  await onStep('5-upstack-form', upstack);

  await fillButton(upstack).click();
  await expect(fillStatus(upstack)).toContainText('filled');
  await onStep('6-upstack-filled', upstack);
  return { created, upstack };
}
