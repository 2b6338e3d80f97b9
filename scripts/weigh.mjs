// What the engine carries, by source file: builds Chrome's engine (guide.js and the chunks it
// imports) with source maps into .output/weigh/, then splits each file's minified bytes by the
// source that produced them. `node scripts/weigh.mjs [entry…]` (default: guide), `--top N` rows.
// gzip per source is a share of the file's gzip (level 9) in proportion to its minified bytes;
// "alone" is that source's bytes gzipped by themselves (an upper bound: no shared dictionary).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { build } from 'wxt';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 40;
const entries = args.length ? args : ['guide'];
const outDir = '.output/weigh';
const dir = join(outDir, 'chrome-mv3');

await build({
  browser: 'chrome',
  outDir,
  filterEntrypoints: entries,
  vite: () => ({ build: { sourcemap: true } }),
});

const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** Minified text per source, from a file and its map. */
function bySource(file) {
  const code = readFileSync(file, 'utf8');
  const lines = code.split('\n');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const parts = new Map();
  const mappings = [];
  map.eachMapping((m) => mappings.push(m), null, SourceMapConsumer.GENERATED_ORDER);
  let covered = 0;
  mappings.forEach((m, i) => {
    const next = mappings[i + 1];
    const line = lines[m.generatedLine - 1] ?? '';
    const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : line.length;
    const text = line.slice(m.generatedColumn, end);
    covered += text.length;
    const source = m.source ? relative(process.cwd(), m.source).replace(/^(\.\.\/)+/, '') : '?';
    parts.set(source, (parts.get(source) ?? '') + text);
  });
  parts.set('(unmapped)', ' '.repeat(Math.max(0, code.length - covered)));
  return { code, parts };
}

/** A source's group: a package, or a folder of ours. */
const group = (source) => {
  const pkg = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  return source.split('/').slice(0, -1).join('/') || source;
};

const files = [
  ...entries.map((e) => `${e}.js`),
  ...readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /^(guide|chunks)\/.+\.js$/.test(f) && !entries.includes(f)),
];
for (const name of files) {
  const file = join(dir, name);
  let weighed;
  try {
    weighed = bySource(file);
  } catch {
    continue;
  }
  const { code, parts } = weighed;
  const total = gzip(code);
  console.log(`\n${name}: ${code.length} B minified, ${total} B gzip`);
  const rows = [...parts].map(([source, text]) => ({
    source,
    raw: text.length,
    share: Math.round((total * text.length) / code.length),
    alone: gzip(text),
  }));
  const groups = new Map();
  for (const row of rows) {
    const g = groups.get(group(row.source)) ?? { raw: 0, share: 0 };
    g.raw += row.raw;
    g.share += row.share;
    groups.set(group(row.source), g);
  }
  console.log('  by folder or package (minified B, gzip share B):');
  for (const [g, v] of [...groups].sort((a, b) => b[1].raw - a[1].raw))
    console.log(`    ${String(v.raw).padStart(7)} ${String(v.share).padStart(6)}  ${g}`);
  console.log(`  top ${top} sources (minified B, gzip share B, gzip alone B):`);
  for (const row of rows.sort((a, b) => b.raw - a.raw).slice(0, top))
    console.log(
      `    ${String(row.raw).padStart(7)} ${String(row.share).padStart(6)} ${String(row.alone).padStart(6)}  ${row.source}`,
    );
}
