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
    name: 'Upstack Key Assist',
    description:
      'Guides you through creating a marketing-tool API key and fills it into your Upstack Data destination, without copy and paste.',
    permissions: ['storage', 'alarms'],
  },
});
