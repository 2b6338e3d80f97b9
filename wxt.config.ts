import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The manifest is the extension's contract with the merchant and the stores:
// keep it in step with README.md ("Permissions") and test/e2e/manifest.expected.ts.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_extName__' },
    permissions: ['storage', 'alarms'],
    // Only for the optional key check: the secret goes to its own provider's API, nowhere else.
    host_permissions: [
      'https://a.klaviyo.com/*',
      'https://api.omnisend.com/*',
      'https://r1-api.dotdigital.com/*',
      'https://r2-api.dotdigital.com/*',
      'https://r3-api.dotdigital.com/*',
    ],
  },
});
