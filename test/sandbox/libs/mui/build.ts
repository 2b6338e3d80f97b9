// Builds the MUI app (Klaviyo's, Pinterest Ads Manager's and Meta Events Manager's pages) with esbuild: one minified production bundle. MUI styles
// itself at run time through Emotion, so the app has no stylesheet of its own.
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import type { BuildLibrary } from '../registry';

export const build: BuildLibrary = async (outDir) => {
  await esbuild({
    entryPoints: [fileURLToPath(new URL('./app.tsx', import.meta.url))],
    outfile: `${outDir}/app.js`,
    bundle: true,
    minify: true,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'react',
    target: 'chrome120',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  return {
    hosts: ['www.klaviyo.com', 'ads.pinterest.com', 'business.facebook.com'],
    scripts: [{ src: 'app.js' }],
    styles: [],
  };
};
