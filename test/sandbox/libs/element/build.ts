// Builds the Element Plus sandbox app: one esbuild bundle (Vue runtime-only: components are
// render functions, no template compiler, so the strict-CSP option needs no eval) plus
// Element Plus's own stylesheet.
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
    outfile: join(outDir, 'app.js'),
    bundle: true,
    minify: true,
    format: 'iife',
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
  return {
    hosts: ['app.omnisend.com', 'ads.tiktok.com', 'ui.ads.microsoft.com', 'www.klaviyo.com'],
    scripts: [{ src: 'app.js' }],
    styles: ['element-plus.css', 'app.css'],
  };
};
