// Builds the Vue sandbox app with esbuild (Vue runtime-only: components are render functions, no
// template compiler, so the strict-CSP option needs no eval): a small entry that loads the
// Element Plus pages or Vuetify's page, each a chunk of its own, plus each library's own
// stylesheet, linked by that library's pages alone (Vuetify's components' own CSS imports are
// dropped for its one built file).
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import type { BuildLibrary } from '../registry';

const require = createRequire(import.meta.url);

export const build: BuildLibrary = async (outDir) => {
  await esbuild({
    entryPoints: [fileURLToPath(new URL('./main.ts', import.meta.url))],
    outdir: outDir,
    entryNames: 'app',
    chunkNames: 'chunk-[hash]',
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    loader: { '.css': 'empty' },
    target: 'chrome120',
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    logLevel: 'warning',
  });
  copyFileSync(require.resolve('element-plus/dist/index.css'), join(outDir, 'element-plus.css'));
  copyFileSync(fileURLToPath(new URL('./app.css', import.meta.url)), join(outDir, 'app.css'));
  copyFileSync(require.resolve('vuetify/dist/vuetify.min.css'), join(outDir, 'vuetify.css'));
  return {
    hosts: ['app.omnisend.com', 'ads.tiktok.com', 'ui.ads.microsoft.com', 'www.klaviyo.com'],
    scripts: [{ src: 'app.js', module: true }],
    styles: ['element-plus.css', 'app.css'],
    bundled: { vuetify: ['acme.optimove.net'] },
    bundledStyles: { vuetify: ['vuetify.css'] },
  };
};
