import { klaviyoLabels } from './labels';
import type { Recipe } from './schema';

/** Klaviyo's API revision: retired two years after its date (developers.klaviyo.com, versioning
 * policy). The latest GA revision (Klaviyo's changelog, October 2026). */
const REVISION = '2026-10-15';

// Sources: Upstack Data, "How to Generate Klaviyo API Key for Upstack Data"; Klaviyo help center.
// Labels change: each anchor names the role and accessible name first, the visible text next, CSS last.
const origin = 'https://www.klaviyo.com';

export const klaviyo: Recipe = {
  id: 'klaviyo',
  name: 'Klaviyo',
  matches: ['https://www.klaviyo.com/*'],
  links: {
    apiKeys: `${origin}/settings/account/api-keys`,
    signIn: `${origin}/login`,
    help: 'https://docs.upstackdata.com/guides/klaviyo/how-to-generate-klaviyo-api-key-for-upstack-data',
  },
  keyPages: {
    path: ['/settings/account/api-keys*', '/account#api-keys-tab', '/create-private-api-key*'],
  },
  // The list of private keys shows each key's name (its secret only masked).
  existing: {
    path: ['/settings/account/api-keys*', '/account#api-keys-tab'],
    present: { role: 'cell', name: ['{keyName}'] },
  },
  labels: klaviyoLabels,
  steps: [
    {
      id: 'sign-in',
      title: 'step_klaviyo_sign_in_title',
      detail: 'step_klaviyo_sign_in_detail',
      when: { path: ['/login*'] },
      link: `${origin}/login`,
    },
    {
      id: 'settings',
      title: 'step_klaviyo_settings_title',
      detail: 'step_klaviyo_settings_detail',
      target: { role: 'link', name: ['Settings'], text: ['Settings'], css: 'a[href$="/settings"]' },
    },
    {
      id: 'api-keys-tab',
      title: 'step_klaviyo_api_keys_tab_title',
      when: { path: ['/settings*'] },
      target: {
        role: 'link|tab',
        name: ['API keys'],
        text: ['API keys'],
        css: 'a[href*="/api-keys"]',
      },
    },
    {
      id: 'create',
      title: 'step_klaviyo_create_title',
      detail: 'step_klaviyo_create_detail',
      when: { path: ['/settings/account/api-keys*', '/account#api-keys-tab'] },
      target: {
        role: 'link|button',
        name: ['Create Private API Key'],
        text: ['Create Private API Key'],
        css: 'a[href*="create-private-api-key"]',
      },
    },
    {
      id: 'name-and-create',
      title: 'step_klaviyo_name_and_create_title',
      detail: 'step_klaviyo_name_and_create_detail',
      when: { path: ['/create-private-api-key*'] },
      prefill: [
        {
          kind: 'text',
          field: {
            role: 'textbox',
            name: ['Private API Key Name', 'Name your key'],
            css: 'input[name="Private API Key Name"]',
          },
          value: '{keyName}',
        },
        {
          kind: 'choose',
          field: { role: 'radio', name: ['Full Access Key'], text: ['Full Access Key'] },
          // Where the access level is a select or combobox instead of cards.
          list: { role: 'combobox', name: ['Access level', 'Access', 'Key access'] },
          option: ['Full Access Key', 'Full Access'],
        },
      ],
      target: { role: 'button', name: ['Create'], region: true, css: '[type="submit"]' },
    },
    {
      id: 'copy',
      title: 'step_klaviyo_copy_title',
      detail: 'step_klaviyo_copy_detail',
      when: {
        path: ['/create-private-api-key*'],
        present: {
          role: 'heading|dialog',
          name: ['Your new private API key', 'Your private API key', 'Private API key created'],
        },
      },
    },
  ],
  capture: {
    when: { path: ['/create-private-api-key*'] },
    fields: [
      {
        id: 'apiKey',
        label: 'secret_klaviyo_apiKey_label',
        // pk_ and exactly 34 letters and digits (Klaviyo's private keys; trufflehog's detector).
        pattern: /^pk_[A-Za-z0-9]{34}$/,
        hint: 'secret_klaviyo_apiKey_hint',
        distinctive: true,
        refuse: [
          {
            pattern: /^[A-Za-z0-9]{6}$/,
            reason: 'secret_klaviyo_apiKey_refuse_public',
          },
        ],
        // Hints: the capture finds the key by its shape wherever it is shown.
        shown: {
          css: 'main code, main pre, [role=dialog] code, [role=dialog] pre, input[readonly]',
        },
        upstackLabels: ['Private API key', 'API key'],
        // Shown as pk_…a1b2.
        display: { prefix: 'pk_' },
      },
    ],
    arm: { role: 'button', name: ['Create'], region: true, css: '[type="submit"]' },
    copy: { role: 'button', name: ['Copy', 'Copy key'], text: ['Copy'] },
  },
  check: {
    // klaviyo/openapi get_accounts.json: the endpoint exists to test a private key (scope
    // accounts:read); rate limit 1/s and 15/min. 401 = not a key, 403 = a key without accounts:read.
    // A retired revision silently falls forward to a supported one unless the opt-out header is
    // sent; with it, Klaviyo answers 410 (read as 'retired': the extension needs an update).
    url: 'https://a.klaviyo.com/api/accounts/',
    hosts: ['a.klaviyo.com'],
    headers: {
      Authorization: 'Klaviyo-API-Key {apiKey}',
      revision: REVISION,
      'X-Klaviyo-Revision-Fall-Forward-Opt-Out': '1',
      accept: 'application/json',
    },
    version: { name: REVISION, verified: '2026-11-25' },
    limit: { perSecond: 1, perMinute: 15 },
    forbidden: 'check_klaviyo_forbidden',
  },
  upstack: {
    heading: ['Klaviyo'],
    entryUrl: 'https://app.upstackdata.com/pixel/event-destinations',
  },
};
