// Each provider's whole merchant path through the Driver, from its API keys page to a filled
// Upstack form: clicks on the real pages and the overlay, no goto after the start. The same
// steps run in Chromium and Firefox.
import type { Driver, Tab } from './driver';
import { expect as baseExpect } from './driver-fixtures';
import { type ProviderId, START } from './start';

/** Firefox under puppeteer is slower to settle than Chromium on 2 shared cores. */
const expect = baseExpect.configure({ timeout: 20_000 });

export type { ProviderId };

export interface FlowResult {
  /** The confidential values as the provider's app created them: the key, or the password. */
  secrets: string[];
  /** Parts of the credential that are not secret (Dotdigital's API user). */
  identifiers: string[];
  /** The Upstack destination form, filled. */
  upstack: Tab;
}

/** On a provider's API-keys page, the merchant accepts the offer: the guide runs in this tab. */
export async function acceptOffer(tab: Tab) {
  await expect.poll(() => tab.status('panel')).toContain('with help?');
  await tab.click({ role: 'button', name: 'Start guided setup', in: 'panel' });
}

export async function captured(tab: Tab, name: string) {
  await expect.poll(() => tab.status('panel')).toBe(`${name} key captured`);
}

/** Upstack's documented wizard with a key held: "+ New Destination", the platform (picked by
 * the guide, read back from the page's radio), Next. */
export async function throughWizard(upstack: Tab, name: string) {
  await upstack.click({ role: 'button', name: '+ New Destination' });
  const picker = { dialog: 'Select a Destination' };
  await expect.poll(() => upstack.checked({ role: 'radio', name, in: picker })).toBe(true);
  await upstack.click({ role: 'button', name: 'Next', in: picker });
}

export const FILL = { role: 'button', name: 'Fill API key', in: 'fillPanel' } as const;

/** The state of the vault's entry for a provider ('' when none): never its secret. */
export async function vaultState(driver: Driver, provider: ProviderId): Promise<string> {
  const entry = (await driver.storage()).session[`vault:${provider}`] as
    | { state?: string }
    | undefined;
  return entry?.state ?? '';
}

/** The vault's entries as JSON (checked with `includes`, never printed). */
export async function vaultJson(driver: Driver): Promise<string> {
  const { session } = await driver.storage();
  return JSON.stringify(
    Object.fromEntries(Object.entries(session).filter(([k]) => k.startsWith('vault:'))),
  );
}

/** The same, once the background holds a key: the panel shows a key as captured the moment it
 * is sent (lib/engine/guide-key.ts), before the background's answer has kept it. */
export async function heldVault(driver: Driver): Promise<string> {
  let json = '';
  await baseExpect
    .poll(async () => {
      json = await vaultJson(driver);
      return json.includes('"state":"captured"');
    })
    .toBe(true);
  return json;
}

/** Opens the Upstack form from the overlay, goes through the wizard and presses Fill API key;
 * done when the vault says filled (the key is then forgotten). */
export async function fillUpstack(
  driver: Driver,
  provider: ProviderId,
  tab: Tab = driver.tab,
): Promise<Tab> {
  const upstack = await openUpstack(tab, provider);
  await upstack.click(FILL);
  await expect.poll(() => vaultState(driver, provider)).toBe('filled');
  return upstack;
}

/** From the provider's tab, the overlay's link to the Upstack form, and the wizard to it. */
export async function openUpstack(tab: Tab, provider: ProviderId): Promise<Tab> {
  const upstack = await tab.clickToOpen({
    role: 'link',
    name: `Open Upstack ${NAMES[provider]} destination`,
    in: 'panel',
  });
  await throughWizard(upstack, NAMES[provider]);
  await expect.poll(() => upstack.count(FILL)).toBe(1);
  return upstack;
}

async function created<T>(tab: Tab, list: 'created' | 'users'): Promise<T> {
  const [first] = (await tab.sandboxState<Record<string, T[]>>())[list] ?? [];
  if (!first) throw new Error('The sandbox created nothing.');
  return first;
}

/** Up to the captured key, on the provider's pages. */
export const captures: Record<ProviderId, (tab: Tab) => Promise<Omit<FlowResult, 'upstack'>>> = {
  async klaviyo(tab) {
    await tab.goto(START.klaviyo);
    await acceptOffer(tab);
    await expect.poll(() => tab.text('panel')).toContain('Create Private API Key');
    await tab.click({ role: 'link', name: 'Create Private API Key' });
    await expect.poll(() => tab.checked({ role: 'radio', name: /Full Access Key/ })).toBe(true);
    await tab.click({ role: 'button', name: 'Create', exact: true, in: { css: 'form' } });
    await captured(tab, 'Klaviyo');
    const { key } = await created<{ key: string }>(tab, 'created');
    return { secrets: [key], identifiers: [] };
  },

  async omnisend(tab) {
    await tab.goto(START.omnisend);
    await acceptOffer(tab);
    await tab.click({ role: 'button', name: '+ Create API key' });
    const dialog = { dialog: 'Create API key' };
    await expect.poll(() => tab.value('Name', dialog)).toBe('UpstackData');
    await tab.click({ role: 'button', name: 'Create API key', in: dialog });
    await captured(tab, 'Omnisend');
    const { key } = await created<{ key: string }>(tab, 'created');
    return { secrets: [key], identifiers: [] };
  },

  /** Types the contact email (the overlay asks for it: the options do not hold it). */
  async optimove(tab) {
    await tab.goto(START.optimove);
    await acceptOffer(tab);
    await tab.click({ role: 'button', name: '+ New API Key' });
    await expect.poll(() => tab.value('Nickname')).toBe('UpstackData');
    if (!(await tab.value('Contact Email'))) await tab.fill('Contact Email', 'owner@acme.test');
    await tab.click({ role: 'button', name: 'Activate key' });
    await captured(tab, 'Optimove');
    const { key } = await created<{ key: string }>(tab, 'created');
    return { secrets: [key], identifiers: [] };
  },

  async dotdigital(tab) {
    await tab.goto(START.dotdigital);
    await acceptOffer(tab);
    await tab.click({ role: 'link', name: 'New user' });
    await expect.poll(() => tab.value('Description')).toBe('UpstackData');
    await tab.click({ role: 'button', name: 'Save' });
    await captured(tab, 'Dotdigital');
    const user = await created<{ email: string; password: string }>(tab, 'users');
    return { secrets: [user.password], identifiers: [user.email] };
  },
};

export const NAMES: Record<ProviderId, string> = {
  klaviyo: 'Klaviyo',
  omnisend: 'Omnisend',
  optimove: 'Optimove',
  dotdigital: 'Dotdigital',
};

/** The whole flow in the driver's first tab: captured, then filled into the Upstack form. */
export async function flow(driver: Driver, provider: ProviderId): Promise<FlowResult> {
  const result = await captures[provider](driver.tab);
  return { ...result, upstack: await fillUpstack(driver, provider) };
}
