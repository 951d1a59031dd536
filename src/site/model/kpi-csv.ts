/** A KPI's series as CSV for spreadsheets (RFC 4180): raw values, not formatted. */
import type { ReportPoint } from '../../engine/report/types.ts';

const HEADER = ['period', 'start', 'end', 'value', 'partial'];

/** Quotes a field when it holds a comma, a quote or a line break, doubling inner quotes. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function seriesCsv(series: readonly ReportPoint[]): string {
  const rows = series.map((point) => [
    point.period,
    point.start,
    point.end,
    point.value === null ? '' : String(point.value),
    String(point.partial),
  ]);
  return [HEADER, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
