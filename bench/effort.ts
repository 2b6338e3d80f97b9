// Merchant effort: the actions a merchant takes from the provider's API keys page to the key
// in the Upstack form, counted from real runs. With the extension, the e2e suite's flows
// (test/e2e/support/chromium-flows.ts), which begin with the merchant's Start: accepting the offer on the API-keys
// page (one click, counted like any other; each target has 1 for it); without it, the manual path of Upstack's help articles, for real: create
// the key, copy it, take Upstack's wizard in its tab (open at Events Destination: + New Destination, the
// platform, Next), switch to that tab, click the
// field, paste with the keyboard. Both are counted the same way, in the page:
// - click: a trusted mousedown that starts a click sequence (a double or triple click to select
//   text is one action); clicks in the extension's shadow root count too;
// - typed field: a field that received trusted text input (typing or pasting), once per field;
// - copy: a trusted copy event (Ctrl+C; a page's Copy button writes the clipboard without one,
//   or with one inside its click's handler, and its click is counted);
// - tab switch: each time the harness brings another tab to the front (a tab the overlay's link
//   opens comes to the front by itself: that is the link's click).
import type { BrowserContext, Page } from '@playwright/test';
import { flows, type ProviderId, START } from '../test/e2e/support/chromium-flows';
import { backgroundWorker, expect } from '../test/e2e/support/fixtures';
import {
  sandboxState,
  setSettings,
  throughWizard,
  UPSTACK_ENTRY,
} from '../test/e2e/support/helpers';
import { open } from './browser';
import { adsEffort } from './effort-ads';

export interface Actions {
  clicks: number;
  typed: number;
  copies: number;
  tabSwitches: number;
  total: number;
}
type Kind = 'click' | 'type' | 'copy';

/** Init script: reports each merchant action to the harness through a binding. */
function countActions() {
  const report = (kind: string) =>
    (window as unknown as { __benchAction?: (kind: string) => void }).__benchAction?.(kind);
  const typed = new WeakSet<EventTarget>();
  addEventListener(
    'mousedown',
    (event) => {
      if (event.isTrusted && event.detail <= 1) report('click');
    },
    true,
  );
  addEventListener(
    'input',
    (event) => {
      const field = event.composedPath()[0];
      if (!event.isTrusted || !(event instanceof InputEvent) || !event.inputType || !field) return;
      if (typed.has(field)) return;
      typed.add(field);
      report('type');
    },
    true,
  );
  // A copy the page makes inside a click's handler (a Copy button using execCommand, as Angular
  // CDK's does) is that click's doing: the click is counted, the copy is not.
  let clicking = false;
  addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted) return;
      clicking = true;
      setTimeout(() => {
        clicking = false;
      });
    },
    true,
  );
  addEventListener('copy', (event) => event.isTrusted && !clicking && report('copy'), true);
}

export class Counter {
  counts = { click: 0, type: 0, copy: 0, tab: 0 };

  static async install(context: BrowserContext): Promise<Counter> {
    const counter = new Counter();
    await context.exposeBinding('__benchAction', (_source, kind: Kind) => {
      counter.counts[kind]++;
    });
    await context.addInitScript(countActions);
    return counter;
  }

  async switchTab(page: Page) {
    await page.bringToFront();
    this.counts.tab++;
  }

  reset() {
    this.counts = { click: 0, type: 0, copy: 0, tab: 0 };
  }

  /** The counts so far, once every page's pending reports have reached the harness. */
  async read(context: BrowserContext): Promise<Actions> {
    await Promise.all(context.pages().map((page) => page.evaluate(() => 0)));
    const { click, type, copy, tab } = this.counts;
    return {
      clicks: click,
      typed: type,
      copies: copy,
      tabSwitches: tab,
      total: click + type + copy + tab,
    };
  }
}

/** The merchant's Start: the flows begin by accepting the offer on the API-keys page. */
export const START_ACTION = 1;

/** Upstack's documented wizard from its Events Destination page to the form: "+ New
 * Destination", the platform, Next. With the extension the guide picks the platform: 2 actions;
 * the manual path takes all 3. */
export const WIZARD = 2;
const PLATFORM: Record<ProviderId, string> = {
  klaviyo: 'Klaviyo',
  omnisend: 'Omnisend',
  optimove: 'Optimove',
  dotdigital: 'Dotdigital',
};

/** The merchant switches to Upstack and pastes the copied key into the field `label`. */
async function pasteKey(page: Page, upstack: Page, counter: Counter, label: string) {
  await counter.switchTab(upstack);
  await upstack.getByLabel(label).click();
  await upstack.keyboard.press('ControlOrMeta+V');
  const [created] = (await sandboxState<{ created: { key: string }[] }>(page)).created;
  return { [label]: created?.key ?? '' };
}

/** The manual path, as Upstack's help articles describe it, in a browser without the extension. */
const manual: Record<
  ProviderId,
  (page: Page, upstack: Page, counter: Counter) => Promise<Record<string, string>>
