// Sandbox apps built with real UI libraries (MUI, Ant Design, Radix, Element Plus, Vuetify,
// Angular Material, PrimeNG, Shoelace), so
// that the engine meets the markup, portals, focus traps and batching real dashboards have.
// Each library is one app under libs/<lib>/ holding the pages of the providers it covers (it
// picks the page by location.host). Its `build.ts` writes the app into a folder once per run;
// serve.ts serves that folder at the providers' real origins when a test sets `library`.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const LIBRARIES = ['mui', 'element', 'angular', 'shoelace'] as const;
export type Library = (typeof LIBRARIES)[number];

/** Libraries whose pages are built into another library's app of the same framework (React's:
 * MUI, Ant Design and Radix; Vue's: Element Plus and Vuetify; Angular's: Angular Material and
 * PrimeNG), each in a chunk of its own and holding its own hosts (LibraryApp.bundled). */
export const BUNDLED = {
  antd: 'mui',
  radix: 'mui',
  vuetify: 'element',
  primeng: 'angular',
} as const satisfies Record<string, Library>;
export type SandboxLibrary = Library | keyof typeof BUNDLED;

/** The app that holds a library's pages. */
export const buildOf = (lib: SandboxLibrary): Library =>
  lib in BUNDLED ? BUNDLED[lib as keyof typeof BUNDLED] : (lib as Library);

/** What a library's build wrote: files served under /__sandbox/lib/, and the entry points. */
export interface LibraryApp {
  /** Hosts whose pages this app holds (e.g. `www.klaviyo.com`). */
  hosts: string[];
  /** Files (relative to the app's folder) loaded by the page, in order. */
  scripts: { src: string; module?: boolean }[];
  styles: string[];
  /** The hosts of the pages of libraries bundled into this app (BUNDLED), by library. */
  bundled?: Partial<Record<keyof typeof BUNDLED, string[]>>;
  /** The stylesheets of those libraries' pages, by library, instead of `styles` (each library's
   * page loads its own: Vuetify's page no Element Plus CSS, PrimeNG's no Angular Material theme). */
  bundledStyles?: Partial<Record<keyof typeof BUNDLED, string[]>>;
}

/** Each libs/<lib>/build.ts exports this: build into `outDir`, return what the page loads. */
export type BuildLibrary = (outDir: string) => Promise<LibraryApp>;

const ROOT = resolve('test/sandbox/libs');
const CACHE = resolve('node_modules/.cache/uka-sandbox');

export const appDir = (lib: Library) => join(CACHE, lib);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) return [];
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Changes when the library's sources or the lockfile change: the build is cached by it. */
function sourceKey(lib: Library): string {
  const hash = createHash('sha256');
  // The shared sandbox kit is bundled into every app too.
  const shared = ['sites/kit.tsx', 'page.ts', 'options.ts', 'pinterest-account.ts']
    .map((file) => resolve('test/sandbox', file))
    .concat(resolve('package-lock.json'));
  for (const path of [...files(join(ROOT, lib)), ...shared].sort()) {
    hash.update(relative(ROOT, path));
    hash.update(readFileSync(path));
  }
  return hash.digest('hex');
}

/** Builds one library's app unless the cached build is of the same sources. */
export async function buildLibrary(lib: Library): Promise<LibraryApp> {
  const dir = appDir(lib);
  const key = sourceKey(lib);
  const manifest = join(dir, 'app.json');
  // A build shared with another checkout (hard-linked) may be rewritten under this one: redo it.
  if (existsSync(manifest) && statSync(manifest).nlink === 1) {
    const cached = JSON.parse(readFileSync(manifest, 'utf8')) as LibraryApp & { key: string };
    if (cached.key === key) return cached;
  }
  // A fresh folder: files hard-linked from another checkout's node_modules (one inode, several
  // paths) would otherwise be rewritten in place, for every checkout at once.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { build } = (await import(join(ROOT, lib, 'build.ts'))) as { build: BuildLibrary };
  const app = await build(dir);
  writeFileSync(manifest, JSON.stringify({ ...app, key }));
  return app;
}

/** The built app, read from its folder (globalSetup built it); for a bundled library, the app
 * that holds it, with that library's hosts. */
export function readLibrary(lib: SandboxLibrary): LibraryApp {
  const manifest = join(appDir(buildOf(lib)), 'app.json');
  if (!existsSync(manifest))
    throw new Error(
      `The ${lib} sandbox is not built: run the e2e suite (its globalSetup builds it).`,
    );
  const app = JSON.parse(readFileSync(manifest, 'utf8')) as LibraryApp;
  if (!(lib in BUNDLED)) return app;
  const bundled = lib as keyof typeof BUNDLED;
  return {
    ...app,
    hosts: app.bundled?.[bundled] ?? [],
    styles: app.bundledStyles?.[bundled] ?? app.styles,
  };
}

/** The libraries that have an app in this checkout (their build.ts exists). */
export function availableLibraries(): Library[] {
  return LIBRARIES.filter((lib) => existsSync(join(ROOT, lib, 'build.ts')));
}

/** Builds every library's app, one after another (globalSetup of the e2e suite and the bench). */
export async function buildAll(): Promise<void> {
  for (const lib of availableLibraries()) {
    const started = Date.now();
    await buildLibrary(lib);
    console.log(`sandbox ${lib}: ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
