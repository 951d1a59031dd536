/** The bench's one table: a row per measure, its reference, Pacer's value, their ratio and the target. */

export interface BenchRow {
  measure: string;
  reference: string;
  pacer: string;
  /** Pacer ÷ reference, when they compare. */
  ratio: number | null;
  /** The target, as written in the table (`≤ 1.5×`); empty for a row that only informs. */
  target: string;
  met: boolean | null;
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['measure', 'reference', 'Pacer', 'ratio', 'target', 'met?'];
  const cells = rows.map((row) => [
    row.measure,
    row.reference,
    row.pacer,
    row.ratio === null ? '' : `${row.ratio.toFixed(2)}×`,
    row.target,
    row.met === null ? '' : row.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((cell) => cell[column]!.length)),
  );
  const line = (values: string[]) =>
    values
      .map((value, column) => pad(value, widths[column]!, column >= 1 && column <= 3))
      .join(' │ ');
  const rule = widths.map((width) => '─'.repeat(width)).join('─┼─');
  return [line(header), rule, ...cells.map(line)].join('\n');
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const ms = (value: number): string => `${Math.round(value).toLocaleString('en-US')} ms`;
export const mb = (bytes: number): string =>
  `${Math.round(bytes / 2 ** 20).toLocaleString('en-US')} MB`;
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
