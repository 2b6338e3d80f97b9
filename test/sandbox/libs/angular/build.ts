// Builds the Angular app ahead of time with the Angular CLI's application builder (esbuild
// inside): Angular Material's pages (Optimove's and Snapchat's, picked by host) and PrimeNG's
// (Klaviyo's), each a lazy chunk. The workspace is this folder (angular.json), the packages are
// the repo's.
// The output is ES modules: main.js imports its chunks from the same folder.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildLibrary } from '../registry';

const here = fileURLToPath(new URL('.', import.meta.url));

export const build: BuildLibrary = async (outDir) => {
  const ng = createRequire(import.meta.url).resolve('@angular/cli/bin/ng.js');
  const output = join(outDir, 'ng');
  const log: string[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(
      process.execPath,
      [ng, 'build', `--output-path=${output}`, '--no-progress'],
      {
        cwd: here,
        env: {
          ...process.env,
          NODE_ENV: 'production',
          NG_CLI_ANALYTICS: 'false',
          NG_FORCE_TTY: 'false',
          NO_COLOR: '1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    child.on('error', fail);
    child.on('close', done);
  });
  const browser = join(output, 'browser');
  if (code !== 0 || !existsSync(join(browser, 'main.js')))
    throw new Error(`The Angular sandbox did not build (exit ${code}):\n${log.join('')}`);
  return {
    hosts: ['acme.optimove.net', 'business.snapchat.com'],
    scripts: [{ src: 'ng/browser/main.js', module: true }],
    styles: ['ng/browser/styles.css'],
    bundled: { primeng: ['www.klaviyo.com'] },
    // PrimeNG's styled mode injects its theme at run time: no stylesheet, Material's theme neither.
    bundledStyles: { primeng: [] },
  };
};
