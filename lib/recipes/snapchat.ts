import type { Recipe } from './schema';

// Sources: Upstack Data's Snapchat destination guide; Snapchat's Business Help (Conversions API
// tokens) and Marketing API docs (../shared/providers.md, "Beyond the seeds").
// Business Manager's paths carry the organisation's id: its pages are told by tolerant path
// globs (`*` around `business-details`) and by their headings. Labels change: each anchor names
// the role and accessible name first, the visible text next, CSS last.
const origin = 'https://business.snapchat.com';

/** Business Details, wherever the organisation's id puts it. */
const BUSINESS_DETAILS = ['*business-details*', '*/business/details*'];

/** Where the token is made. The dialog's Generate, or the page's "Generate Token" where a
 * dashboard makes the token at once: either click arms the capture, and a token of this loose
 * shape is taken only inside what opened or changed after it. */
const GENERATE = {
  role: 'button',
  name: ['Generate', 'Generate Token', 'Generate token'],
  text: ['Generate', 'Generate Token'],
};

/** Snapchat's pixel id: a UUID. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A dialog, however the page's library draws it (mat-dialog in a CDK overlay, or native). */
const DIALOG = 'mat-dialog-container, .cdk-overlay-pane, dialog, [role=dialog], [aria-modal=true]';

export const snapchat: Recipe = {
  id: 'snapchat',
  name: 'Snapchat',
  // Added after the first release: its host is optional, asked for when the merchant starts it.
  optional: true,
  matches: [`${origin}/*`],
  links: {
    // Business Manager's home opens the merchant's organisation; Business Details is in its menu.
    apiKeys: `${origin}/`,
    signIn: 'https://accounts.snapchat.com/accounts/login',
    // Upstack's Snapchat guides (the folder: no article's address is on record).
    help: 'https://docs.upstackdata.com/guides/snapchat-ads/',
  },
  keyPages: { path: BUSINESS_DETAILS, heading: ['Business Details', 'Conversions API Tokens'] },
  steps: [
    {
      id: 'business-details',
      title: 'step_snapchat_business_details_title',
      detail: 'step_snapchat_business_details_detail',
      target: {
        role: 'link|menuitem|button|tab',
        name: ['Business Details', 'Business details'],
        text: ['Business Details'],
        css: 'a[href*="business-details"]',
      },
    },
    {
      id: 'tokens',
      title: 'step_snapchat_tokens_title',
      detail: 'step_snapchat_tokens_detail',
      when: { path: BUSINESS_DETAILS },
      target: {
        role: 'tab|link|button',
        name: ['Conversions API Tokens', 'Conversions API tokens', 'Conversions API'],
        text: ['Conversions API Tokens'],
      },
    },
    {
      id: 'generate',
      title: 'step_snapchat_generate_title',
      detail: 'step_snapchat_generate_detail',
      when: {
        path: BUSINESS_DETAILS,
        present: { role: 'button', name: ['Generate Token', 'Generate token'] },
      },
      target: {
        role: 'button',
        name: ['Generate Token', 'Generate token'],
        text: ['Generate Token'],
      },
    },
    {
      id: 'confirm',
      title: 'step_snapchat_confirm_title',
      detail: 'step_snapchat_confirm_detail',
      when: {
        path: BUSINESS_DETAILS,
        present: { role: 'dialog', name: ['Generate Token', 'Generate token'] },
      },
      // The dialog's own Generate: no name is asked (Snapchat's docs name none).
      target: { role: 'button', name: ['Generate'], text: ['Generate'], scope: DIALOG },
    },
    {
      id: 'copy',
      title: 'step_snapchat_copy_title',
      detail: 'step_snapchat_copy_detail',
      when: {
        path: BUSINESS_DETAILS,
        present: {
          role: 'dialog',
          name: ['Conversions API Token', 'Token Generated', 'Your Conversions API Token'],
        },
      },
    },
  ],
  capture: {
    when: { path: BUSINESS_DETAILS },
    fields: [
      {
        id: 'token',
        label: 'secret_snapchat_token_label',
        // Snapchat says "100+ characters" and publishes no alphabet: loose (printable ASCII
        // without spaces, bounded length), no alphabet guessed. The place (what opened after the
        // merchant's Generate, next to its Copy) does the rest.
        pattern: /^[!-~]{100,512}$/,
        hint: 'secret_snapchat_token_hint',
        distinctive: false,
        refuse: [
          // The pixel id (a UUID) pasted where the token goes.
          { pattern: UUID, reason: 'secret_snapchat_token_refuse_pixel' },
        ],
        shown: {
          css: 'mat-dialog-container input[readonly], [role=dialog] input[readonly], [role=dialog] textarea[readonly], [role=dialog] code, dialog input[readonly], dialog code',
        },
        upstackLabels: [
          'Snapchat Conversion API Token',
          'Snapchat Conversions API Token',
          'Conversion API Token',
          'Conversions API Token',
        ],
      },
      {
        id: 'pixelId',
        label: 'secret_snapchat_pixelId_label',
        // A UUID, as Snapchat's docs show it.
        pattern: UUID,
        hint: 'secret_snapchat_pixelId_hint',
        // Not a secret: the pixel as the page shows it next to its label ("Pixel ID: …", "Snap
        // Pixel ID …"). Where Business Manager shows it is unverified (Snapchat's docs put the
        // pixel in Ads Manager's Events Manager; a business's pixels may be listed beside its
        // tokens): the open dialog and the page are read alike, and where it is not shown the
        // token is kept without it and the merchant types it in Upstack's form.
        fromPage:
          /\b(?:snap(?:chat)? )?pixel id\b:?\s*([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])/i,
        shown: { css: `${DIALOG}, main, [role=main]` },
        missing: {
          where: 'upstack_snapchat_pixelId_where',
          // Ads Manager, whose Events Manager holds the pixels.
          link: 'https://ads.snapchat.com/',
        },
        upstackLabels: ['Snapchat Pixel ID', 'Pixel ID', 'Snap Pixel ID'],
      },
    ],
    arm: GENERATE,
    copy: { role: 'button', name: ['Copy', 'Copy Token', 'Copy token'], text: ['Copy'] },
  },
  // No key check: Snapchat's validate endpoint (`tr.snapchat.com/v3/<pixel>/events/validate`)
  // is documented with the token as a query parameter only, and a token never goes in a URL
  // (logs, proxies, history keep URLs). So none is made, and no API host is asked for.
  upstack: {
    heading: ['Snapchat'],
    entryUrl: 'https://app.upstackdata.com/pixel/event-destinations',
    // Upstack uses the token only with this box ticked: the guide points at it while it is off.
    enable: {
      field: {
        role: 'checkbox|switch',
        name: [
          'Check to enable sending events via Snapchat Conversions API',
          'Enable sending events via Snapchat Conversions API',
        ],
        text: ['Check to enable sending events via Snapchat Conversions API'],
      },
      label: 'upstack_snapchat_enable_label',
    },
  },
};
