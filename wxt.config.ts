import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The manifest is the extension's contract with the merchant and the stores:
// keep it in step with README.md ("Sites", "Permissions") and test/manifest.expected.ts.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
    build: {
      minify: 'terser',
      terserOptions: {
        ecma: 2020,
        compress: { passes: 3, pure_getters: true },
        format: { comments: false },
      },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_extName__' },
    // scripting: the Upstack content script on a dashboard origin the merchant adds in the options.
    permissions: ['storage', 'alarms', 'scripting'],
    // Only for the key check: a secret goes to its own provider's API, nowhere else.
    host_permissions: [
      'https://a.klaviyo.com/*',
      'https://api.omnisend.com/*',
      'https://r1-api.dotdigital.com/*',
      'https://r2-api.dotdigital.com/*',
      'https://r3-api.dotdigital.com/*',
    ],
    // Asked for only when the merchant adds their own Upstack dashboard origin, for that origin
    // only (MV2, Firefox's build, calls them optional_permissions).
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*'] }
      : { optional_host_permissions: ['https://*/*'] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'key-assist@upstackdata.com',
              // 140 is the first release that reads data_collection_permissions.
              strict_min_version: '140.0',
              // The key check sends the captured key to its provider's API.
              data_collection_permissions: { required: ['authenticationInfo'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // storage.session access levels, checkVisibility, and alarms shorter than a minute.
        { minimum_chrome_version: '120' }),
  }),
});
