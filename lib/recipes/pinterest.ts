import type { Recipe } from './schema';

// Sources: Upstack Data's Pinterest Ads destination guide; Pinterest's help and developer pages
// (Conversions API, ad accounts' events endpoint); Segment's action-destinations (../shared/
// providers.md, "Beyond the seeds"). Ads Manager's paths carry the ad account id and change:
// the guide's pages are told by path globs with `*` for the id and by their headings. Labels
// change: each anchor names the role and accessible name first, the visible text next, CSS last.
const origin = 'https://ads.pinterest.com';

/** Where Ads Manager shows the Conversions API's token: under Conversions, by path or heading. */
const TOKEN_PAGES = ['/advertiser/*/conversions*'];

export const pinterest: Recipe = {
  id: 'pinterest',
  name: 'Pinterest',
  // Added after the first release: its hosts are optional, asked for when the merchant starts it.
  optional: true,
  matches: [`${origin}/*`],
  links: {
    // Ads Manager's home opens the merchant's ad account (its id is in the path that follows).
    apiKeys: `${origin}/`,
    signIn: 'https://www.pinterest.com/login/',
    // Upstack's Pinterest Ads guides (the folder: no article's address is on record).
    help: 'https://docs.upstackdata.com/guides/pinterest-ads/',
  },
  keyPages: { path: TOKEN_PAGES, heading: ['Conversion access token', 'Conversions API'] },
  steps: [
    {
      id: 'sign-in',
      title: 'step_pinterest_sign_in_title',
      detail: 'step_pinterest_sign_in_detail',
      when: { path: ['/login*'] },
    },
    {
      id: 'conversions',
      title: 'step_pinterest_conversions_title',
      detail: 'step_pinterest_conversions_detail',
      target: {
        role: 'link|menuitem|button',
        name: ['Conversions'],
        text: ['Conversions'],
        css: 'a[href*="/conversions"]',
      },
    },
    {
      id: 'generate',
      title: 'step_pinterest_generate_title',
      detail: 'step_pinterest_generate_detail',
      when: { path: TOKEN_PAGES },
      target: {
        role: 'button',
        name: ['Generate new token', 'Generate token', 'Generate access token'],
        text: ['Generate new token'],
      },
    },
    {
      id: 'copy',
      title: 'step_pinterest_copy_title',
      detail: 'step_pinterest_copy_detail',
      when: {
        path: TOKEN_PAGES,
        // A dialog only: "Conversion access token" is also the name of the page (and of its
        // heading) where the token is generated, before any token is shown.
        present: {
          role: 'dialog',
          name: ['Conversion access token', 'Your new token', 'Access token generated'],
        },
      },
    },
  ],
  capture: {
    when: { path: TOKEN_PAGES },
    fields: [
      {
        id: 'token',
        label: 'secret_pinterest_token_label',
        // pina_ and about 90 more characters, alphabet unverified: loose on the rest (printable
        // ASCII without spaces, bounded length); the place and the click do the rest.
        pattern: /^pina_[!-~]{60,200}$/,
        hint: 'secret_pinterest_token_hint',
        distinctive: true,
        refuse: [
          // The Pinterest Tag id (or the ad account id) pasted where the token goes.
          { pattern: /^\d{6,20}$/, reason: 'secret_pinterest_token_refuse_id' },
        ],
        shown: { css: '[role=dialog] code, [role=dialog] input[readonly], [role=dialog] pre' },
        upstackLabels: ['Conversion Access Token', 'Conversions API Token', 'Access Token'],
        display: { prefix: 'pina_' },
      },
      {
        id: 'adAccountId',
        label: 'secret_pinterest_adAccountId_label',
        pattern: /^\d{6,20}$/,
        hint: 'secret_pinterest_adAccountId_hint',
        // Not a secret: the ad account the page belongs to, from its path.
        fromUrl: /^\/advertiser\/(\d{6,20})(?:\/|$)/,
        shown: {},
        upstackLabels: ['Ad Account ID', 'Advertiser ID'],
      },
    ],
    arm: {
      role: 'button',
      name: ['Generate new token', 'Generate token', 'Generate access token'],
      text: ['Generate new token'],
    },
    copy: { role: 'button', name: ['Copy', 'Copy token'], text: ['Copy'] },
  },
  check: {
    // A test event: with test=true Pinterest validates it and records nothing (developers.
    // pinterest.com, Conversions API; Segment). 401 = not a token, 403 = a token of another ad
    // account. The token goes in the Authorization header; the URL names the ad account only.
    url: 'https://api.pinterest.com/v5/ad_accounts/{adAccountId}/events?test=true',
    hosts: ['api.pinterest.com'],
    method: 'POST',
    headers: { Authorization: 'Bearer {token}', 'Content-Type': 'application/json' },
    body: '{"data":[{"event_name":"checkout","action_source":"web","event_time":{now},"event_id":"upstack-key-assist-check","user_data":{"client_ip_address":"192.0.2.1","client_user_agent":"Upstack Key Assist"}}]}',
    version: { name: 'v5', verified: '2026-12-06' },
    forbidden: 'check_pinterest_forbidden',
  },
  upstack: {
    heading: ['Pinterest'],
    entryUrl: 'https://app.upstackdata.com/pixel/event-destinations',
    // The Tag ID is on another page of Ads Manager (Conversions > Pinterest Tag): the merchant
    // types it, and the guide points at the field once the token and the account id are in.
    typed: [
      {
        label: 'upstack_pinterest_tagId_label',
        where: 'upstack_pinterest_tagId_where',
        upstackLabels: ['Tag ID', 'Pinterest Tag ID', 'Pixel Tag ID'],
      },
    ],
  },
};
