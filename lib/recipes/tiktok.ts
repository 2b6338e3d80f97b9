import type { Recipe } from './schema';

// Sources: Upstack Data's TikTok Ads destination guide; TikTok's Events Manager help; Segment's
// action-destinations (../shared/providers.md, "Beyond the seeds"). Events Manager's paths
// change (seen: /i18n/events_manager/pixel/detail…, /i18n/events_manager/datasource/pixel/
// detail/<pixel>): the pixel's page is told by tolerant path globs and by its headings. Labels
// change: each anchor names the role and accessible name first, the visible text next, CSS last.
const origin = 'https://ads.tiktok.com';

/** A pixel's page in Events Manager, under either path seen so far (and the query-free rest). */
const PIXEL_PAGES = ['/i18n/events_manager/*pixel/detail*'];

const GENERATE = {
  role: 'button',
  name: ['Generate access token', 'Generate token', 'Generate new access token'],
  text: ['Generate access token', 'Generate token'],
};

export const tiktok: Recipe = {
  id: 'tiktok',
  name: 'TikTok',
  // Added after the first release: its host is optional, asked for when the merchant starts it.
  optional: true,
  matches: [`${origin}/*`],
  links: {
    // Events Manager: its data sources list holds the merchant's pixels.
    apiKeys: `${origin}/i18n/events_manager/`,
    signIn: `${origin}/i18n/login`,
    // Upstack's TikTok Ads guides (the folder: no article's address is on record).
    help: 'https://docs.upstackdata.com/guides/tiktok-ads/',
  },
  keyPages: { path: PIXEL_PAGES, heading: ['Events API'] },
  steps: [
    {
      id: 'sign-in',
      title: 'step_tiktok_sign_in_title',
      detail: 'step_tiktok_sign_in_detail',
      when: { path: ['*/login*'] },
    },
    {
      // Events Manager's data sources: the merchant's pixel, whatever its name.
      id: 'pixel',
      title: 'step_tiktok_pixel_title',
      detail: 'step_tiktok_pixel_detail',
      target: { css: 'a[href*="pixel/detail"]' },
    },
    {
      id: 'settings',
      title: 'step_tiktok_settings_title',
      detail: 'step_tiktok_settings_detail',
      when: { path: PIXEL_PAGES },
      target: { role: 'tab', name: ['Settings'], text: ['Settings'] },
    },
    {
      // The Settings tab shows the Events API section with its generate button.
      id: 'generate',
      title: 'step_tiktok_generate_title',
      detail: 'step_tiktok_generate_detail',
      when: { path: PIXEL_PAGES, present: GENERATE },
      target: GENERATE,
    },
    {
      id: 'copy',
      title: 'step_tiktok_copy_title',
      detail: 'step_tiktok_copy_detail',
      when: {
        path: PIXEL_PAGES,
        present: {
          role: 'dialog|heading',
          name: ['Access token', 'Events API access token', 'Your access token'],
        },
      },
    },
  ],
  capture: {
    when: { path: PIXEL_PAGES },
    fields: [
      {
        id: 'token',
        label: 'secret_tiktok_token_label',
        // Shape unverified (a long string; its alphabet is not published): no guessed alphabet,
        // a loose sanity check (printable ASCII without spaces, bounded length). The place (the
        // dialog that opens after the merchant's click on the generate button) does the rest.
        pattern: /^[!-~]{20,512}$/,
        hint: 'secret_tiktok_token_hint',
        distinctive: false,
        refuse: [
          // The pixel id (20 upper-case letters and digits, under the pixel's name) pasted where
          // the token goes.
          { pattern: /^[A-Z0-9]{20}$/, reason: 'secret_tiktok_token_refuse_pixel' },
        ],
        shown: { css: '[role=dialog] input[readonly], [role=dialog] code, [role=dialog] pre' },
        upstackLabels: ['Access Token', 'Events API Access Token', 'TikTok Access Token'],
      },
      {
        id: 'pixelId',
        label: 'secret_tiktok_pixelId_label',
        // 20 upper-case letters and digits (providers.md; TikTok's dashboard calls it "Pixel
        // Code" too, its Events API pixel_code or pixel_id).
        pattern: /^[A-Z0-9]{20}$/,
        hint: 'secret_tiktok_pixelId_hint',
        // Not a secret: the pixel the page belongs to, from its path where the path carries it
        // (…/pixel/detail/<pixel>: one of the paths seen, unverified for all of them)…
        fromUrl: /\/pixel\/detail\/([A-Z0-9]{20})(?:\/|$)/,
        // …else as the page shows it under the pixel's name ("Pixel ID: …" or "Pixel Code: …";
        // the label's wording is unverified: either is taken), in an open dialog first.
        fromPage: /\bpixel (?:id|code)\b:?\s*([A-Z0-9]{20})\b/i,
        shown: { css: '[role=dialog], main, [role=main]' },
        // Neither (a path and a label not seen yet): the token is kept and the merchant types
        // the Pixel ID in Upstack's form.
        missing: { where: 'upstack_tiktok_pixelId_where', link: `${origin}/i18n/events_manager/` },
        upstackLabels: ['Pixel ID', 'TikTok Pixel ID', 'Pixel Code'],
      },
    ],
    arm: GENERATE,
    copy: { role: 'button', name: ['Copy', 'Copy token', 'Copy access token'], text: ['Copy'] },
  },
  // No key check: TikTok documents no read-only endpoint for an Events API token. The one call
  // seen used as a test (Segment's) posts an event to business-api.tiktok.com's pixel/track,
  // which may be recorded (unverified): no check, and no extra host.
  upstack: {
    heading: ['TikTok'],
    entryUrl: 'https://app.upstackdata.com/pixel/event-destinations',
  },
};
