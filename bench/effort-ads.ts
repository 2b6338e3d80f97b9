// Merchant effort for the destinations added after the first release (recipe `optional`): from
// the popup's Start to the filled Upstack form, counted as bench/effort.ts counts. Their hosts
// are granted in the profile, as after the merchant allowed them once (the browser's prompt is
// counted as one click: no test can press it). Each destination's path is the e2e spec's own
// (test/e2e/support/ads/<id>.ts). What the merchant types in Upstack's form is what the Fill left
// empty among the fields the guide's typing step names (lib/recipes/typed.ts, the same list): a
// recipe's typed fields, and an id the page did not show; each is typed here and counted.
// The manual path, for the same destinations, in a browser without the extension, as Upstack's
// guides describe it: Upstack's wizard, the provider's clicks to the token, each id the page shows
// copied across (selected with a double click, Ctrl+C, Upstack's tab, its field, Ctrl+V, back),
// the token copied with the page's Copy button and pasted into its field; an id the extension
// does not read either is typed in both paths (one action), and a box is ticked in both. The
// target: at most the manual count minus three, and never more than the guide's own count.
import { rmSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { recipeById } from '../lib/recipes';
import { optionalOrigins } from '../lib/recipes/optional';
import type { Recipe } from '../lib/recipes/schema';
import { typedFields } from '../lib/recipes/typed';
import { captureMeta, shownMetaToken } from '../test/e2e/support/ads/meta';
import {
  captureMicrosoft,
  setUpDialog,
  shownMicrosoftToken,
} from '../test/e2e/support/ads/microsoft';
import { capturePinterest } from '../test/e2e/support/ads/pinterest';
import { captureReddit, redditDialog, shownRedditToken } from '../test/e2e/support/ads/reddit';
import {
  captureSnapchat,
  shownSnapchatToken,
  snapchatDialog,
} from '../test/e2e/support/ads/snapchat';
import { captureTikTok, shownTikTokToken } from '../test/e2e/support/ads/tiktok';
import { fillUpstack } from '../test/e2e/support/chromium-flows';
import { backgroundWorker, expect, grantInProfile, launch } from '../test/e2e/support/fixtures';
import {
  sandboxState,
  startFromPopup,
  throughWizard,
  UPSTACK_ENTRY,
} from '../test/e2e/support/helpers';
import { SNAP_PIXEL } from '../test/sandbox/libs/angular/src/app/snapchat/account';
import { UET_TAG } from '../test/sandbox/libs/element/microsoft-tag';
import { PIXEL_ID, PIXEL_NAME } from '../test/sandbox/libs/element/tiktok-pixel';
import { META_PIXEL, META_PIXEL_NAME } from '../test/sandbox/libs/mui/meta-pixel';
import type { Library } from '../test/sandbox/libs/registry';
import { REDDIT_PIXEL } from '../test/sandbox/libs/shoelace/src/reddit-account';
import { AD_ACCOUNT, TAG_ID } from '../test/sandbox/pinterest-account';
import { installSandbox } from '../test/sandbox/serve';
import { type Actions, Counter, type Effort, START_ACTION, WIZARD } from './effort';

/** What the manual path hands back: the values the Upstack form must hold (label: value). */
type Manual = (page: Page, upstack: Page, counter: Counter) => Promise<Record<string, string>>;

interface Destination {
  /** The sandbox's UI library that holds its dashboard. */
  library: Library;
  /** From the page Start opened to the captured token; returns the token. */
  capture: (page: Page) => Promise<string>;
  /** The value of each field the merchant may type in Upstack's form (lib/recipes/typed.ts), by
   * the form's label: typed only where the Fill left it empty. */
  values: Record<string, string>;
  /** Ids the extension reads from the provider's page and fills with the token: the form must
   * hold them, typed by nobody. */
  read?: Record<string, string>;
  /** Boxes the merchant ticks in Upstack's form (recipe `upstack.enable`), by label. */
  ticked?: string[];
  /** Actions on the provider's pages, the Upstack link included, before Upstack's wizard. */
  before: number;
  /** Without the extension, from the page Start would open, Upstack's wizard already done. */
  manual: Manual;
}

/** The merchant selects `word` where `within` shows it and copies it with Ctrl+C: a double click
 * on it (one action) where it is one word; a drag across it (one action too) where a double click
 * would stop inside it (a UUID's hyphens). */
export async function copyWord(page: Page, within: Locator, word: string) {
  await within.scrollIntoViewIfNeeded();
  const box = await within.evaluate((el, word) => {
    const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const start = node.nodeValue?.indexOf(word) ?? -1;
      if (start < 0) continue;
      const range = el.ownerDocument.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + word.length);
      const { x, y, width, height } = range.getBoundingClientRect();
      return { x, y, width, height };
    }
    return undefined;
  }, word);
  if (!box) throw new Error('The id is not shown where the merchant looks for it.');
  const middle = box.y + box.height / 2;
  if (/^\w+$/.test(word)) {
    await page.mouse.dblclick(box.x + box.width / 2, middle);
  } else {
    // From the first character's left half to the last one's right half.
    await page.mouse.move(box.x + 1, middle);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 1, middle, { steps: 5 });
    await page.mouse.up();
  }
  await page.keyboard.press('ControlOrMeta+C');
}

