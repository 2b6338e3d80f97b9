import type { Recipe } from './schema';

// Sources: Upstack Data's Microsoft Advertising (Bing) destination (docs.upstackdata.com/
// destinations/bing: Find UET Tag ID, Enable CAPI): "Microsoft's Conversions API is currently in
// pilot program" (the merchant enrols through their account manager first). The provider side is
// from third-party sources, all unverified: the UET tag > Set up tagging > "Use Conversions API"
// generates a token; "Allow up to 15 minutes for a newly generated token to activate". The
// token's shape is published nowhere: the pattern is loose and the place does the rest. Paths and
// labels are unverified too: pages are told by tolerant path globs and headings, and each anchor
// names several names, role and accessible name first, the visible text next, CSS last.
const origin = 'https://ui.ads.microsoft.com';

/** The UET tags pages (Tools > Conversion tracking > UET tag), however the path spells them. */
const UET_PAGES = ['*uettag*', '*uet-tag*', '*/conversiontracking*'];

/** The control that makes the token: its click arms the capture. */
const GENERATE = {
  role: 'button|link|tab|radio',
  name: ['Use Conversions API', 'Generate token', 'Generate access token', 'Generate new token'],
  text: ['Use Conversions API', 'Generate token'],
};

export const microsoft: Recipe = {
  id: 'microsoft',
  name: 'Microsoft Advertising',
  // Added after the first release: its host is optional, asked for when the merchant starts it.
  optional: true,
  matches: [`${origin}/*`],
  links: {
    // Microsoft Advertising's home opens the merchant's account; UET tags are under Tools.
    apiKeys: `${origin}/`,
    signIn: 'https://ads.microsoft.com/',
    help: 'https://docs.upstackdata.com/destinations/bing',
  },
  keyPages: { path: UET_PAGES, heading: ['UET tag', 'UET tags', 'Conversions API'] },
  steps: [
    {
      id: 'uet-tags',
      title: 'step_microsoft_uet_tags_title',
      detail: 'step_microsoft_uet_tags_detail',
      target: {
        role: 'link|menuitem|button|tab',
        name: ['UET tag', 'UET tags', 'UET Tag'],
        text: ['UET tag'],
        css: 'a[href*="uettag"]',
      },
    },
    {
      id: 'set-up',
      title: 'step_microsoft_set_up_title',
      detail: 'step_microsoft_set_up_detail',
      when: { path: UET_PAGES },
      target: {
        role: 'button|link|menuitem',
        name: ['Set up tagging', 'Set up tag', 'Tagging setup'],
        text: ['Set up tagging'],
      },
    },
    {
      id: 'generate',
      title: 'step_microsoft_generate_title',
      detail: 'step_microsoft_generate_detail',
      when: { path: UET_PAGES, present: GENERATE },
      target: GENERATE,
    },
    {
      id: 'copy',
      title: 'step_microsoft_copy_title',
      detail: 'step_microsoft_copy_detail',
      when: {
        path: UET_PAGES,
        present: {
          role: 'dialog|heading|region',
          name: ['Conversions API token', 'Your Conversions API token', 'Access token'],
        },
      },
    },
  ],
  capture: {
    when: { path: UET_PAGES },
    fields: [
      {
        id: 'token',
        label: 'secret_microsoft_token_label',
        // No published shape (unverified): loose, printable ASCII without spaces, bounded
        // length; taken only inside what opened or changed after the merchant's click.
        pattern: /^[!-~]{20,512}$/,
        hint: 'secret_microsoft_token_hint',
        distinctive: false,
        refuse: [
          // The UET Tag ID (digits, shown with the tag) pasted where the token goes.
          { pattern: /^\d{4,20}$/, reason: 'secret_microsoft_token_refuse_tag' },
        ],
        shown: {
          css: '[role=dialog] input[readonly], [role=dialog] textarea[readonly], [role=dialog] code, [role=dialog] pre, [role=region] input[readonly]',
        },
        upstackLabels: [
          'Conversions API token',
          'Conversions API Token',
          'CAPI token',
          'Access Token',
          'Token',
        ],
      },
      {
        id: 'tagId',
        label: 'secret_microsoft_tagId_label',
        pattern: /^\d{4,20}$/,
        hint: 'secret_microsoft_tagId_hint',
        // Not a secret: the tag the token is for, as its page shows it ("Tag ID 187012345"),
        // in the open dialog first, else on the page. Its URL carries none known.
        fromPage: /\b(?:UET )?Tag ID:?\s*(\d{4,20})\b/i,
        shown: { css: '[role=dialog], main, [role=main]' },
        // Not shown (a redesign, another label): the token is kept and the merchant types it.
        missing: { where: 'upstack_microsoft_tagId_where', link: `${origin}/` },
        upstackLabels: ['UET Tag ID', 'UET tag ID', 'Tag ID'],
      },
    ],
    arm: GENERATE,
    copy: { role: 'button', name: ['Copy', 'Copy token'], text: ['Copy'] },
  },
  // No key check: Microsoft documents no read-only call for a UET Conversions API token (its
  // Conversions API takes events, which would be recorded), so none is made and no API host is
  // asked for. A new token can also take up to 15 minutes to activate.
  upstack: {
    heading: ['Microsoft Advertising', 'Microsoft', 'Bing'],
    entryUrl: 'https://app.upstackdata.com/pixel/event-destinations',
  },
};
