// No engine module over 250 lines (issue 27): a newcomer reads each in one sitting. New engine
// logic goes in a new module with a name that says what it does.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ENGINE = join(__dirname, '../../lib/engine');
const MAX_LINES = 250;

/** Lines as `wc -l` counts them. */
const lines = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

describe('lib/engine', () => {
  const files = readdirSync(ENGINE, { recursive: true, encoding: 'utf8' }).filter((f) =>
    /\.tsx?$/.test(f),
  );

  it('has modules to measure', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it(`keeps every module at ${MAX_LINES} lines or fewer`, () => {
    const over = files
      .map((file) => ({ file, lines: lines(readFileSync(join(ENGINE, file), 'utf8')) }))
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `${f.file}: ${f.lines}`);
    expect(over).toEqual([]);
  });
});