/** The merchant switches to Upstack, clicks the field and pastes. */
async function paste(upstack: Page, counter: Counter, label: string) {
  await counter.switchTab(upstack);
  await upstack.getByLabel(label, { exact: true }).click();
  await upstack.keyboard.press('ControlOrMeta+V');
}

/** An id the page shows, copied into Upstack's field, then back to the provider's tab: 6. */
async function copyId(
  page: Page,
  upstack: Page,
  counter: Counter,
  within: Locator,
  id: string,
  label: string,
) {
  await copyWord(page, within, id);
  await paste(upstack, counter, label);
  await counter.switchTab(page);
}

/** The token copied with the page's Copy button and pasted into Upstack's field: 4. */
async function copyToken(upstack: Page, counter: Counter, copy: Locator, label: string) {
  await copy.click();
  await paste(upstack, counter, label);
}

const DESTINATIONS: Record<string, Destination> = {
  // The Conversions link, Generate new token, Open Upstack.
  pinterest: {
    library: 'mui',
    capture: capturePinterest,
    values: { 'Tag ID': TAG_ID },
    read: { 'Ad Account ID': AD_ACCOUNT }, // from the page's address
    before: 3,
    async manual(page, upstack, counter) {
      await page
        .getByRole('navigation', { name: 'Ads' })
        .getByRole('link', { name: 'Conversions' })
        .click();
      // The ad account id, as the Conversions API tab shows it; in Upstack the Tag ID is typed
      // too (as with the guide), then back to Ads Manager.
      await copyWord(page, page.getByText(/^Ad account ID:/), AD_ACCOUNT);
      await paste(upstack, counter, 'Ad Account ID');
      await upstack.getByLabel('Tag ID', { exact: true }).fill(TAG_ID);
      await counter.switchTab(page);
      await page.getByRole('button', { name: 'Generate new token' }).click();
      const dialog = page.getByRole('dialog', { name: 'Conversion access token' });
      const token = (await dialog.locator('code').innerText()).trim();
      await copyToken(
        upstack,
        counter,
        dialog.getByRole('button', { name: 'Copy' }),
        'Conversion Access Token',
      );
      return { 'Conversion Access Token': token, 'Ad Account ID': AD_ACCOUNT, 'Tag ID': TAG_ID };
    },
  },
  // The pixel, its Settings tab, Generate access token, Open Upstack.
  tiktok: {
    library: 'element',
    capture: captureTikTok,
    values: { 'Pixel ID': PIXEL_ID },
    read: { 'Pixel ID': PIXEL_ID }, // from the page's address, else under the pixel's name
    before: 4,
    async manual(page, upstack, counter) {
      await page.getByRole('link', { name: PIXEL_NAME }).click();
      await copyId(page, upstack, counter, page.locator('.pixel-id'), PIXEL_ID, 'Pixel ID');
      await page.getByRole('tab', { name: 'Settings' }).click();
      await page.getByRole('button', { name: 'Generate access token' }).click();
      const dialog = page.getByRole('dialog', { name: 'Access token' });
      await expect(dialog.getByRole('textbox', { name: 'Access token' })).not.toHaveValue('');
      const token = await shownTikTokToken(page);
      await copyToken(
        upstack,
        counter,
        dialog.getByRole('button', { name: 'Copy' }),
        'Access Token',
      );
      return { 'Access Token': token, 'Pixel ID': PIXEL_ID };
    },
  },
  // Events Manager, its Conversions API tab, + Generate Access Token, Generate, Open Upstack.
  reddit: {
    library: 'shoelace',
    capture: captureReddit,
    values: { 'Pixel ID': REDDIT_PIXEL },
    read: { 'Pixel ID': REDDIT_PIXEL }, // as Events Manager shows it
    before: 5,
    async manual(page, upstack, counter) {
      await page
        .getByRole('navigation', { name: 'Ads' })
        .getByRole('link', { name: 'Events Manager' })
        .click();
      await copyId(page, upstack, counter, page.locator('p.pixel'), REDDIT_PIXEL, 'Pixel ID');
      await page.getByRole('tab', { name: 'Conversions API' }).click();
      await page.getByRole('button', { name: '+ Generate Access Token' }).click();
      const naming = redditDialog(page, 'Generate Access Token');
      await naming.getByLabel('Token name').fill('UpstackData');
      await naming.getByRole('button', { name: 'Generate', exact: true }).click();
      const shown = redditDialog(page, 'Access Token Generated');
      await expect(shown.locator('code')).toBeVisible();
      const token = await shownRedditToken(page);
      await copyToken(
        upstack,
        counter,
        shown.getByRole('button', { name: 'Copy' }),
        'Conversions API access token',
      );
      return { 'Conversions API access token': token, 'Pixel ID': REDDIT_PIXEL };
    },
  },
  // Business Details, its Conversions API Tokens tab, Generate Token, Generate, Open Upstack.
  snapchat: {
    library: 'angular',
    capture: captureSnapchat,
    values: { 'Snapchat Pixel ID': SNAP_PIXEL },
    read: { 'Snapchat Pixel ID': SNAP_PIXEL }, // as the page shows it beside the tokens
    ticked: ['Check to enable sending events via Snapchat Conversions API'],
    before: 5,
    async manual(page, upstack, counter) {
      await page
        .getByRole('navigation', { name: 'Business' })
        .getByRole('link', { name: 'Business Details' })
        .click();
      await page.getByRole('tab', { name: 'Conversions API Tokens' }).click();
      // The pixel id, as the tab shows it beside the tokens.
      await copyId(
        page,
        upstack,
        counter,
        page.locator('p.pixel'),
        SNAP_PIXEL,
        'Snapchat Pixel ID',
      );
      await page.getByRole('button', { name: 'Generate Token' }).click();
      await snapchatDialog(page, 'Generate Token')
        .getByRole('button', { name: 'Generate', exact: true })
        .click();
      const dialog = snapchatDialog(page, 'Conversions API Token');
      await expect(dialog.getByLabel('Token')).not.toHaveValue('');
      const token = await shownSnapchatToken(page);
      await copyToken(
        upstack,
        counter,
        dialog.getByRole('button', { name: 'Copy' }),
        'Snapchat Conversion API Token',
      );
      await upstack
        .getByRole('checkbox', {
          name: 'Check to enable sending events via Snapchat Conversions API',
        })
        .check();
      return { 'Snapchat Conversion API Token': token, 'Snapchat Pixel ID': SNAP_PIXEL };
    },
  },
  // The pixel, its Settings tab, Generate access token, Open Upstack.
  meta: {
    library: 'mui',
    capture: captureMeta,
    values: { 'Pixel ID': META_PIXEL },
    read: { 'Pixel ID': META_PIXEL }, // from the page's address
    ticked: ['Check to enable sending events via Facebook Conversions API'],
    before: 4,
    async manual(page, upstack, counter) {
      await page.getByRole('link', { name: new RegExp(META_PIXEL_NAME) }).click();
      await copyId(page, upstack, counter, page.locator('.pixel-id'), META_PIXEL, 'Pixel ID');
      await page.getByRole('tab', { name: 'Settings' }).click();
      await page.getByRole('button', { name: 'Generate access token' }).click();
      const dialog = page.getByRole('dialog', { name: 'Access token' });
      await expect(dialog.getByLabel('Access token')).not.toHaveValue('');
      const token = await shownMetaToken(page);
      await copyToken(
        upstack,
        counter,
        dialog.getByRole('button', { name: 'Copy' }),
        'Conversions API token',
      );
      await upstack
        .getByRole('checkbox', {
          name: 'Check to enable sending events via Facebook Conversions API',
        })
        .check();
      return { 'Conversions API token': token, 'Pixel ID': META_PIXEL };
    },
  },
  // UET tag, Set up tagging, Use Conversions API, Open Upstack.
  microsoft: {
    library: 'element',
    capture: captureMicrosoft,
    values: { 'UET Tag ID': UET_TAG },
    read: { 'UET Tag ID': UET_TAG }, // as the tag's dialog shows it
    before: 4,
    async manual(page, upstack, counter) {
      await page
        .getByRole('navigation', { name: 'Microsoft Advertising' })
        .getByRole('link', { name: 'UET tag' })
        .click();
      await page.getByRole('button', { name: 'Set up tagging', exact: true }).click();
      const dialog = setUpDialog(page);
      await copyId(page, upstack, counter, dialog.locator('.tag-id'), UET_TAG, 'UET Tag ID');
      await dialog.getByRole('button', { name: 'Use Conversions API' }).click();
      await expect(dialog.getByRole('textbox', { name: 'Conversions API token' })).not.toHaveValue(
        '',
      );
      const token = await shownMicrosoftToken(page);
      await copyToken(
        upstack,
        counter,
        dialog.getByRole('button', { name: 'Copy' }),
        'Conversions API token',
      );
      return { 'Conversions API token': token, 'UET Tag ID': UET_TAG };
    },
  },
};

