import { optimoveLabels } from './labels';
import type { Recipe } from './schema';

// Sources: Optimove, "Generating API Keys"; Optimove developer docs.
// Each merchant has their own host (<account>.optimove.net) and the app uses hash routes with no
// published path for the page, so steps are told apart by what the page shows, not by its URL.
const keyManagement = {
  role: 'heading',
  name: ['API Key Management'],
  text: ['API Key Management'],
};
const newKeyForm = { role: 'textbox', name: ['Nickname'], css: 'input[name*="nickname" i]' };

export const optimove: Recipe = {
  id: 'optimove',
  name: 'Optimove',
  matches: ['https://*.optimove.net/*'],
  // Not dashboards: the API, the SDK CDN and the mobile messaging hosts.
  excludeGlobs: [
    'https://api*.optimove.net/*',
    'https://sdk-cdn.optimove.net/*',
    'https://optimobile-*.optimove.net/*',
  ],
  options: [
    {
      // Optimove's Access Type for the new key. Admin is full access, which all Upstack Data
      // features need; the values are the labels Optimove's form shows.
      id: 'accessType',
      label: 'optAccessType',
      choices: [
        { value: 'Admin', label: 'optAccessAdmin' },
        { value: 'Integrations', label: 'optAccessIntegrations' },
        { value: 'Transactional API User', label: 'optAccessTransactional' },
      ],
    },
  ],
  links: {
    apiKeys: '{origin}/#/settings/general/api-key-management',
    signIn: 'https://sandbox.optimove.net/',
    // Upstack has no article for Optimove: Optimove's own.
    help: 'https://developer.optimove.com/docs/generating-api-keys-1',
  },
  // No published URL: a hash route that names the page, else its heading.
  keyPages: { path: ['*api-key*', '*apikey*'], heading: ['API Key Management'] },
  // API Key Management lists each key's nickname (no URL to tell the page by).
  existing: { present: { role: 'cell', name: ['{keyName}'] } },
  labels: optimoveLabels,
  steps: [
    {
      id: 'sign-in',
      title: 'step_optimove_sign_in_title',
      when: { path: ['/login*', '/#/login*'] },
    },
    {
      id: 'settings',
      title: 'step_optimove_settings_title',
      detail: 'step_optimove_settings_detail',
      target: { role: 'link|button|tab', name: ['Settings'], text: ['Settings'] },
    },
    {
      id: 'api-key-management',
      title: 'step_optimove_api_key_management_title',
      when: { present: { role: 'tab|link', name: ['General'], text: ['General'] } },
      target: {
        role: 'link|tab|button',
        name: ['API Key Management'],
        text: ['API Key Management'],
      },
    },
    {
      id: 'new-key',
      title: 'step_optimove_new_key_title',
      when: { present: keyManagement },
      target: {
        role: 'button|link',
        name: ['New API Key', '+ New API Key'],
        text: ['New API Key', '+ New API Key'],
      },
    },
    {
      id: 'activate',
      title: 'step_optimove_activate_title',
      detail: 'step_optimove_activate_detail',
      when: { present: newKeyForm },
      prefill: [
        { kind: 'text', field: newKeyForm, value: '{keyName}' },
        {
          kind: 'text',
          field: { role: 'textbox', name: ['Contact Email', 'Email'], css: 'input[type=email]' },
          value: '{contactEmail}',
          ask: 'step_optimove_activate_ask',
        },
        {
          kind: 'choose',
          field: { role: 'radio', name: ['{accessType}'], text: ['{accessType}'] },
          // Where Access Type is a select or combobox instead of radios.
          list: { role: 'combobox', name: ['Access Type', 'Access type', 'Access', 'Role'] },
          option: ['{accessType}'],
        },
      ],
      target: { role: 'button', name: ['Activate key', 'Activate'], text: ['Activate key'] },
    },
    {
      id: 'copy',
      title: 'step_optimove_copy_title',
      detail: 'step_optimove_copy_detail',
      when: {
        present: {
          role: 'dialog',
          name: ['API key', 'Your API key', 'API Key Created', 'Your new API key'],
          // A read-only combobox is a library select (rc-select, el-select), not the key.
          css: '[role=dialog] [readonly]:not([role=combobox])',
        },
      },
    },
  ],
  capture: {
    when: { present: keyManagement },
    fields: [
      {
        id: 'apiKey',
        label: 'secret_optimove_apiKey_label',
        pattern: /^[A-Za-z0-9._~+/=-]{20,256}$/,
        hint: 'secret_optimove_apiKey_hint',
        // Hints: the capture finds the key by its shape in what opened after Activate.
        shown: { css: '[role=dialog] input[readonly], [role=dialog] code, [role=dialog] pre' },
        upstackLabels: ['API key'],
      },
    ],
    arm: { role: 'button', name: ['Activate key', 'Activate'], text: ['Activate key'] },
    copy: {
      role: 'button',
      name: ['Copy', 'Copy key', 'Copy API key'],
      text: ['Copy'],
      scope: '[role=dialog]',
    },
  },
  upstack: {
    heading: ['Optimove'],
    entryUrl: 'https://app.upstackdata.com/pixel/event-destinations',
  },
};
