// docs/architecture.md's folder map stays true to the tree: every module of the folders it maps
// is named in its folder's rows, and every file name in a row is a file of that folder.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recipes } from '../../lib/recipes';

const DOC = readFileSync('docs/architecture.md', 'utf8');
const FOLDERS = [
  'lib/background',
  'lib/dom',
  'lib/engine',
  'lib/key',
  'lib/protocol',
  'lib/recipes',
  'lib/ui',
  'components',
  'entrypoints',
  'scripts',
];
const IDS = new Set(recipes.map((r) => r.id));

/** The backticked names in the map's rows for `folder` (a row may be one of several). */
function named(folder: string): Set<string> {
  const rows = DOC.split('\n').filter((line) => line.startsWith(`| \`${folder}/\``));
  return new Set(rows.flatMap((row) => [...row.matchAll(/`([^`\s]+)`/g)].map((m) => m[1] ?? '')));
}

/** What a folder holds: its files, and for entrypoints its page folders (`popup/`). */
function modules(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => !entry.name.endsWith('.d.mts'))
    .map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name))
    .filter((name) => !IDS.has(name.replace(/(\.content)?\.ts$/, '')));
}

describe('docs/architecture.md', () => {
  it.each(FOLDERS)('names every module of %s/', (folder) => {
    const names = named(folder);
    expect(names.size, `no row for ${folder}/`).toBeGreaterThan(1);
    const missing = modules(folder).filter((name) => !names.has(name));
    expect(missing, `add these to ${folder}/'s row of docs/architecture.md`).toEqual([]);
  });

  it.each(FOLDERS)('names only files that %s/ holds', (folder) => {
    const held = new Set(readdirSync(folder).flatMap((name) => [name, `${name}/`]));
    const stale = [...named(folder)].filter(
      (name) => /^[\w.-]+\.(ts|tsx|mjs|css)$/.test(name) && !held.has(name),
    );
    // A name with a path of its own (`lib/ui/overlay.tsx`) is checked by readme.test.ts.
    expect(stale).toEqual([]);
  });
});
