import { describe, expect, it } from 'vitest';
import { benchMarkdown, table } from '../../bench/report';

const rows = [
  { measurement: 'Weight', figure: '3.1 kB gzip', target: '≤ 6.0 kB gzip', met: true },
  { measurement: '  content-scripts/klaviyo.js', figure: '3.1 kB gzip', target: '' },
  { measurement: 'Overhead', figure: 'with/without 1.2', target: '≤ 1.05', met: false },
  { measurement: 'Big page', figure: 'A/A 1.2', target: '≤ 1.10', met: 'inconclusive' as const },
];
const machine = { cpus: 2, cpuModel: 'Test CPU @ 2.0GHz', totalMemoryBytes: 8 * 2 ** 30 };
const date = new Date('2026-12-07T07:00:00Z');
const allParts = ['versions', 'weight', 'big'];

describe('bench report', () => {
  it('is a Markdown table with one line per row and the verdict in words', () => {
    const lines = table(rows).split('\n');
    expect(lines).toHaveLength(2 + rows.length);
    expect(lines[0]?.startsWith('| Measurement')).toBe(true);
    expect(lines[1]).toMatch(/^\| -+ \| -+ \| -+ \| -+ \|$/);
    expect(lines.map((l) => l.split('|').at(-2)?.trim())).toEqual([
      'Met',
      '----------',
      'yes',
      '',
      'NO',
      'n/a: noisy',
    ]);
    // Padded: every line as wide as the header.
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  });

  it('names the commit, date, machine and the parts left out', () => {
    const md = benchMarkdown({
      rows,
      commit: 'abc1234',
      date,
      machine,
      seconds: 42,
      parts: ['weight'],
      allParts,
    });
    expect(md).toContain('- Commit: `abc1234`\n');
    expect(md).toContain('- Date: 2026-12-07T07:00:00.000Z');
    expect(md).toContain('- Machine: 2 CPUs (Test CPU @ 2.0GHz), 8.0 GiB memory');
    expect(md).toContain('- Parts measured: weight (42 s)');
    expect(md).toContain('- Not measured in this run: versions, big');
    expect(md).toContain(table(rows));
  });

  it('says when the work tree differed from the commit, or there was no git', () => {
    const base = { rows, date, machine, seconds: 1, parts: allParts, allParts };
    expect(benchMarkdown({ ...base, commit: 'abc1234', dirty: true })).toContain(
      '`abc1234` (with changes not committed)',
    );
    expect(benchMarkdown({ ...base, commit: 'abc1234' })).toContain('Every part was measured');
    expect(benchMarkdown(base)).toContain('Commit: unknown');
  });
});