/** The browser's permission prompt on the first Start (one click, browser UI). */
const PERMISSION_PROMPT = 1;

/** The form holds exactly these values (compared here, never printed). */
async function expectHolds(upstack: Page, id: string, expected: Record<string, string>) {
  const { fields } = await sandboxState(upstack);
  for (const [label, value] of Object.entries(expected))
    if (!value || fields[label]?.trim() !== value)
      throw new Error(`The ${id} form's ${label} does not hold what the page showed.`);
}

/** What the Fill left empty among the fields the guide's typing step names (lib/recipes/typed.ts),
 * typed by the merchant as the step asks, one action each: how many. */
async function typeWhatIsLeft(upstack: Page, recipe: Recipe, destination: Destination) {
  const { fields } = await sandboxState(upstack);
  let typed = 0;
  for (const field of typedFields(recipe)) {
    const label = field.upstackLabels.find((l) => l in destination.values);
    const value = label && destination.values[label];
    if (!label || !value) throw new Error(`No value for a field the ${recipe.id} merchant types.`);
    if (fields[label]?.trim()) continue;
    await upstack.getByLabel(label, { exact: true }).fill(value);
    typed += 1;
  }
  return typed;
}

async function withExtension(
  id: string,
  destination: Destination,
): Promise<{ actions: Actions; typed: number }> {
  const recipe = recipeById(id);
  if (!recipe) throw new Error(`No recipe ${id}.`);
  const first = await launch({});
  const extensionId = new URL((await backgroundWorker(first.context)).url()).host;
  await first.context.close();
  grantInProfile(first.userDataDir, extensionId, optionalOrigins(recipe));
  const { context } = await launch({ userDataDir: first.userDataDir });
  try {
    await installSandbox(context, { library: destination.library });
    context.setDefaultTimeout(15_000);
    const counter = await Counter.install(context);
    const page = await startFromPopup(context, extensionId, recipe.name);
    counter.reset();
    const token = await destination.capture(page);
    const upstack = await fillUpstack(context, page, recipe.name);
    // The ids read from the page are in the form before the merchant types anything; then what
    // is left, and the form holds every id.
    await expectHolds(upstack, id, destination.read ?? {});
    const typed = await typeWhatIsLeft(upstack, recipe, destination);
    await expectHolds(upstack, id, destination.values);
    for (const label of destination.ticked ?? [])
      await upstack.getByRole('checkbox', { name: label }).check();
    const { fields } = await sandboxState(upstack);
    if (!Object.values(fields).includes(token))
      throw new Error(`The ${id} flow did not fill the Upstack form.`);
    const counted = await counter.read(context);
    // The popup's Start and the permission prompt happen outside any page the counter sees.
    const extra = START_ACTION + PERMISSION_PROMPT;
    const actions = { ...counted, clicks: counted.clicks + extra, total: counted.total + extra };
    return { actions, typed };
  } finally {
    await context.close();
    rmSync(first.userDataDir, { recursive: true, force: true });
  }
}