> = {
  async klaviyo(page, upstack, counter) {
    await page.getByRole('link', { name: 'Create Private API Key' }).click();
    await page.getByLabel('Private API Key Name').fill('UpstackData');
    await page.getByText('Full Access Key').click();
    await page.locator('form').getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByRole('button', { name: 'Copy' }).click();
    return pasteKey(page, upstack, counter, 'Private API key');
  },

  async omnisend(page, upstack, counter) {
    await page.getByRole('button', { name: '+ Create API key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create API key' });
    await dialog.getByLabel('Name').fill('UpstackData');
    for (const box of await dialog.getByRole('checkbox').all()) await box.click();
    await dialog.getByRole('button', { name: 'Create API key' }).click();
    await page.getByRole('button', { name: 'Copy API key' }).click();
    return pasteKey(page, upstack, counter, 'API key');
  },

  async optimove(page, upstack, counter) {
    await page.getByRole('button', { name: '+ New API Key' }).click();
    await page.getByLabel('Nickname').fill('UpstackData');
    await page.getByLabel('Contact Email').fill('owner@acme.test');
    await page.getByRole('radio', { name: /^Admin/ }).click();
    await page.getByRole('button', { name: 'Activate key' }).click();
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    return pasteKey(page, upstack, counter, 'API key');
  },

  /** The merchant makes up the password, types it twice, and types it again in Upstack. */
  async dotdigital(page, upstack, counter) {
    const password = `Bench-${Math.random().toString(36).slice(2, 10)}#7`;
    await page.getByRole('link', { name: 'New user' }).click();
    await page.getByLabel('Description').fill('UpstackData');
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByLabel('Confirm password').fill(password);
    await page.getByRole('radio', { name: 'Enabled' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    // Select the new API user's address in the list and copy it.
    await page.getByRole('cell', { name: /^apiuser-/ }).click({ clickCount: 3 });
    await page.keyboard.press('ControlOrMeta+C');
    await counter.switchTab(upstack);
    await upstack.getByLabel('API user').click();
    await upstack.keyboard.press('ControlOrMeta+V');
    await upstack.getByLabel('Password').click();
    await upstack.getByLabel('Password').fill(password);
    const [user] = (await sandboxState<{ users: { email: string; password: string }[] }>(page))
      .users;
    return { 'API user': user?.email ?? '', Password: user?.password ?? '' };
  },
};

/** The form holds exactly the secret the provider created (compared here, never printed). */
async function expectFilled(upstack: Page, expected: Record<string, string>) {
  const { fields } = await sandboxState(upstack);
  for (const [label, value] of Object.entries(expected)) {
    if (!value || fields[label]?.trim() !== value)
      throw new Error(`The Upstack form's ${label} does not hold the new secret.`);
  }
}

export interface Effort {
  provider: string;
  /** Which case of the provider's flow (Optimove: whether the options hold the contact email). */
  variant?: string;
  target: number;
  extension: Actions;
  manual?: Actions;
}

async function withExtension(): Promise<Effort[]> {
  const browser = await open(true);
  const { context } = browser;
  try {
    const counter = await Counter.install(context);
    const background = await backgroundWorker(context);
    const run = async (id: ProviderId) => {
      const page = await context.newPage();
      counter.reset();
      const { secrets, upstack } = await flows[id](context, page);
      const actions = await counter.read(context);
      const { fields } = await sandboxState(upstack);
      const filled = Object.values(fields);
      if (!secrets.every((secret) => filled.includes(secret)))
        throw new Error(`The ${id} flow did not fill the Upstack form.`);
      await upstack.close();
      await page.close();
      return actions;
    };
    const results: Effort[] = [];
    // Each target: the flow's actions before Upstack's wizard (4: 5 when Optimove's contact
    // email is typed), the wizard's 3, and 1 for the merchant's Start (accepting the offer).
    for (const id of ['klaviyo', 'omnisend'] as const)
      results.push({ provider: id, target: 4 + WIZARD + START_ACTION, extension: await run(id) });
    results.push({
      provider: 'optimove',
      variant: 'contact email typed',
      target: 5 + WIZARD + START_ACTION,
      extension: await run('optimove'),
    });
    await setSettings(background, { contactEmail: 'owner@acme.test' });
    results.push({
      provider: 'optimove',
      variant: 'contact email in the options',
      target: 4 + WIZARD + START_ACTION,
      extension: await run('optimove'),
    });
    results.push({
      provider: 'dotdigital',
      target: 4 + WIZARD + START_ACTION,
      extension: await run('dotdigital'),
    });
    return results;
  } finally {
    await browser.close();
  }
}

async function manually(): Promise<Record<ProviderId, Actions>> {
  const browser = await open(false);
  const { context } = browser;
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const counter = await Counter.install(context);
    const results = {} as Record<ProviderId, Actions>;
    for (const id of Object.keys(START) as ProviderId[]) {
      const upstack = await context.newPage();
      await upstack.goto(UPSTACK_ENTRY);
      await expect(upstack.getByRole('button', { name: '+ New Destination' })).toBeVisible();
      const page = await context.newPage();
      await page.goto(START[id]);
      await page.bringToFront();
      counter.reset();
      // Upstack's wizard, counted (its tab switch is counted with the paste).
      await throughWizard(upstack, PLATFORM[id], { guided: false });
      await expect(upstack.getByRole('button', { name: 'Create Configuration' })).toBeVisible();
      const expected = await manual[id](page, upstack, counter);
      results[id] = await counter.read(context);
      await expectFilled(upstack, expected);
      await upstack.close();
      await page.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}

export async function merchantEffort(): Promise<Effort[]> {
  const assisted = await withExtension();
  const unassisted = await manually();
  const seeds = assisted.map((row) => ({
    ...row,
    manual: unassisted[row.provider as ProviderId],
  }));
  // The destinations added since (bench/effort-ads.ts): with the extension only.
  return [...seeds, ...(await adsEffort())];
}
