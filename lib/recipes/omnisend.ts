import { omnisendLabels } from './labels';
import type { Recipe } from './schema';

// Sources: Upstack Data, "How to Generate your Omnisend API Key"; Omnisend help center and API docs.
// The create form opens from the list page, as a modal or inline (unverified): anchors look for it anywhere.
const origin = 'https://app.omnisend.com';
/** Omnisend's only dated API version (api-docs.omnisend.com, the published spec); an earlier
 * date resolves to no version. */
const VERSION = '2026-03-15';

export const omnisend: Recipe = {
  id: 'omnisend',
  name: 'Omnisend',
  matches: ['https://app.omnisend.com/*'],
  links: {
    apiKeys: `${origin}/integrations/api-keys`,
    signIn: `${origin}/login`,
    help: 'https://docs.upstackdata.com/guides/omnisend/how-to-generate-your-omnisend-api-key',
  },
  keyPages: { path: ['/integrations/api-keys*', '/#/my-account/integrations/api-keys*'] },
  // The API keys list shows each key's name.
  existing: {
    path: ['/integrations/api-keys*', '/#/my-account/integrations/api-keys*'],
    present: { role: 'cell', name: ['{keyName}'] },
  },
  labels: omnisendLabels,
  steps: [
    {
      id: 'sign-in',
      title: 'step_omnisend_sign_in_title',
      when: { path: ['/login*', '/signin*'] },
      link: `${origin}/login`,
    },
    {
      id: 'store-settings',
      title: 'step_omnisend_store_settings_title',
      detail: 'step_omnisend_store_settings_detail',
      target: { role: 'link|button', name: ['Store settings'], text: ['Store settings'] },
    },
    {
      id: 'api-tab',
      title: 'step_omnisend_api_tab_title',
      when: { path: ['/settings*', '/#/my-account*', '/my-account*'] },
      target: {
        role: 'link|tab',
        name: ['API keys', 'API'],
        text: ['API keys'],
        css: 'a[href*="api-keys"]',
      },
    },
    {
      id: 'create',
      title: 'step_omnisend_create_title',
      when: { path: ['/integrations/api-keys*', '/#/my-account/integrations/api-keys*'] },
      target: {
        role: 'button|link',
        name: ['Create API key', '+ Create API key'],
        text: ['Create API key'],
      },
    },
    {
      id: 'name-and-create',
      title: 'step_omnisend_name_and_create_title',
      detail: 'step_omnisend_name_and_create_detail',
      when: {
        path: ['/integrations/api-keys*', '/#/my-account/integrations/api-keys*'],
        present: { role: 'dialog', name: ['Create API key'], css: '[role=dialog] input' },
      },
      prefill: [
        {
          kind: 'text',
          field: {
            role: 'textbox',
            name: ['Name', 'API key name', 'Key name'],
            region: true,
          },
          value: '{keyName}',
        },
        {
          kind: 'choose',
          all: true,
          field: {
            role: 'checkbox',
            name: [
              'Campaigns',
              'Contacts',
              'Orders',
              'Products',
              'Carts',
              'Events',
              'Read',
              'Write',
            ],
            region: true,
          },
        },
      ],
      target: {
        role: 'button',
        name: ['Create API key'],
        region: true,
        css: '[role=dialog] [type=submit]',
      },
    },
    {
      id: 'copy',
      title: 'step_omnisend_copy_title',
      detail: 'step_omnisend_copy_detail',
      when: {
        path: ['/integrations/api-keys*', '/#/my-account/integrations/api-keys*'],
        present: { role: 'button', name: ['Copy API key'], text: ['Copy API key'] },
      },
    },
  ],
  capture: {
    when: { path: ['/integrations/api-keys*', '/#/my-account/integrations/api-keys*'] },
    fields: [
      {
        id: 'apiKey',
        label: 'secret_omnisend_apiKey_label',
        // Exactly 75 letters, digits and "-", with at least one "-", none leading or trailing.
        // The sources disagree on where the "-" sits (Upstack: 64 + 10; a third party: 24 + 50;
        // a scanner's example has two); secret scanners use [A-Za-z0-9-]{75}.
        pattern: /^(?=.{75}$)(?=.*-)[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]$/,
        hint: 'secret_omnisend_apiKey_hint',
        // Hints: the capture finds the key by its shape in what opened after Create.
        shown: {
          css: '[role=dialog] code, [role=dialog] input[readonly], [role=dialog] pre, main code',
        },
        upstackLabels: ['API key'],
      },
    ],
    arm: {
      role: 'button',
      name: ['Create API key', 'Create'],
      region: true,
      css: '[role=dialog] [type=submit]',
    },
    copy: { role: 'button', name: ['Copy API key', 'Copy'], text: ['Copy API key'] },
  },
  check: {
    // api-docs.omnisend.com, authentication: `Omnisend-API-Key` and a required Omnisend-Version.
    // The current brand: declared with ApiKeyAuth and no scope in the 2026-03-15 spec (the
    // brands.read scope is OAuth's, not an API key's). 401 = not a key.
    url: 'https://api.omnisend.com/api/brands/current',
    hosts: ['api.omnisend.com'],
    headers: {
      Authorization: 'Omnisend-API-Key {apiKey}',
      'Omnisend-Version': VERSION,
      accept: 'application/json',
    },
    version: { name: VERSION, verified: '2026-11-25' },
    forbidden: 'check_omnisend_forbidden',
  },
  upstack: {
    heading: ['Omnisend'],
    entryUrl: 'https://app.upstackdata.com/pixel/event-destinations',
  },
};
