// Builds the React app with esbuild, one minified production build: MUI's pages (Klaviyo's,
// Pinterest Ads Manager's and Meta Events Manager's), Ant Design's (Optimove's) and Radix's
// (Klaviyo's and Omnisend's), the last two in chunks loaded only for their pages. MUI (Emotion)
// and Ant Design (cssinjs) style themselves at run time, so the app has no stylesheet.
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import type { BuildLibrary } from '../registry';

export const build: BuildLibrary = async (outDir) => {
  await esbuild({
    entryPoints: [fileURLToPath(new URL('./app.tsx', import.meta.url))],
    outdir: outDir,
    entryNames: 'app',
    chunkNames: 'chunk-[hash]',
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    jsx: 'automatic',
    jsxImportSource: 'react',
    target: 'chrome120',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  return {
    hosts: ['www.klaviyo.com', 'ads.pinterest.com', 'business.facebook.com'],
    scripts: [{ src: 'app.js', module: true }],
    styles: [],
    bundled: { antd: ['acme.optimove.net'], radix: ['www.klaviyo.com', 'app.omnisend.com'] },
  };
};
