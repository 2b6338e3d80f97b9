// The built manifests against the hand-kept list and the README's tables. Runs after the build.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  expectedContentScripts,
  expectedPermissions,
  forbiddenPermissions,
} from '../manifest.expected';

interface ContentScript {
  matches: string[];
  exclude_matches?: string[];
  exclude_globs?: string[];
  js: string[];
}
interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts: ContentScript[];
  web_accessible_resources?: unknown[];
}

const manifests: [string, string][] = [
  ['chrome', '.output/chrome-mv3/manifest.json'],
  ['firefox', '.output/firefox-mv2/manifest.json'],
];

/** Backticked items in the first column of the README table under `heading`. */
function readmeColumn(heading: string): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith(heading));
  if (!section) throw new Error(`README has no "## ${heading}" section`);
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) =>
      [...(line.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1] as string),
    );
}

for (const [browser, path] of manifests) {
  test.describe(`${browser} manifest`, () => {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
    const permissions = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])];

    test('asks for exactly the listed permissions and nothing forbidden', () => {
      expect([...permissions].sort()).toEqual([...expectedPermissions].sort());
      for (const p of forbiddenPermissions) expect(permissions).not.toContain(p);
      expect(manifest.web_accessible_resources ?? []).toEqual([]);
    });

    test('runs content scripts only on the listed HTTPS sites', () => {
      const sorted = (list: string[]) => [...list].sort();
      const actual = manifest.content_scripts.map((cs) => ({
        js: cs.js.map((f) => f.replace(/^content-scripts\/|\.js$/g, '')).join(),
        matches: sorted(cs.matches),
        exclude: sorted([...(cs.exclude_matches ?? []), ...(cs.exclude_globs ?? [])]),
      }));
      const expected = expectedContentScripts.map((cs) => ({
        ...cs,
        matches: sorted(cs.matches),
        exclude: sorted(cs.exclude),
      }));
      const byScript = (a: { js: string }, b: { js: string }) => a.js.localeCompare(b.js);
      expect(actual.sort(byScript)).toEqual(expected.sort(byScript));
      for (const cs of manifest.content_scripts)
        for (const m of cs.matches) expect(m).toMatch(/^https:\/\//);
    });

    test("matches README's permission and site tables", () => {
      expect(readmeColumn('Permissions').sort()).toEqual([...expectedPermissions].sort());
      const sites = expectedContentScripts.flatMap((cs) => cs.matches);
      expect(readmeColumn('Sites').sort()).toEqual([...sites].sort());
    });
  });
}
