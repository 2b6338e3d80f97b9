import { dotdigitalLabels } from './labels';
import type { Recipe } from './schema';

// Sources: Dotdigital help, "How do I create an API key?"; Dotdigital developer docs.
// Not a one-time key: the credential is an API user (generated email) and a password that we
// generate and fill. It is captured when Save is pressed and the page lists the new user.
// Two wordings are known: the older My Account > Manage Users > API > ADD USER, and the newer
// Settings > Access > API users > NEW USER; anchors accept both.
const apiUserField = {
  role: 'textbox',
  name: ['Email address', 'Email', 'API user'],
  css: 'input[value^="apiuser-"]',
  region: true,
};

export const dotdigital: Recipe = {
  id: 'dotdigital',
  name: 'Dotdigital',
  matches: [
    'https://r1-app.dotdigital.com/*',
    'https://r2-app.dotdigital.com/*',
    'https://r3-app.dotdigital.com/*',
  ],
  links: {
    apiKeys: '{origin}/settings/access/api-users',
    signIn: 'https://login.dotdigital.com/',
    // Upstack has no article for Dotdigital: Dotdigital's own.
    help: 'https://support.dotdigital.com/hc/en-gb/articles/115001718730-Create-an-API-user',
  },
  // The API users list and its New user form (a tab of Access: the tab is not in the URL).
  keyPages: { path: ['/settings/access*', '/account/users*'], heading: ['API users'] },
  // The API users list shows each user's description, where the key name goes.
  existing: {
    path: ['/settings/access*', '/account/users*'],
    present: { role: 'cell', name: ['{keyName}'] },
  },
  labels: dotdigitalLabels,
  steps: [
    {
      id: 'sign-in',
      title: 'step_dotdigital_sign_in_title',
      when: { path: ['/login*', '/auth*'] },
    },
    {
      id: 'settings',
      title: 'step_dotdigital_settings_title',
      detail: 'step_dotdigital_settings_detail',
      target: {
        role: 'link|button',
        name: ['Settings', 'Manage users'],
        text: ['Settings', 'Manage users'],
      },
    },
    {
      id: 'api-tab',
      title: 'step_dotdigital_api_tab_title',
      when: { path: ['/settings/access*', '/account/users*', '/MyAccount/*'] },
      target: { role: 'tab|link', name: ['API users', 'API'], text: ['API users', 'API'] },
    },
    {
      id: 'new-user',
      title: 'step_dotdigital_new_user_title',
      when: {
        present: { role: 'tab', name: ['API users', 'API'], css: '[role=tab][aria-selected=true]' },
      },
      target: {
        role: 'button|link',
        name: ['New user', 'Add user'],
        text: ['New user', 'Add user'],
      },
    },
    {
      id: 'save',
      title: 'step_dotdigital_save_title',
      detail: 'step_dotdigital_save_detail',
      when: { present: apiUserField },
      prefill: [
        {
          kind: 'text',
          field: { role: 'textbox', name: ['Description'], region: true },
          value: '{keyName}',
        },
        {
          kind: 'text',
          field: {
            role: 'textbox',
            name: ['Password'],
            css: 'input[type=password]',
            region: true,
          },
          value: '{password}',
        },
        {
          kind: 'text',
          field: {
            role: 'textbox',
            name: ['Confirm password', 'Confirm'],
            css: 'input[type=password] ~ input[type=password]',
            region: true,
          },
          value: '{password}',
        },
        // Status is a radio (Enabled / Disabled); older forms had a checkbox. The rate
        // limiting choice keeps its default.
        {
          kind: 'choose',
          field: {
            role: 'radio|checkbox',
            name: ['Enabled'],
            text: ['Enabled'],
            region: true,
          },
        },
      ],
      target: { role: 'button', name: ['Save'], text: ['Save'], region: true },
    },
  ],
  capture: {
    when: { present: apiUserField },
    fields: [
      {
        id: 'apiUser',
        label: 'secret_dotdigital_apiUser_label',
        // apiuser- and 12 lowercase letters and digits (trufflehog's dotdigital detector).
        pattern: /^apiuser-[a-z0-9]{12}@apiconnector\.com$/,
        distinctive: true,
        hint: 'secret_dotdigital_apiUser_hint',
        shown: apiUserField,
        upstackLabels: ['API user', 'API username', 'Username'],
        // An identifier, not a secret (Dotdigital lists it), but half of the credential: shown as
        // apiuser-…1a2b@apiconnector.com, enough to tell it from the account's other API users.
        display: { prefix: 'apiuser-', suffix: '@apiconnector.com' },
      },
      {
        id: 'password',
        label: 'secret_dotdigital_password_label',
        pattern: /^(?!.*password)(?=.*[^A-Za-z])\S{8,128}$/i,
        hint: 'secret_dotdigital_password_hint',
        shown: {
          role: 'textbox',
          name: ['Password'],
          css: 'input[type=password]',
          region: true,
        },
        upstackLabels: ['Password', 'API password'],
        display: { password: true },
      },
    ],
    // The credential is read from the form when Save is pressed (see `submit`).
    arm: { role: 'button', name: ['Save'], text: ['Save'], region: true },
    submit: {
      button: { role: 'button', name: ['Save'], text: ['Save'], region: true },
      accepted: {
        present: { role: 'cell|row|listitem', name: ['{apiUser}'], text: ['{apiUser}'] },
      },
      refused: {
        role: 'alert',
        name: ['Error'],
        css: 'form [role=alert], form .error, form [aria-invalid=true]',
      },
    },
  },
  check: {
    // developer.dotdigital.com, API conventions: account-info goes to r1 from any region, and
    // answers with the account's own API endpoint. HTTP Basic auth; a wrong password and a user
    // saved as Disabled both answer 401 (other calls on the wrong region answer 403).
    url: 'https://r1-api.dotdigital.com/v2/account-info',
    hosts: ['r1-api.dotdigital.com'],
    basic: ['{apiUser}', '{password}'],
    version: { name: 'v2', verified: '2026-11-25' },
    invalid: 'check_dotdigital_invalid',
    forbidden: 'check_dotdigital_forbidden',
  },
  upstack: {
    heading: ['Dotdigital'],
    entryUrl: 'https://app.upstackdata.com/pixel/event-destinations',
  },
};
