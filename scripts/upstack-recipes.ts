// Build plugin: lib/recipes/upstack-recipes.ts becomes the data it computes. The module is
// bundled with esbuild and run once in Node, and the Upstack side of every recipe is written
// into the build as JSON: upstack-engine.js carries no provider page's steps, anchors or key
// shapes, and nothing of the recipes runs on the Upstack page to compute it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

const MODULE = /[\\/]lib[\\/]recipes[\\/]upstack-recipes\.ts$/;

export function upstackRecipes(): Plugin {
  let data: Promise<string> | undefined;
  return {
    name: 'upstack-recipes',
    enforce: 'pre',
    async load(id) {
      if (!MODULE.test(id)) return;
      data ??= compute(id);
      return `export const upstackRecipes = JSON.parse(${JSON.stringify(await data)});`;
    },
  };
}

async function compute(entry: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'upstack-recipes-'));
  try {
    const outfile = join(dir, 'recipes.mjs');
    await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile });
    const { upstackRecipes } = await import(pathToFileURL(outfile).href);
    return JSON.stringify(upstackRecipes);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
