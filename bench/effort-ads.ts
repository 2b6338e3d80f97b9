// Merchant effort for the destinations added after the first release (recipe `optional`): from
// the popup's Start to the filled Upstack form, counted as bench/effort.ts counts. Their hosts
// are granted in the profile, as after the merchant allowed them once (the browser's prompt is
// counted as one click: no test can press it). Each destination's path is the e2e spec's own
// (test/e2e/ads/<id>.ts), and the ids the merchant types in Upstack's form are typed here.
import { rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { recipeById } from '../lib/recipes';
import { optionalOrigins } from '../lib/recipes/optional';
import { capturePinterest } from '../test/e2e/support/ads/pinterest';
import { captureReddit } from '../test/e2e/support/ads/reddit';
import { captureSnapchat } from '../test/e2e/support/ads/snapchat';
import { captureTikTok } from '../test/e2e/support/ads/tiktok';
import { fillUpstack } from '../test/e2e/support/chromium-flows';
import { backgroundWorker, grantInProfile, launch } from '../test/e2e/support/fixtures';
import { sandboxState, startFromPopup } from '../test/e2e/support/helpers';
import { SNAP_PIXEL } from '../test/sandbox/libs/angular/src/app/snapchat/account';
import { PIXEL_ID } from '../test/sandbox/libs/element/tiktok-pixel';
import type { Library } from '../test/sandbox/libs/registry';
import { REDDIT_PIXEL } from '../test/sandbox/libs/shoelace/src/reddit-account';
import { TAG_ID } from '../test/sandbox/pinterest-account';
import { installSandbox } from '../test/sandbox/serve';
import { Counter, type Effort, START_ACTION, WIZARD } from './effort';

interface Destination {
  /** The sandbox's UI library that holds its dashboard. */
  library: Library;
  /** From the page Start opened to the captured token; returns the token. */
  capture: (page: Page) => Promise<string>;
  /** What the merchant types in Upstack's form (the field's label: the value). */
  typed: Record<string, string>;
  /** Boxes the merchant ticks in Upstack's form (recipe `upstack.enable`), by label. */
  ticked?: string[];
  /** Actions on the provider's pages, the Upstack link included, before Upstack's wizard. */
  before: number;
}

const DESTINATIONS: Record<string, Destination> = {
  // The Conversions link, Generate new token, Open Upstack.
  pinterest: { library: 'mui', capture: capturePinterest, typed: { 'Tag ID': TAG_ID }, before: 3 },
  // The pixel, its Settings tab, Generate access token, Open Upstack.
  tiktok: {
    library: 'element',
    capture: captureTikTok,
    typed: { 'Pixel ID': PIXEL_ID },
    before: 4,
  },
  // Events Manager, its Conversions API tab, + Generate Access Token, Generate, Open Upstack.
  reddit: {
    library: 'shoelace',
    capture: captureReddit,
    typed: { 'Pixel ID': REDDIT_PIXEL },
    before: 5,
  },
  // Business Details, its Conversions API Tokens tab, Generate Token, Generate, Open Upstack.
  snapchat: {
    library: 'angular',
    capture: captureSnapchat,
    typed: { 'Snapchat Pixel ID': SNAP_PIXEL },
    ticked: ['Check to enable sending events via Snapchat Conversions API'],
    before: 5,
  },
};

/** The browser's permission prompt on the first Start (one click, browser UI). */
const PERMISSION_PROMPT = 1;

async function one(id: string, destination: Destination): Promise<Effort> {
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
    for (const [label, value] of Object.entries(destination.typed))
      await upstack.getByLabel(label).fill(value);
    for (const label of destination.ticked ?? [])
      await upstack.getByRole('checkbox', { name: label }).check();
    const { fields } = await sandboxState(upstack);
    if (!Object.values(fields).includes(token))
      throw new Error(`The ${id} flow did not fill the Upstack form.`);
    const counted = await counter.read(context);
    // The popup's Start and the permission prompt happen outside any page the counter sees.
    const extra = START_ACTION + PERMISSION_PROMPT;
    const extension = { ...counted, clicks: counted.clicks + extra, total: counted.total + extra };
    // Fill API key is one click; each typed id and each ticked box one action.
    const typed = Object.keys(destination.typed).length + (destination.ticked?.length ?? 0);
    const target = destination.before + WIZARD + 1 + typed + extra;
    return { provider: id, variant: 'first Start, hosts allowed', target, extension };
  } finally {
    await context.close();
    rmSync(first.userDataDir, { recursive: true, force: true });
  }
}

export async function adsEffort(): Promise<Effort[]> {
  const results: Effort[] = [];
  for (const [id, destination] of Object.entries(DESTINATIONS))
    results.push(await one(id, destination));
  return results;
}