async function manually(id: string, destination: Destination): Promise<Actions> {
  const recipe = recipeById(id);
  if (!recipe) throw new Error(`No recipe ${id}.`);
  const { context, userDataDir } = await launch({ extension: false });
  try {
    await installSandbox(context, { library: destination.library });
    context.setDefaultTimeout(15_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const counter = await Counter.install(context);
    const upstack = await context.newPage();
    await upstack.goto(UPSTACK_ENTRY);
    await expect(upstack.getByRole('button', { name: '+ New Destination' })).toBeVisible();
    const page = await context.newPage();
    await page.goto(recipe.links.apiKeys);
    await page.bringToFront();
    counter.reset();
    // Upstack's wizard, counted (its tab switch is counted with the first paste).
    await throughWizard(upstack, recipe.name, { guided: false });
    await expect(upstack.getByRole('button', { name: 'Create Configuration' })).toBeVisible();
    const expected = await destination.manual(page, upstack, counter);
    const actions = await counter.read(context);
    await expectHolds(upstack, id, expected);
    return actions;
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

async function one(id: string, destination: Destination): Promise<Effort> {
  const { actions: extension, typed } = await withExtension(id, destination);
  const manual = await manually(id, destination);
  // Fill API key is one click; each field typed (as counted in the run) and each ticked box one
  // action.
  const own = typed + (destination.ticked?.length ?? 0);
  const guide = destination.before + WIZARD + 1 + own + START_ACTION + PERMISSION_PROMPT;
  // At most the manual count minus three (issue 30), and no more than the guide's own count.
  const target = Math.min(guide, manual.total - 3);
  return { provider: id, variant: 'first Start, hosts allowed', target, extension, manual };
}

export async function adsEffort(): Promise<Effort[]> {
  const results: Effort[] = [];
  for (const [id, destination] of Object.entries(DESTINATIONS))
    results.push(await one(id, destination));
  return results;
}
