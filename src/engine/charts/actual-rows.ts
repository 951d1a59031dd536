/** The series as chart rows: complete periods as the line, a partial one drawn apart as "to date". */
import { formatValue } from '../format/format-value.ts';
import type { ValueStyle } from '../format/format-value.ts';
import type { ReportPoint } from '../report/types.ts';
import type { PointRow, ToDateRow } from './chart-datasets.ts';

function row(point: ReportPoint, style: ValueStyle): PointRow {
  const text = formatValue(point.value, style);
  return {
    period: point.period,
    x: point.end,
    y: point.value,
    text: point.partial ? `${text} to date` : text,
  };
}

/** Complete periods; a partial one stays in as a gap so the solid line stops before it. */
export function actualRows(series: readonly ReportPoint[], style: ValueStyle): PointRow[] {
  return series.map((point) =>
    point.partial ? { ...row(point, style), y: null } : row(point, style),
  );
}

/** Each partial period with a value, joined to the complete period just before it when that has one. */
export function toDateRows(series: readonly ReportPoint[], style: ValueStyle): ToDateRow[] {
  const rows: ToDateRow[] = [];
  series.forEach((point, index) => {
    if (!point.partial || point.value === null) return;
    const before = series[index - 1];
    if (before && !before.partial && before.value !== null)
      rows.push({ ...row(before, style), partial: false });
    rows.push({ ...row(point, style), partial: true });
  });
  return rows;
}
