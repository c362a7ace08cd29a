/** Shared by the benchmarks: percentiles and a printed table with a ratio column. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** The row this one is compared with (its value is the denominator of the ratio). */
  baseline?: string;
  goal?: string;
}

export function printTable(title: string, rows: BenchRow[]): void {
  const byName = new Map(rows.map((row) => [row.name, row]));
  const lines = rows.map((row) => {
    const base = row.baseline ? byName.get(row.baseline) : undefined;
    const ratio = base && base.value !== 0 ? `${(row.value / base.value).toFixed(2)}×` : '';
    return [row.name, `${round(row.value)} ${row.unit}`, ratio, row.goal ?? ''];
  });
  const header = ['measure', 'value', 'ratio', 'goal'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => (line[i] ?? '').length)));
  const format = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(`\n${title}`);
  console.log(format(header));
  console.log(format(widths.map((w) => '-'.repeat(w))));
  for (const line of lines) console.log(format(line));
}

function round(value: number): string {
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}
