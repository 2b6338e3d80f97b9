// The README stays short and true: its set-up commands on its first screen, and every
// repository path that it or a page of docs/ names exists.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const README = readFileSync('README.md', 'utf8');
const DOCS = readdirSync('docs').filter((name) => name.endsWith('.md'));
const ROOTS = /^(lib|test|docs|entrypoints|components|bench|scripts|public|assets)\//;

/** Repository paths named in backticks or as relative links. */
function pathsIn(text: string, from: string): string[] {
  const ticked = [...text.matchAll(/`([^`\s]+)`/g)].map((m) => m[1] ?? '');
  const linked = [...text.matchAll(/\]\(([^)#\s]+)\)/g)]
    .map((m) => m[1] ?? '')
    .filter((href) => !/^[a-z]+:/.test(href))
    .map((href) => (from === 'docs' && !ROOTS.test(href) ? `docs/${href}` : href));
  return [...ticked.filter((path) => ROOTS.test(path)), ...linked]
    .filter((path) => !/[<>*…{}]/.test(path))
    .map((path) => path.replace(/[:,.]$/, ''));
}

describe('README', () => {
  it('is short', () => {
    expect(README.length).toBeLessThan(12_000);
  });

  it('has both set-up commands on its first screen', () => {
    const first = README.split('\n').slice(0, 40).join('\n');
    expect(first).toContain('npm start');
    expect(first).toContain('npm test');
  });

  it.each([
    ['README.md', README, '.'],
    ...DOCS.map((name) => [`docs/${name}`, readFileSync(`docs/${name}`, 'utf8'), 'docs']),
  ])('names only paths that exist: %s', (_name, text, from) => {
    const missing = pathsIn(text, from).filter((path) => !existsSync(path));
    expect(missing).toEqual([]);
  });
});
