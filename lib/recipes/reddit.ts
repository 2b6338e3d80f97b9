import type { Recipe } from './schema';

// Sources: Upstack Data's Reddit Ads destination guide; Reddit's Ads help (Conversions API, access
// tokens) and Segment's action-destinations (../shared/providers.md, "Beyond the seeds").
// Events Manager's path may carry an account id: its pages are told by tolerant path globs
// (`*` before and after `events-manager`) and by their headings. Labels change: each anchor
// names the role and accessible name first, the visible text next, CSS last.
const origin = 'https://ads.reddit.com';

/** Events Manager, with or without an account id segment before it. */
const EVENTS_MANAGER = ['/events-manager*', '*/events-manager*'];

/** The generate popup's Generate button, inside the popup only: "+ Generate Access Token" on
 * the page opens the popup, it does not make the token. */
const GENERATE = {
  role: 'button',
  name: ['Generate', 'Generate token'],
  text: ['Generate'],
  scope: 'sl-dialog, dialog, [role=dialog], [aria-modal=true]',
};

export const reddit: Recipe = {
  id: 'reddit',
  name: 'Reddit',
  // Added after the first release: its host is optional, asked for when the merchant starts it.
  optional: true,
  matches: [`${origin}/*`],
  links: {
    // Reddit Ads' home opens the merchant's ad account; Events Manager is in its menu.
    apiKeys: `${origin}/`,
    signIn: 'https://www.reddit.com/login/',
    // Upstack's Reddit Ads guides (the folder: no article's address is on record).
    help: 'https://docs.upstackdata.com/guides/reddit-ads/',
  },
  keyPages: { path: EVENTS_MANAGER, heading: ['Events Manager', 'Conversions API'] },
  steps: [
    {
      id: 'events-manager',
      title: 'step_reddit_events_manager_title',
      detail: 'step_reddit_events_manager_detail',
      target: {
        role: 'link|menuitem|button',
        name: ['Events Manager', 'Events manager'],
        text: ['Events Manager'],
        css: 'a[href*="events-manager"]',
      },
    },
    {
      id: 'conversions-api',
      title: 'step_reddit_conversions_api_title',
      detail: 'step_reddit_conversions_api_detail',
      when: { path: EVENTS_MANAGER },
      target: {
        role: 'tab|link|button',
        name: ['Conversions API', 'Conversions API (CAPI)'],
        text: ['Conversions API'],
      },
    },
    {
      id: 'generate',
      title: 'step_reddit_generate_title',
      detail: 'step_reddit_generate_detail',
      when: {
        path: EVENTS_MANAGER,
        present: { role: 'button', name: ['Generate Access Token', '+ Generate Access Token'] },
      },
      target: {
        role: 'button',
        name: ['Generate Access Token', '+ Generate Access Token'],
        text: ['Generate Access Token'],
      },
    },
    {
      id: 'name',
      title: 'step_reddit_name_title',
      detail: 'step_reddit_name_detail',
      when: {
        path: EVENTS_MANAGER,
        present: { role: 'dialog', name: ['Generate Access Token', 'Generate access token'] },
      },
      prefill: [
        {
          kind: 'text',
          field: {
            role: 'textbox',
            name: ['Token name', 'Name', 'Access token name'],
            css: 'input[name="token-name"]',
          },
          value: '{keyName}',
        },
      ],
      target: GENERATE,
    },
    {
      id: 'copy',
      title: 'step_reddit_copy_title',
      detail: 'step_reddit_copy_detail',
      when: {
        path: EVENTS_MANAGER,
        present: {
          role: 'dialog',
          name: ['Access Token Generated', 'Your access token', 'Access token generated'],
        },
      },
    },
  ],
  capture: {
    when: { path: EVENTS_MANAGER },
    fields: [
      {
        id: 'token',
        label: 'secret_reddit_token_label',
        // Reddit publishes no shape for the token: loose (printable ASCII without spaces, bounded
        // length), no alphabet guessed. The place (the popup, after the merchant's click on
        // Generate) does the rest.
        pattern: /^[!-~]{20,512}$/,
        hint: 'secret_reddit_token_hint',
        distinctive: false,
        refuse: [
          // The pixel id (t2_… or a2_… in Reddit's snippets) pasted where the token goes.
          { pattern: /^(t2|a2)_[a-z0-9]{3,20}$/i, reason: 'secret_reddit_token_refuse_pixel' },
        ],
        shown: {
          css: 'sl-dialog code, [role=dialog] code, [role=dialog] input[readonly], sl-dialog sl-input[readonly]',
        },
        upstackLabels: [
          'Conversions API access token',
          'Conversions API Access Token',
          'Access Token',
        ],
      },
      {
        id: 'pixelId',
        label: 'secret_reddit_pixelId_label',
        // t2_… or a2_… in Reddit's snippets (the shape is disputed between sources: either).
        pattern: /^(?:t2|a2)_[a-z0-9]{3,20}$/i,
        hint: 'secret_reddit_pixelId_hint',
        // Not a secret: the pixel Events Manager shows next to its label ("Pixel ID: t2_…";
        // integrators say it is found in Events Manager: where on it is unverified, so the page
        // and an open popup are read alike). The account id in the path is not taken for it:
        // whether Reddit's pixel id is the ad account's id is not confirmed.
        fromPage: /\b(?:reddit )?pixel id\b:?\s*((?:t2|a2)_[a-z0-9]{3,20})\b/i,
        shown: { css: '[role=dialog], main, [role=main], header' },
        // Where Events Manager shows it is unverified: not found, the token is kept and the
        // merchant types it in Upstack's form.
        missing: { where: 'upstack_reddit_pixelId_where', link: `${origin}/events-manager` },
        upstackLabels: ['Pixel ID', 'Reddit Pixel ID', 'Pixel Id'],
      },
    ],
    arm: GENERATE,
    copy: { role: 'button', name: ['Copy', 'Copy token', 'Copy access token'], text: ['Copy'] },
  },
  // No key check: Reddit documents no read-only endpoint. The v2.0 conversions endpoint's
  // `test_mode` is how Segment uses it (not confirmed by Reddit to record nothing), and v3 drops
  // test mode: a check could record a conversion, so none is made (and no API host is asked).
  upstack: {
    heading: ['Reddit'],
    entryUrl: 'https://app.upstackdata.com/pixel/event-destinations',
  },
};
