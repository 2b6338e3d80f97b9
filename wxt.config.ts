import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { recipes } from './lib/recipes';
import { engineChunks } from './scripts/engine-chunks';
import { upstackRecipes } from './scripts/upstack-recipes';

const ICON_SIZES = [16, 32, 48, 128];

/** The provider pages' loader and the engine it loads, and the Upstack dashboard's: built with the
 * native API (see lib/protocol/native-browser.ts), not the polyfill. */
const NATIVE_BROWSER = new Set([...recipes.map((r) => r.id), 'guide', 'upstack', 'upstack-engine']);

/** Where the engine's chunks go: what only some pages or moments need (the panel, a running
 * guide's steps), imported by guide.js when wanted, web-accessible where guide.js is. */
const GUIDE_CHUNKS = 'guide/[name]-[hash].js';

// The manifest is the extension's contract with the merchant and the stores:
// keep it in step with docs/store.md ("Sites", "Permissions") and test/manifest.expected.ts.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // No auto-imports: every module names what it uses, so nothing is an ambient global.
  imports: false,
  hooks: {
    // The manifest icons' one source is assets/icon/ (drawn by scripts/make-icons.mjs): copied
    // into the build as icon/<size>.png, where WXT finds them and lists them in the manifest.
    'build:publicAssets'(_wxt, files) {
      for (const size of ICON_SIZES)
        files.push({
          absoluteSrc: resolve('assets/icon', `${size}.png`),
          relativeDest: `icon/${size}.png`,
        });
    },
    'vite:build:extendConfig'(entrypoints, config) {
      // The engine is an ES module (the loader imports it), so that it can import its chunks.
      if (entrypoints.length === 1 && entrypoints[0]?.name === 'guide' && config.build?.lib) {
        config.build.lib.formats = ['es'];
        const output = config.build.rollupOptions?.output;
        if (output && !Array.isArray(output)) output.chunkFileNames = GUIDE_CHUNKS;
        // What its chunks share stays in guide.js (its exports), not in one more chunk.
        if (config.build.rollupOptions)
          config.build.rollupOptions.preserveEntrySignatures = 'allow-extension';
        // Imported through runtime.getURL, sharing guide.js's instance (scripts/engine-chunks.ts).
        config.plugins = [...(config.plugins ?? []), engineChunks('guide.js')];
      }
      if (!entrypoints.every((e) => NATIVE_BROWSER.has(e.name))) return;
      const native = {
        find: /^wxt\/browser$/,
        replacement: resolve('lib/protocol/native-browser.ts'),
      };
      const alias = config.resolve?.alias;
      config.resolve = {
        ...config.resolve,
        alias: Array.isArray(alias)
          ? [native, ...alias]
          : [
              native,
              ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement })),
            ],
      };
    },
  },
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false }), upstackRecipes()],
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
    // Never in a private window, even if the merchant allows it there: a key captured in one is
    // never filled in a normal one, nor the reverse (Chrome MV3 and Firefox MV2 alike).
    incognito: 'not_allowed',
    // scripting: the Upstack content script on a dashboard origin the merchant adds in the options.
    permissions: ['storage', 'alarms', 'scripting'],
    // Only for the key check: a secret goes to its own provider's API, nowhere else.
    host_permissions: [
      'https://a.klaviyo.com/*',
      'https://api.omnisend.com/*',
      'https://r1-api.dotdigital.com/*',
    ],
    // Asked for only when the merchant adds their own Upstack dashboard origin, for that origin
    // only, or starts a provider added after the first release (recipe `optional`: its dashboard
    // and check hosts, lib/recipes/optional.ts). MV2, Firefox's build, calls them optional_permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*'] }
      : { optional_host_permissions: ['https://*/*'] }),
    // The engine (and its chunks), imported by the provider pages' loader only when a guide is
    // wanted; the Upstack
    // engine, imported by the Upstack loader once a key is held or a destination form shows; and
    // the Fill frame, which the Upstack engine embeds in the dashboard. Chrome serves the engine
    // to the provider pages alone, and the Upstack engine and the frame to HTTPS pages (the
    // Upstack dashboard, and the merchant's own dashboard origin from the options, which is not
    // known here), each under a URL that changes each session; Firefox's MV2 build under the
    // add-on's random per-install host.
    web_accessible_resources:
      browser === 'firefox'
        ? ['guide.js', 'guide/*.js', 'fill.html', 'upstack-engine.js']
        : [
            {
              resources: ['guide.js', 'guide/*.js'],
              matches: recipes.flatMap((r) => r.matches),
              use_dynamic_url: true,
            },
            {
              resources: ['fill.html', 'upstack-engine.js'],
              matches: ['https://*/*'],
              use_dynamic_url: true,
            },
          ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'key-assist@upstackdata.com',
              // 140 is the first release that reads data_collection_permissions.
              strict_min_version: '140.0',
              // The key check sends the captured key to its provider's API (Pinterest's with the
              // ad account id, which goes with the token): authentication information.
              data_collection_permissions: { required: ['authenticationInfo'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // storage.session access levels, checkVisibility, and alarms shorter than a minute.
        { minimum_chrome_version: '120' }),
  }),
});
