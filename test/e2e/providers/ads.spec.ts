// The destinations added after the first release (optional hosts), in Chromium and in Firefox:
// their hosts allowed as after the merchant's first Start, the guide accepted on the page where
// the token is made, the token captured after the merchant's click on its generate button (with
// the ids the page shows, for TikTok, Reddit, Meta and Microsoft Advertising), filled into Upstack's form with
// them or with the ids typed by the merchant, the enable box pointed at where the form has one,
// and the token nowhere else.
// (Start from the popup, the prompt and the refusals are each destination's Chromium spec:
// Firefox opens no extension page to a test.)

import { recipeById } from '../../../lib/recipes';
import { optionalOrigins } from '../../../lib/recipes/optional';
import { SNAP_ORG, SNAP_PIXEL } from '../../sandbox/libs/angular/src/app/snapchat/account';
import { MS_ACCOUNT, UET_TAG } from '../../sandbox/libs/element/microsoft-tag';
import { PIXEL_ID } from '../../sandbox/libs/element/tiktok-pixel';
import { META_BUSINESS, META_PIXEL } from '../../sandbox/libs/mui/meta-pixel';
import type { Library } from '../../sandbox/libs/registry';
import { REDDIT_ACCOUNT, REDDIT_PIXEL } from '../../sandbox/libs/shoelace/src/reddit-account';
import type { SandboxOptions } from '../../sandbox/options';
import { AD_ACCOUNT, TAG_ID } from '../../sandbox/pinterest-account';
import type { Tab } from '../support/driver';
import { expect as baseExpect, test } from '../support/driver-fixtures';
import { acceptOffer, captured, FILL, throughWizard, vaultState } from '../support/flows';
import { mentions, scanFolder } from '../support/leaks';

