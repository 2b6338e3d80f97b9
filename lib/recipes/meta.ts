import type { Recipe } from './schema';

// Sources: Upstack Data's guide "How to generate my Facebook Conversion API key" (docs.
// upstackdata.com/guides/facebook-ads/…): Events Manager > Data Sources > the pixel > Settings >
// Conversions API > "Generate access token"; the token starts with EAA and is about 190
// characters; Upstack's Meta destination takes it in "Conversions API token" with the Pixel ID
// and the box "Check to enable sending events via Facebook Conversions API" ticked. Meta's Graph
// API changelog for the version (../shared/providers.md). Shown once: a third-party source,
// unverified for Meta itself. Events Manager's paths carry the pixel (or dataset) id and change:
// its pages are told by tolerant path globs and by their headings; labels change, so each anchor
// names the role and accessible name first, the visible text next, CSS last.
const origin = 'https://business.facebook.com';

/** Events Manager, old and new paths (`/events_manager`, `/events_manager2/list/pixel/<id>/…`). */
const EVENTS_MANAGER = ['/events_manager*'];
/** A pixel's (a dataset's) own pages, where its Settings tab is. */
const PIXEL_PAGES = ['/events_manager*/pixel/*', '/events_manager*/dataset/*'];

const GENERATE = {
  role: 'button|link',
  name: ['Generate access token', 'Generate Access Token', 'Generate token'],
  text: ['Generate access token', 'Generate Access Token'],
};

export const meta: Recipe = {
  id: 'meta',
  name: 'Meta',
  // Added after the first release: its hosts are optional, asked for when the merchant starts it.
  optional: true,
  matches: [`${origin}/*`],
  links: {
    // Events Manager's data sources: the merchant's pixels.
    apiKeys: `${origin}/events_manager2/list`,
    signIn: 'https://www.facebook.com/login/',
    help: 'https://docs.upstackdata.com/guides/facebook-ads/how-to-generate-my-facebook-conversion-api-key',
  },
  keyPages: { path: EVENTS_MANAGER, heading: ['Events Manager', 'Conversions API'] },
  steps: [
    {
      id: 'sign-in',
      title: 'step_meta_sign_in_title',
      detail: 'step_meta_sign_in_detail',
      when: { path: ['/login*'] },
    },
    {
      // Data Sources: the merchant's pixel, whatever its name.
      id: 'pixel',
      title: 'step_meta_pixel_title',
      detail: 'step_meta_pixel_detail',
      target: { css: 'a[href*="/pixel/"], a[href*="/dataset/"]' },
    },
    {
      id: 'settings',
      title: 'step_meta_settings_title',
      detail: 'step_meta_settings_detail',
      when: { path: PIXEL_PAGES },
      target: { role: 'tab|link', name: ['Settings'], text: ['Settings'] },
    },
    {
      // The Settings tab's Conversions API section, with its generate link or button.
      id: 'generate',
      title: 'step_meta_generate_title',
      detail: 'step_meta_generate_detail',
      when: { path: PIXEL_PAGES, present: GENERATE },
      target: GENERATE,
    },
    {
      id: 'copy',
      title: 'step_meta_copy_title',
      detail: 'step_meta_copy_detail',
      when: {
        path: PIXEL_PAGES,
        present: {
          role: 'dialog|heading',
          name: ['Access token', 'Conversions API access token', 'Your access token'],
        },
      },
    },
  ],
  capture: {
    when: { path: PIXEL_PAGES },
    fields: [
      {
        id: 'token',
        label: 'secret_meta_token_label',
        // EAA and about 190 characters in all (Upstack's guide); Meta's access tokens are
        // letters and digits after the prefix. Bounded loosely around "about 190".
        pattern: /^EAA[A-Za-z0-9]{100,400}$/,
        hint: 'secret_meta_token_hint',
        // EAA is Meta's alone: looked for on the whole page after the click, and refused as
        // Meta's where another provider's looser token goes.
        distinctive: true,
        refuse: [
          // The Pixel ID (15-16 digits, next to the token) pasted where the token goes.
          { pattern: /^\d{6,20}$/, reason: 'secret_meta_token_refuse_pixel' },
          // The app secret (32 hex digits, App settings > Basic): a secret, but not this token.
          { pattern: /^[0-9a-f]{32}$/i, reason: 'secret_meta_token_refuse_app_secret' },
          // An app access token (`<app id>|<app secret>`): not the Conversions API's token.
          { pattern: /^\d{6,20}\|[\w-]{20,}$/, reason: 'secret_meta_token_refuse_app_token' },
        ],
        // A page access token also starts with EAA: not distinguishable by its shape, so the
        // place (what opened after the merchant's Generate on the pixel's page) does that.
        shown: {
          css: '[role=dialog] textarea, [role=dialog] input[readonly], [role=dialog] code, [role=dialog] pre',
        },
        upstackLabels: ['Conversions API token', 'Conversions API Token', 'Access Token'],
        display: { prefix: 'EAA' },
      },
      {
        id: 'pixelId',
        label: 'secret_meta_pixelId_label',
        pattern: /^\d{6,20}$/,
        hint: 'secret_meta_pixelId_hint',
        // Not a secret: the pixel the page belongs to, from its path (…/pixel/<id>/settings)…
        fromUrl: /\/(?:pixel|dataset)\/(\d{6,20})(?:\/|$)/,
        // …or, where the path does not carry it, as the page shows it next to its label.
        fromPage: /\b(?:Pixel|Dataset) ID:?\s*(\d{6,20})\b/i,
        shown: { css: 'main, [role=main], [role=dialog]' },
        // Neither on this page: the token is kept, no check is made (it names the pixel), and
        // the merchant types the Pixel ID in Upstack's form.
        missing: { where: 'upstack_meta_pixelId_where', link: `${origin}/events_manager` },
        upstackLabels: ['Pixel ID', 'Meta Pixel ID', 'Facebook Pixel ID'],
      },
    ],
    arm: GENERATE,
    copy: { role: 'button', name: ['Copy', 'Copy token', 'Copy access token'], text: ['Copy'] },
  },
  check: {
    // A read of the pixel (Graph API's AdsPixel node, fields id and name): GET, nothing written.
    // The token goes in the Authorization header (Graph API takes a Bearer token there); the URL
    // names the pixel only. Whether the Events Manager token may read its own pixel is
    // unverified: Meta answers a token it does not know with 400 or 401 (OAuthException, code
    // 190), one without read access with 400 or 403; a 400 reads as "could not tell" and the
    // fill is still offered.
    url: 'https://graph.facebook.com/v27.0/{pixelId}?fields=id,name',
    hosts: ['graph.facebook.com'],
    headers: { Authorization: 'Bearer {token}' },
    // v27.0, released 2026-11-04 (Graph API changelog, "Available Graph API Versions").
    version: { name: 'v27.0', verified: '2026-12-07' },
    forbidden: 'check_meta_forbidden',
  },
  upstack: {
    heading: ['Meta', 'Facebook'],
    entryUrl: 'https://app.upstackdata.com/pixel/event-destinations',
    // Upstack uses the token only with this box ticked: the guide points at it while it is off.
    enable: {
      field: {
        role: 'checkbox|switch',
        name: [
          'Check to enable sending events via Facebook Conversions API',
          'Enable sending events via Facebook Conversions API',
          'Check to enable sending events via Meta Conversions API',
        ],
        text: ['Check to enable sending events via Facebook Conversions API'],
      },
      label: 'upstack_meta_enable_label',
    },
  },
};
