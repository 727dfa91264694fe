import { blocks } from '../blocks.js';
import type { PassedThrough } from '../convert/report.js';

/** The outcome of one file, as listed in the summary and in `--report json`. */
export interface FileResult {
  file: string;
  output?: string;
  ok: boolean;
  error?: string;
  /** How many blocks became each element. */
  converted: Record<string, number>;
  warnings: { code: string; message: string }[];
  /** The script-capable markup passed through as written, by kind (absent when none, or with --safe). */
  passedThrough?: PassedThrough;
}

/** One column per block: `[tag, label]`, in registry order. */
const columns = Object.entries(blocks).map(([tag, { label }]) => [tag, label]);

/** A plain-text table: one row per file, counts of converted blocks per kind, warnings, and totals. */
export function summaryTable(results: FileResult[]): string {
  const header = ['file', 'status', ...columns.map(([, name]) => name), 'warnings'];
  const row = (result: FileResult) => [
    result.file,
    result.ok ? 'ok' : 'FAILED',
    ...columns.map(([element]) => String(result.converted[element] ?? 0)),
    String(result.warnings.length),
  ];
  const total = (pick: (result: FileResult) => number) =>
    String(results.reduce((sum, result) => sum + pick(result), 0));
  const totals = [
    `${results.length} files`,
    `${results.filter((result) => !result.ok).length} failed`,
    ...columns.map(([element]) => total((result) => result.converted[element] ?? 0)),
    total((result) => result.warnings.length),
  ];
  const rows = [header, ...results.map(row), totals];
  const widths = header.map((_, i) => Math.max(...rows.map((cells) => cells[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(header), rule, ...rows.slice(1, -1).map(line), rule, line(totals)].join('\n');
}

/** A one-line progress bar: `[#####-----] 12/26 path`. */
export function progressBar(done: number, total: number, label: string, width = 24): string {
  const filled = Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${label}`;
}
