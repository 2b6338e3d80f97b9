// The bench's table as text: printed by bench/run.ts and written to docs/bench.md with the
// commit, the date and the machine it was measured on. Pure: run.ts gathers the facts.

export interface Row {
  measurement: string;
  figure: string;
  target: string;
  /** `inconclusive`: the noise floor is wider than the target's margin (a loaded machine). */
  met?: boolean | 'inconclusive';
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  totalMemoryBytes: number;
}

export interface Report {
  rows: Row[];
  /** `git rev-parse --short HEAD`, or undefined outside a git checkout. */
  commit?: string;
  /** Whether the work tree had changes not committed (the figures are then not of `commit`). */
  dirty?: boolean;
  date: Date;
  machine: Machine;
  seconds: number;
  /** The parts measured (BENCH_ONLY), and every part there is. */
  parts: string[];
  allParts: readonly string[];
}

const met = (r: Row) =>
  r.met === undefined ? '' : r.met === 'inconclusive' ? 'n/a: noisy' : r.met ? 'yes' : 'NO';

/** A Markdown table of the rows, its columns padded so that it reads as well in a terminal. */
export function table(rows: Row[]): string {
  const cells = rows.map((r) => [r.measurement, r.figure, r.target, met(r)]);
  const header = ['Measurement', 'Figure', 'Target', 'Met'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]?.length ?? 0)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(1)} GiB`;

/** docs/bench.md: what was measured, where and on which commit, then the table. */
export function benchMarkdown(report: Report): string {
  const { machine } = report;
  const skipped = report.allParts.filter((p) => !report.parts.includes(p));
  const commit = report.commit
    ? `\`${report.commit}\`${report.dirty ? ' (with changes not committed)' : ''}`
    : 'unknown (not a git checkout)';
  return [
    '# Bench',
    '',
    'Written by `npm run bench` (`bench/run.ts`): do not edit by hand. The figures are of one run',
    'on the machine below; on a shared virtual machine CPU figures vary from run to run.',
    '',
    `- Commit: ${commit}`,
    `- Date: ${report.date.toISOString()}`,
    `- Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${gib(machine.totalMemoryBytes)} memory`,
    `- Parts measured: ${report.parts.join(', ')} (${report.seconds} s)`,
    skipped.length > 0
      ? `- Not measured in this run: ${skipped.join(', ')} (\`BENCH_ONLY\` selected the parts above)`
      : '- Every part was measured.',
    '',
    table(report.rows),
    '',
  ].join('\n');
}
