// What AMO checks of the Firefox build: web-ext lint, and the sources zip that reviewers rebuild
// from scratch. The build itself runs end to end in Firefox in the tests tagged @firefox (project firefox).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const FIREFOX = '.output/firefox-mv2';
/** Each one is explained in README ("Firefox"). */
const JUSTIFIED_WARNINGS = ['UNSAFE_VAR_ASSIGNMENT'];

test('web-ext lint reports no errors and only justified warnings', () => {
  let output: string;
  try {
    output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', FIREFOX, '--output', 'json'], {
      encoding: 'utf8',
    });
  } catch (error) {
    output = (error as { stdout: string }).stdout; // lint exits non-zero on errors: report them
  }
  const report = JSON.parse(output) as {
    errors: { code: string }[];
    warnings: { code: string; file: string }[];
  };
  expect(report.errors).toEqual([]);
  for (const warning of report.warnings) expect(JUSTIFIED_WARNINGS).toContain(warning.code);
});

test('the sources zip builds the same Firefox extension from scratch', () => {
  test.setTimeout(300_000);
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
  const dir = mkdtempSync(join(tmpdir(), 'uka-sources-'));
  try {
    execFileSync('python3', [
      '-m',
      'zipfile',
      '-e',
      `.output/upstack-key-assist-${version}-sources.zip`,
      dir,
    ]);
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'ignore' });
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: dir, stdio: 'ignore' });
    const rebuilt = readFileSync(join(dir, FIREFOX, 'manifest.json'), 'utf8');
    expect(JSON.parse(rebuilt)).toEqual(
      JSON.parse(readFileSync(`${FIREFOX}/manifest.json`, 'utf8')),
    );
    for (const script of ['background.js', 'content-scripts/klaviyo.js']) {
      expect(readFileSync(join(dir, FIREFOX, script), 'utf8')).toBe(
        readFileSync(`${FIREFOX}/${script}`, 'utf8'),
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
