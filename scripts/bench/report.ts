export interface BenchRow {
  metric: string;
  value: number;
  unit: string;
  /** The budget; `max` means value must be ≤ target, `min` that it must be ≥ target. */
  target?: { kind: 'max' | 'min'; value: number };
}

export function withinTarget(row: BenchRow): boolean | null {
  if (!row.target) return null;
  return row.target.kind === 'max' ? row.value <= row.target.value : row.value >= row.target.value;
}

export function formatTable(rows: BenchRow[]): string {
  const cells = rows.map((r) => {
    const ok = withinTarget(r);
    return [
      r.metric,
      `${Number.isInteger(r.value) ? r.value : r.value.toFixed(2)} ${r.unit}`,
      r.target ? `${r.target.kind === 'max' ? '≤' : '≥'} ${r.target.value} ${r.unit}` : '',
      ok === null ? '' : ok ? 'ok' : 'OVER BUDGET',
    ];
  });
  const header = ['metric', 'measured', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}