// Runs in Firefox too: the Firefox project selects the tag.
test.describe('in Chromium and Firefox', { tag: '@firefox' }, () => {
  /** Firefox under puppeteer is slower to settle than Chromium on 2 shared cores. */
  const expect = baseExpect.configure({ timeout: 20_000 });

  interface Destination {
    id: string;
    name: string;
    /** A sandbox variant of the same destination, named in the test's title. */
    variant?: string;
    library: Library;
    /** More sandbox options for the variant. */
    options?: SandboxOptions;
    /** The page where the token is made: the guide is offered there. */
    keyPage: string;
    /** The merchant's clicks from the accepted offer to the token shown. */
    generate: (tab: Tab) => Promise<void>;
    /** Upstack's token field. */
    tokenField: string;
    /** What the merchant types in Upstack's form: the fields the guide's typing step names. */
    typed: Record<string, string>;
    /** Where the typing step says the typed id is (an id the page did not show). */
    where?: string;
    /** The ids read from the provider's page and filled with the token (the merchant types
     * nothing of them). */
    read?: Record<string, string>;
    /** A box the merchant ticks in Upstack's form (the guide points at it). */
    tick?: string;
    /** The token's last 4 characters, as the provider's app recorded them. */
    end: (state: Record<string, unknown>) => string | undefined;
  }

  type Ended = { end: string };

  const DESTINATIONS: Destination[] = [
    {
      id: 'pinterest',
      name: 'Pinterest',
      library: 'mui',
      keyPage: `https://ads.pinterest.com/advertiser/${AD_ACCOUNT}/conversions/`,
      generate: (tab) => tab.click({ role: 'button', name: 'Generate new token' }),
      tokenField: 'Conversion Access Token',
      typed: { 'Tag ID': TAG_ID },
      end: () => undefined, // its app keeps no part of the token: the shape is checked instead
    },
    {
      id: 'tiktok',
      name: 'TikTok',
      library: 'element',
      keyPage: `https://ads.tiktok.com/i18n/events_manager/datasource/pixel/detail/${PIXEL_ID}`,
      async generate(tab) {
        await tab.click({ role: 'tab', name: 'Settings' });
        await tab.click({ role: 'button', name: 'Generate access token' });
      },
      tokenField: 'Access Token',
      typed: {},
      read: { 'Pixel ID': PIXEL_ID }, // from the page's address, else its text
      end: (state) => (state.tokens as string[] | undefined)?.[0],
    },
    {
      id: 'reddit',
      name: 'Reddit',
      library: 'shoelace',
      keyPage: `https://ads.reddit.com/account/${REDDIT_ACCOUNT}/events-manager`,
      async generate(tab) {
        await tab.click({ role: 'tab', name: 'Conversions API' });
        await tab.click({ role: 'button', name: '+ Generate Access Token' });
        await expect.poll(() => tab.value('Token name')).toBe('UpstackData');
        await tab.click({ role: 'button', name: 'Generate', exact: true });
      },
      tokenField: 'Conversions API access token',
      typed: {},
      read: { 'Pixel ID': REDDIT_PIXEL }, // from Events Manager's text, in its shadow roots
      end: (state) => (state.tokens as Ended[] | undefined)?.[0]?.end,
    },
    {
      id: 'snapchat',
      name: 'Snapchat',
      library: 'angular',
      keyPage: `https://business.snapchat.com/${SNAP_ORG}/settings/business-details`,
      async generate(tab) {
        await tab.click({ role: 'tab', name: 'Conversions API Tokens' });
        await tab.click({ role: 'button', name: 'Generate Token' });
        await tab.click({
          role: 'button',
          name: 'Generate',
          exact: true,
          in: { dialog: 'Generate Token' },
        });
      },
      tokenField: 'Snapchat Conversion API Token',
      typed: {},
      read: { 'Snapchat Pixel ID': SNAP_PIXEL }, // as the page shows it beside the tokens
      tick: 'Check to enable sending events via Snapchat Conversions API',
      end: (state) => (state.tokens as Ended[] | undefined)?.[0]?.end,
    },
    {
      // The same page showing no pixel id: the token is kept alone, the Fill leaves the id's
      // field empty, and the guide points at it, saying where the id is.
      id: 'snapchat',
      name: 'Snapchat',
      variant: 'no pixel id on the page',
      library: 'angular',
      options: { idHidden: true },
      keyPage: `https://business.snapchat.com/${SNAP_ORG}/settings/business-details`,
      async generate(tab) {
        await tab.click({ role: 'tab', name: 'Conversions API Tokens' });
        await tab.click({ role: 'button', name: 'Generate Token' });
        await tab.click({
          role: 'button',
          name: 'Generate',
          exact: true,
          in: { dialog: 'Generate Token' },
        });
      },
      tokenField: 'Snapchat Conversion API Token',
      typed: { 'Snapchat Pixel ID': SNAP_PIXEL },
      where: 'under Events Manager, on your pixel',
      tick: 'Check to enable sending events via Snapchat Conversions API',
      end: (state) => (state.tokens as Ended[] | undefined)?.[0]?.end,
    },
    {
      id: 'meta',
      name: 'Meta',
      library: 'mui',
      keyPage: `https://business.facebook.com/events_manager2/list/pixel/${META_PIXEL}/overview?business_id=${META_BUSINESS}`,
      async generate(tab) {
        await tab.click({ role: 'tab', name: 'Settings' });
        await tab.click({ role: 'button', name: 'Generate access token' });
      },
      tokenField: 'Conversions API token',
      typed: {},
      read: { 'Pixel ID': META_PIXEL }, // from the page's address
      tick: 'Check to enable sending events via Facebook Conversions API',
      end: (state) => (state.tokens as Ended[] | undefined)?.[0]?.end,
    },
    {
      id: 'microsoft',
      name: 'Microsoft Advertising',
      library: 'element',
      keyPage: `https://ui.ads.microsoft.com/campaign/vnext/uettag?aid=${MS_ACCOUNT}`,
      async generate(tab) {
        await tab.click({ role: 'button', name: 'Set up tagging', exact: true });
        await tab.click({
          role: 'button',
          name: 'Use Conversions API',
          in: { dialog: 'Set up tagging' },
        });
      },
      tokenField: 'Conversions API token',
      typed: {},
      read: { 'UET Tag ID': UET_TAG }, // from the dialog's text
      end: (state) => (state.tokens as Ended[] | undefined)?.[0]?.end,
    },
  ];

  for (const destination of DESTINATIONS) {
    const recipe = recipeById(destination.id);
    if (!recipe) throw new Error(`No recipe ${destination.id}.`);

    test.describe(`${destination.name}${destination.variant ? `, ${destination.variant}` : ''}`, () => {
      test.use({
        grantedOrigins: optionalOrigins(recipe),
        sandboxOptions: { library: destination.library, ...destination.options },
      });

      test(`${destination.id}: the token captured after Generate, filled with its ids, and nowhere else`, async ({
        driver,
      }) => {
        const tab = driver.tab;
        // The content script is registered once the background has seen the grant: a page opened
        // before that has none (as for a merchant whose browser just started).
        await expect
          .poll(async () => {
            await tab.goto(destination.keyPage);
            await tab.wait(300);
            return tab.status('panel').catch(() => '');
          })
          .toContain('with help?');
        await acceptOffer(tab);
        await destination.generate(tab);
        await captured(tab, destination.name);
        const made = destination.end(await tab.sandboxState<Record<string, unknown>>());

        const upstack = await tab.clickToOpen({
          role: 'link',
          name: `Open Upstack ${destination.name} destination`,
          in: 'panel',
        });
        await throughWizard(upstack, destination.name);
        await upstack.click(FILL);
        await expect.poll(() => vaultState(driver, destination.id as never)).toBe('filled');
        for (const [label, value] of Object.entries(destination.typed)) {
          // "Type the TikTok Pixel ID": the step names the field as the form labels it, left
          // empty by the Fill.
          await expect
            .poll(async () => (await upstack.text('fillPanel')).match(/Type the (.*)/)?.[1] ?? '')
            .toContain(label);
          expect(await upstack.value(label)).toBe('');
          if (destination.where)
            expect(await upstack.text('fillPanel')).toContain(destination.where);
          await upstack.fill(label, value);
        }
        if (destination.tick) {
          await expect
            .poll(() => upstack.text('fillPanel'))
            .toContain(`Tick “${destination.tick}”`);
          // Pointed at, never ticked for the merchant.
          expect(await upstack.checked({ role: 'checkbox', name: destination.tick })).toBe(false);
          await upstack.click({ role: 'checkbox', name: destination.tick });
        }
        await expect.poll(() => upstack.text('fillPanel')).toContain('Create Configuration');

        const { fields } = await upstack.sandboxState<{ fields: Record<string, string> }>();
        const token = fields[destination.tokenField] ?? '';
        expect(token.length).toBeGreaterThanOrEqual(20);
        // True or false only: a failure message never prints the token.
        if (made) expect(token.endsWith(made)).toBe(true);
        else expect(token.startsWith('pina_')).toBe(true);
        for (const [label, value] of Object.entries(destination.typed))
          expect(fields[label]).toBe(value);
        // The ids read from the provider's page were filled with the token: none was typed.
        for (const [label, value] of Object.entries(destination.read ?? {}))
          expect(fields[label]).toBe(value);
        if (destination.tick) expect(fields[destination.tick]).toBe('true'); // by the merchant

        const stored = await driver.storage();
        expect(mentions(JSON.stringify(stored.local), [token])).toBe(false);
        expect(mentions(JSON.stringify(stored.sync), [token])).toBe(false);
        expect(mentions(JSON.stringify(stored.session), [token])).toBe(false); // filled: forgotten

        await driver.close(); // the browser writes what it keeps to disk as it shuts down
        const sessionRestore =
          /^(Default[/\\]Sessions[/\\]|sessionstore(\.jsonlz4$|-backups[/\\]))/;
        const found = scanFolder(driver.profileDir, [token]);
        expect(found.filter((f) => !sessionRestore.test(f.file))).toEqual([]);
      });
    });
  }
});
