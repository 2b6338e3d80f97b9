// The weight budget (issue 31), over the built extension in .output: what a page can load, gzip
// level 9 as the bench weighs it (bench/weight.ts weighs what a browser really loaded; this checks
// the files, so that a build past a budget fails). It runs in the e2e suite, after the build:
// `npm test` builds both browsers (`npm run zip`) before `npm run test:e2e`.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { recipes } from '../../../lib/recipes';

/** Bytes, gzip, as the bench's kB (1000 bytes). */
export const BUDGET = {
  /** A content script: all a provider or Upstack page carries until the engine is wanted. */
  loader: 4_000,
  /** The engine a page imports: on a provider's API-keys page (guide.js), and on the Upstack
   * dashboard with a key held or a destination form shown (upstack-engine.js). */
  engine: 18_000,
  /** guide.js until its split lands: it may not grow meanwhile. It was 21.6 kB before issue 28's
   * frames, languages and region anchors, the guide's reducer and the capture's judging landed
   * (25.8 kB after them), then 26.3 kB with issue 28's library selects (lib/dom/listbox.ts: a
   * select's field box, its virtualised rows, opening by Enter; given to the prefiller by the
   * guide only, so that upstack-engine.js lost 0.6 kB); the 18 kB target still fails. */
  guideCeiling: 26_400,
};

const builds = ['chrome-mv3', 'firefox-mv2'];
const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

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

    test('the provider pages’ engine does not grow past its ceiling', () => {
      const size = gzip(`${dir}guide.js`);
      expect(size, `guide.js: ${size} B gzip`).toBeLessThanOrEqual(BUDGET.guideCeiling);
    });

    test('the provider pages’ engine within 18 kB gzip (not yet: guide.js is to be split)', () => {
      // Expected to fail until guide.js is split (issue 31); once it passes, Playwright reports
      // it, and this line goes.
      test.fail();
      const size = gzip(`${dir}guide.js`);
      expect(size, `guide.js: ${size} B gzip`).toBeLessThanOrEqual(BUDGET.engine);
    });
  });
}
