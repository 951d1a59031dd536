/**
 * Builds bound sources from rows written inline in a test, the way the CSV
 * reader would type them: the date column as day numbers with the grain each
 * date was written at, the value column as numbers (text for counts), and
 * every other column as text.
 */
import { bindSource } from '../../../src/engine/aggregate/bound-source.ts';
import type { BoundSource } from '../../../src/engine/aggregate/bound-source.ts';
import { kpiSeries } from '../../../src/engine/aggregate/kpi-series.ts';
import type { KpiSources } from '../../../src/engine/aggregate/kpi-series.ts';
import type { SeriesPoint } from '../../../src/engine/aggregate/series.ts';
import { parseIsoDate } from '../../../src/engine/calendar/civil-date.ts';
import { GRAINS, ISO_CALENDAR } from '../../../src/engine/calendar/grain.ts';
import type { CalendarOptions, Grain } from '../../../src/engine/calendar/grain.ts';
import { parsePeriodKey } from '../../../src/engine/calendar/period.ts';
import type { DateColumn, NumberColumn, Table, TextColumn } from '../../../src/engine/csv/table.ts';
import { aggregateOf } from '../../../src/engine/schema/source.ts';
import type { Source } from '../../../src/engine/schema/source.ts';

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

function dateColumn(rows: readonly Row[], name: string, calendar: CalendarOptions): DateColumn {
  const days = new Int32Array(rows.length);
  const grains = new Uint8Array(rows.length);
  rows.forEach((row, index) => {
    const text = String(row[name]);
    const period = parsePeriodKey(text, calendar);
    if (!period) throw new Error(`test row ${index}: "${text}" is not a date or period key`);
    days[index] = period.start;
    grains[index] = GRAINS.indexOf(period.grain);
  });
  return { kind: 'date', days, grains };
}

function numberColumn(rows: readonly Row[], name: string): NumberColumn {
  return {
    kind: 'number',
    values: Float64Array.from(rows, (row) => {
      const cell = row[name];
      return cell === null || cell === undefined ? Number.NaN : Number(cell);
    }),
  };
}

function textColumn(rows: readonly Row[], name: string): TextColumn {
  const dictionary: string[] = [];
  const codes = Uint32Array.from(rows, (row) => {
    const text = row[name] === null || row[name] === undefined ? '' : String(row[name]);
    let code = dictionary.indexOf(text);
    if (code === -1) code = dictionary.push(text) - 1;
    return code;
  });
  return { kind: 'text', codes, dictionary };
}

/** A source over inline rows; every column other than date and value is readable as text. */
export function inMemorySource(
  rows: readonly Row[],
  source: Source,
  calendar: CalendarOptions = ISO_CALENDAR,
): BoundSource {
  const header = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const date = dateColumn(rows, source.date, calendar);
  const aggregate = aggregateOf(source);
  const value =
    source.value === undefined
      ? null
      : aggregate === 'count' || aggregate === 'count_distinct'
        ? textColumn(rows, source.value)
        : numberColumn(rows, source.value);
  const table: Table = {
    file: source.file,
    header,
    rowCount: rows.length,
    lines: Uint32Array.from(rows, (_, index) => index + 2),
    columns: new Map(header.map((name) => [`text:${name}`, textColumn(rows, name)])),
  };
  const filters = Object.entries(source.where ?? {}).map(([name, values]) => ({
    column: textColumn(rows, name),
    values,
  }));
  return bindSource(source, table, { date, value, filters });
}

/** A KPI's series over one in-memory source. */
export function seriesOf(
  bound: BoundSource,
  grain: Grain,
  asOf: string,
  calendar: CalendarOptions = ISO_CALENDAR,
): SeriesPoint[] {
  return kpiSeries({ kind: 'single', source: bound }, { grain, calendar, asOf: day(asOf) });
}

export function ratioSeriesOf(
  sources: Extract<KpiSources, { kind: 'ratio' }>,
  grain: Grain,
  asOf: string,
  calendar: CalendarOptions = ISO_CALENDAR,
): SeriesPoint[] {
  return kpiSeries(sources, { grain, calendar, asOf: day(asOf) });
}

/** A series as `[period, value, partial]` rows, easy to compare with a written table. */
export function table(series: readonly SeriesPoint[]): [string, number | null, boolean][] {
  return series.map((point) => [point.period.key, point.value, point.partial]);
}

/** The day number of an ISO date; throws on a typo in a test. */
export function day(iso: string): number {
  const parsed = parseIsoDate(iso);
  if (parsed === null) throw new Error(`"${iso}" is not an ISO date`);
  return parsed;
}
