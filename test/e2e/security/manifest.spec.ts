// The built manifests against the hand-kept list and the tables of docs/store.md. Runs after the build.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { MatchPattern } from '@webext-core/match-patterns';
import { recipes } from '../../../lib/recipes';
import { optionalOrigins } from '../../../lib/recipes/optional';
import {
  expectedContentScripts,
  expectedFrameMatches,
  expectedFrameResources,
  expectedIncognito,
  expectedOptionalHostPermissions,
  expectedPermissions,
  expectedRuntimeProviderScripts,
  expectedWebAccessibleMatches,
  expectedWebAccessibleResources,
  forbiddenPermissions,
  publishedRequiredHosts,
} from '../../manifest.expected';

interface ContentScript {
  matches: string[];
  exclude_matches?: string[];
  exclude_globs?: string[];
  js: string[];
}
interface Manifest {
  manifest_version: number;
  incognito?: string;
  icons?: Record<string, string>;
  content_security_policy?: unknown;
  minimum_chrome_version?: string;
  browser_specific_settings?: {
    gecko?: {
      id?: string;
      strict_min_version?: string;
      data_collection_permissions?: { required?: string[] };
    };
  };
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts: ContentScript[];
  web_accessible_resources?: unknown[];
}

const manifests: [string, string][] = [
  ['chrome', '.output/chrome-mv3/manifest.json'],
  ['firefox', '.output/firefox-mv2/manifest.json'],
];

/** Backticked items in the first column of the docs/store.md table under `heading`. */
function storeColumn(heading: string): string[] {
  const store = readFileSync('docs/store.md', 'utf8');
  const section = store.split(/^## /m).find((s) => s.startsWith(heading));
  if (!section) throw new Error(`docs/store.md has no "## ${heading}" section`);
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
      // The engine, only for the provider pages, and the Upstack panel's frame: MV3 lists the
      // pages, MV2 the files alone.
      const sorted = (list: string[]) => [...list].sort();
      if (manifest.manifest_version === 3) {
        expect(manifest.web_accessible_resources).toEqual([
          {
            resources: expectedWebAccessibleResources,
            matches: expect.any(Array),
            use_dynamic_url: true,
          },
          {
            resources: expectedFrameResources,
            matches: expectedFrameMatches,
            use_dynamic_url: true,
          },
        ]);
        const [entry] = manifest.web_accessible_resources as { matches: string[] }[];
        expect(sorted(entry?.matches ?? [])).toEqual(sorted(expectedWebAccessibleMatches));
        // The very pages the providers' loaders run on, none of the others.
        const providerPages = [
          ...expectedContentScripts
            .filter((cs) => cs.js !== 'docs' && cs.js !== 'upstack')
            .flatMap((cs) => cs.matches),
          ...expectedRuntimeProviderScripts.flatMap((cs) => cs.matches),
        ];
        expect(sorted(expectedWebAccessibleMatches)).toEqual(sorted(providerPages));
      } else {
        expect(manifest.web_accessible_resources).toEqual([
          ...expectedWebAccessibleResources,
          ...expectedFrameResources,
        ]);
      }
      // MV3 lists them as optional_host_permissions, MV2 (Firefox) as optional_permissions.
      const optional = [
        ...(manifest.optional_host_permissions ?? []),
        ...(manifest.optional_permissions ?? []),
      ];
      expect(optional).toEqual(expectedOptionalHostPermissions);
    });

    test('an update requires no new host: later providers are optional, their scripts registered at run time', () => {
      // Chrome disables an updated extension that requires a host the merchant never approved.
      const hosts = (manifest.host_permissions ?? []).concat(
        (manifest.permissions ?? []).filter((p) => p.includes('://')),
      );
      for (const host of hosts) expect(publishedRequiredHosts).toContain(host);
      const optional = [
        ...(manifest.optional_host_permissions ?? []),
        ...(manifest.optional_permissions ?? []),
      ];
      const later = recipes.filter((r) => r.optional);
      expect(
        later.map((r) => ({ js: r.id, matches: r.matches, origins: optionalOrigins(r) })),
      ).toEqual(expectedRuntimeProviderScripts);
      const staticMatches = manifest.content_scripts.flatMap((cs) => cs.matches);
      for (const { origins } of expectedRuntimeProviderScripts)
        for (const origin of origins) {
          expect(hosts).not.toContain(origin);
          expect(staticMatches).not.toContain(origin);
          // Each is within an optional host permission, so that permissions.request may ask it.
          const sample = origin.replace('/*', '/');
          expect(optional.some((p) => new MatchPattern(p).includes(sample))).toBe(true);
        }
      // The script itself is built, for the background to register.
      const dir = path.replace(/manifest\.json$/, '');
      for (const { js } of expectedRuntimeProviderScripts)
        expect(readFileSync(`${dir}content-scripts/${js}.js`, 'utf8').length).toBeGreaterThan(0);
    });

    test('never runs in a private window', () => {
      expect(manifest.incognito).toBe(expectedIncognito);
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

    test("gives each provider's pages its own recipe alone, and no zod", () => {
      const dir = path.replace(/manifest\.json$/, '');
      for (const recipe of recipes) {
        const code = readFileSync(`${dir}content-scripts/${recipe.id}.js`, 'utf8');
        for (const other of recipes)
          expect(code.includes(`id:"${other.id}"`), `${other.id} in ${recipe.id}.js`).toBe(
            other === recipe,
          );
        // The background parses with zod; the page's script stays light (bench: weight).
        expect(code).not.toContain('$Zod');
      }
      // The engine the loaders import is shared: it brings no recipe (each page has its own).
      const engine = readFileSync(`${dir}guide.js`, 'utf8');
      for (const recipe of recipes)
        expect(engine, `${recipe.id} in guide.js`).not.toContain(`id:"${recipe.id}"`);
      expect(engine).not.toContain('$Zod');
    });

    test('is store ready: icons, no custom CSP, minimum versions and, for Firefox, its id and data use', () => {
      const dir = path.replace(/manifest\.json$/, '');
      for (const size of ['16', '32', '48', '128']) {
        expect(manifest.icons?.[size]).toBeTruthy();
        expect(
          readFileSync(dir + manifest.icons?.[size])
            .subarray(1, 4)
            .toString(),
        ).toBe('PNG');
      }
      // The default CSP allows no remote code and no eval: keep it.
      expect(manifest.content_security_policy).toBeUndefined();
      if (browser === 'chrome') {
        expect(Number(manifest.minimum_chrome_version)).toBeGreaterThanOrEqual(120);
      } else {
        const gecko = manifest.browser_specific_settings?.gecko;
        expect(gecko?.id).toBe('key-assist@upstackdata.com');
        expect(Number.parseFloat(gecko?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(140);
        expect(gecko?.data_collection_permissions?.required).toEqual(['authenticationInfo']);
      }
    });

    test("matches docs/store.md's permission and site tables", () => {
      // A later provider's hosts are rows of both: optional permissions, and a site its
      // run-time content script runs on.
      const later = expectedRuntimeProviderScripts;
      expect(storeColumn('Permissions').sort()).toEqual(
        [
          ...expectedPermissions,
          ...expectedOptionalHostPermissions,
          ...new Set(later.flatMap((cs) => cs.origins)),
        ].sort(),
      );
      const sites = [
        ...expectedContentScripts.flatMap((cs) => cs.matches),
        ...later.flatMap((cs) => cs.matches),
      ];
      expect(storeColumn('Sites').sort()).toEqual([...sites].sort());
    });
  });
}
