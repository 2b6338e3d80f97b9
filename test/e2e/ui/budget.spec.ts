// The weight budget (issue 31), over the built extension in .output: what a page can load, gzip
// level 9 as the bench weighs it (bench/weight.ts weighs what a browser really loaded; this checks
// the files, so that a build past a budget fails). It runs in the e2e suite, after the build:
// `npm test` builds both browsers (`npm run zip`) before `npm run test:e2e`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { recipes } from '../../../lib/recipes';
import { upstackSide } from '../../../lib/recipes/upstack-side';

/** Bytes, gzip, as the bench's kB (1000 bytes). */
export const BUDGET = {
  /** A content script: all a provider or Upstack page carries until the engine is wanted. */
  loader: 4_000,
  /** The engine a page imports: on a provider's API-keys page (guide.js), and on the Upstack
   * dashboard with a key held or a destination form shown (upstack-engine.js). */
  engine: 18_000,
  /** All an API-keys page loads first, the offer shown or declined: its loader and the engine
   * (the offer is drawn without the panel, lib/ui/offer-card.ts: no chunk until Start). */
  keyPage: 20_000,
  /** A running guide's page: its loader, the engine and its one chunk (the panel and the running
   * guide, lib/engine/guide-run.ts). It was 33.9 kB (loader, guide.js and its two chunks) before
   * the offer's card, 34.8 kB after it: it may not grow meanwhile. */
  guidePage: 35_000,
  /** What one more recipe may add to an engine. */
  perRecipe: 500,
};

const builds = ['chrome-mv3', 'firefox-mv2'];
const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The engine's chunks (wxt.config.ts puts them in guide/): the one of `name`, once. */
function chunk(dir: string, name: string): string {
  const found = readdirSync(`${dir}guide`).filter(
    (f) => f.startsWith(`${name}-`) && f.endsWith('.js'),
  );
  expect(found, `guide/${name}-*.js`).toHaveLength(1);
  return `${dir}guide/${found[0]}`;
}

for (const build of builds) {
  const dir = `.output/${build}/`;
  test.describe(`the ${build} build`, () => {
    test.beforeAll(() => {
      expect(existsSync(`${dir}manifest.json`), `${dir}: run npm run build first`).toBe(true);
    });

    test('each page’s loader within 4 kB gzip: every provider’s and the Upstack dashboard’s', () => {
      for (const id of [...recipes.map((r) => r.id), 'upstack']) {
        const size = gzip(`${dir}content-scripts/${id}.js`);
        expect(size, `content-scripts/${id}.js: ${size} B gzip`).toBeLessThanOrEqual(BUDGET.loader);
      }
    });

    test('the Upstack engine within 18 kB gzip', () => {
      const size = gzip(`${dir}upstack-engine.js`);
      expect(size, `upstack-engine.js: ${size} B gzip`).toBeLessThanOrEqual(BUDGET.engine);
    });

    test('the provider pages’ engine within 18 kB gzip', () => {
      const size = gzip(`${dir}guide.js`);
      expect(size, `guide.js: ${size} B gzip`).toBeLessThanOrEqual(BUDGET.engine);
    });

    /** Each provider's page: its loader, guide.js and the chunks given. */
    const keyPages = (chunks: string[]) =>
      recipes.map((r) => {
        const files = [`${dir}content-scripts/${r.id}.js`, `${dir}guide.js`, ...chunks];
        return { id: r.id, size: files.reduce((sum, f) => sum + gzip(f), 0) };
      });

    test('a key page, its offer shown or declined, loads loader and engine within 20 kB gzip', () => {
      // The offer's card is in guide.js; the chunk (the panel) is imported once the merchant
      // starts, or on a declined page once there is something to ask (dormant.spec.ts checks
      // that the offer page parses no chunk).
      for (const { id, size } of keyPages([]))
        expect(size, `${id}: ${size} B gzip`).toBeLessThanOrEqual(BUDGET.keyPage);
    });

    test('guide.js imports its chunk only when wanted: no static import', () => {
      const code = readFileSync(`${dir}guide.js`, 'utf8');
      // `import{…}from"…"`, `import"…"`: none (a dynamic `import(` is what it uses).
      expect(code).not.toMatch(/\bimport\s*(?:[\w{}*\s,$]+from\s*)?["']/);
      expect(code).toMatch(/\bimport\(/);
      expect(readdirSync(`${dir}guide`).filter((f) => f.endsWith('.js'))).toHaveLength(1);
    });

    test('a running guide (loader, engine, its chunk) does not grow past its ceiling', () => {
      for (const { id, size } of keyPages([chunk(dir, 'guide-run')]))
        expect(size, `${id}: ${size} B gzip`).toBeLessThanOrEqual(BUDGET.guidePage);
    });

    test('the Upstack engine carries each recipe’s Upstack side alone, within 0.5 kB gzip each', () => {
      const code = readFileSync(`${dir}upstack-engine.js`, 'utf8');
      for (const recipe of recipes) {
        const side = gzipSync(JSON.stringify(upstackSide(recipe)), { level: 9 }).length;
        expect(side, `${recipe.id}: ${side} B gzip`).toBeLessThanOrEqual(BUDGET.perRecipe);
        expect(code.includes(recipe.upstack.heading[0] as string), recipe.id).toBe(true);
        // Its provider pages' words and key shapes are not there.
        for (const field of recipe.capture.fields)
          expect(code.includes(field.hint), `${field.hint} in upstack-engine.js`).toBe(false);
        for (const step of recipe.steps)
          expect(code.includes(step.title), `${step.title} in upstack-engine.js`).toBe(false);
      }
    });

    test('no recipe in the engine or its chunks: a provider’s recipe is in its loader alone', () => {
      // So a new recipe adds nothing to the engine (its share is 0 B of the 0.5 kB allowed).
      const files = ['guide.js', ...readdirSync(`${dir}guide`).map((f) => `guide/${f}`)];
      for (const file of files.filter((f) => f.endsWith('.js'))) {
        const code = readFileSync(`${dir}${file}`, 'utf8');
        for (const recipe of recipes)
          expect(code.includes(`id:"${recipe.id}"`), `${recipe.id} in ${file}`).toBe(false);
      }
    });
  });
}
