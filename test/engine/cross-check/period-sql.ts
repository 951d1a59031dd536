/**
 * Periods in DuckDB, written independently of src/engine/calendar: a row's
 * period is `date_trunc` of its date (ISO weeks start on Monday there too),
 * and its key is printed from the period's first day, the week's from
 * `isoyear` and `week`.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Grain } from '../../../src/engine/calendar/grain.ts';

/** The grains checked in SQL: calendar ones (the example's fiscal year is the calendar year). */
export type SqlGrain = Extract<Grain, 'week' | 'month' | 'quarter' | 'year'>;

/** How a query groups rows into periods of one grain. */
export interface PeriodSql {
  /** The first day of the period a date falls in, as a DATE. */
  start: (date: string) => string;
  /** From one period's first day to the next, for a series of every period (`fill: zero`). */
  step: string;
}

const STEPS: Record<SqlGrain, string> = {
  week: 'INTERVAL 7 DAY',
  month: 'INTERVAL 1 MONTH',
  quarter: 'INTERVAL 3 MONTH',
  year: 'INTERVAL 1 YEAR',
};

export function periodSql(grain: SqlGrain): PeriodSql {
  return { start: (date) => `date_trunc('${grain}', ${date})::DATE`, step: STEPS[grain] };
}

/** A period's key from its first day: `2015-W01`, `2015-12`, `2015-Q4`, `2015`. */
function periodKeySql(start: string, grain: SqlGrain): string {
  switch (grain) {
    case 'week':
      return `printf('%d-W%02d', isoyear(${start}), week(${start}))`;
    case 'month':
      return `strftime(${start}, '%Y-%m')`;
    case 'quarter':
      return `strftime(${start}, '%Y') || '-Q' || quarter(${start})`;
    case 'year':
      return `strftime(${start}, '%Y')`;
  }
}

/** A file's path as a SQL string literal. */
export function sqlPath(path: string): string {
  return `'${path.replaceAll("'", "''")}'`;
}

/**
 * Runs a query with the columns `start` (a period's first day) and `value`,
 * and returns the values by period key, in order.
 */
export async function duckdbSeries(
  connection: DuckDBConnection,
  query: string,
  grain: SqlGrain,
): Promise<Map<string, number | null>> {
  const reader = await connection.runAndReadAll(
    `SELECT ${periodKeySql('start', grain)} AS period, value::DOUBLE AS value
     FROM (${query}) ORDER BY start`,
  );
  const series = new Map<string, number | null>();
  for (const row of reader.getRowObjectsJson()) {
    const period = row['period'] as string;
    if (series.has(period)) throw new Error(`The query gives ${period} twice.`);
    series.set(period, row['value'] as number | null);
  }
  return series;
}
