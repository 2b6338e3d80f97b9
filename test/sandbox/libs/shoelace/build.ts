// Builds the Shoelace sandbox (Dotdigital, Klaviyo's create page, Omnisend's API keys page and Reddit's Events Manager) with esbuild: one script
// bundling Lit, the Shoelace components it imports and the pages, and one stylesheet holding
// Shoelace's light theme. Nothing is loaded from a CDN; icons are inline data.
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import type { BuildLibrary } from '../registry';

const src = (file: string) => fileURLToPath(new URL(`./src/${file}`, import.meta.url));

export const build: BuildLibrary = async (outDir) => {
  await esbuild({
    entryPoints: { app: src('main.ts'), style: src('app.css') },
    outdir: outDir,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'chrome120',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'warning',
  });
  return {
    hosts: [
      'r1-app.dotdigital.com',
      'r2-app.dotdigital.com',
      'www.klaviyo.com',
      'app.omnisend.com',
      'ads.reddit.com',
    ],
    scripts: [{ src: 'app.js' }],
    styles: ['style.css'],
  };
};
