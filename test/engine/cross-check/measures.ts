/**
 * Made-up KPIs that the example site's own definitions do not cover, each
 * written twice: as a Pacer source definition and as the DuckDB SQL that
 * should give the same value per period (columns `start` and `value`).
 */
import type { PeriodSql, SqlGrain } from './period-sql.ts';

export interface Measure {
  id: string;
  /** The data files it reads, relative to the data folder. */
  files: string[];
  /** The KPI's `source:` (or `numerator:`/`denominator:`) YAML. */
  yaml: string;
  /** The query; `file` gives the path of a data file as a SQL string. */
  sql: (period: PeriodSql, file: (name: string) => string) => string;
  grains: SqlGrain[];
}

const CALENDAR_GRAINS: SqlGrain[] = ['week', 'month', 'quarter'];

/**
 * Over the example's orders: a median, which no example KPI uses, and a
 * `fill: zero` count with weeks that have no row to count.
 */
export function exampleMeasures(asOf: string): Measure[] {
  const orders = (file: (name: string) => string) =>
    `read_csv(${file('orders.csv')}, header = true,
              types = {'order_date': 'DATE', 'status': 'VARCHAR', 'amount': 'DECIMAL(18,2)'})`;
  return [
    {
      id: 'median-order',
      files: ['orders.csv'],
      yaml: 'source: { file: data/orders.csv, date: order_date, value: amount, aggregate: median }',
      sql: (period, file) =>
        `SELECT ${period.start('order_date')} AS start, median(amount::DOUBLE) AS value
         FROM ${orders(file)} WHERE order_date <= DATE '${asOf}' GROUP BY 1`,
      grains: CALENDAR_GRAINS,
    },
    {
      id: 'refunded-orders',
      files: ['orders.csv'],
      yaml: 'source: { file: data/orders.csv, date: order_date, where: { status: refunded }, fill: zero }',
      sql: (period, file) =>
        `WITH counts AS (
           SELECT ${period.start('order_date')} AS start, count(*) AS value FROM ${orders(file)}
           WHERE status = 'refunded' AND order_date <= DATE '${asOf}' GROUP BY 1),
         every_period AS (
           SELECT unnest(generate_series(min(start), max(start), ${period.step}))::DATE AS start
           FROM counts)
         SELECT start, coalesce(counts.value, 0) AS value
         FROM every_period LEFT JOIN counts USING (start)`,
      grains: CALENDAR_GRAINS,
    },
  ];
}

/**
 * Sums, counts and a ratio over test/fixtures/cross-check/data/daily.csv
 * (2020-11-16 … 2021-02-14), whose weeks run through 2020-W53.
 */
export function fixtureMeasures(asOf: string): Measure[] {
  const daily = (file: (name: string) => string) =>
    `read_csv(${file('daily.csv')}, header = true, types = {'day': 'DATE', 'amount': 'DECIMAL(18,2)'})`;
  const until = `day <= DATE '${asOf}'`;
  return [
    {
      id: 'paid-revenue',
      files: ['daily.csv'],
      yaml: 'source: { file: data/daily.csv, date: day, value: amount, where: { status: paid } }',
      sql: (period, file) =>
        `SELECT ${period.start('day')} AS start, sum(amount) AS value FROM ${daily(file)}
         WHERE status = 'paid' AND ${until} GROUP BY 1`,
      grains: CALENDAR_GRAINS,
    },
    {
      id: 'orders',
      files: ['daily.csv'],
      yaml: 'source: { file: data/daily.csv, date: day, where: { region: [EU, US] } }',
      sql: (period, file) =>
        `SELECT ${period.start('day')} AS start, count(*) AS value FROM ${daily(file)}
         WHERE region IN ('EU', 'US') AND ${until} GROUP BY 1`,
      grains: CALENDAR_GRAINS,
    },
    {
      id: 'signup-rate',
      files: ['daily.csv'],
      yaml: [
        'numerator: { file: data/daily.csv, date: day, value: signups }',
        'denominator: { file: data/daily.csv, date: day, value: visits }',
      ].join('\n'),
      sql: (period, file) =>
        `SELECT ${period.start('day')} AS start, sum(signups)::DOUBLE / nullif(sum(visits), 0) AS value
         FROM ${daily(file)} WHERE ${until} GROUP BY 1`,
      grains: CALENDAR_GRAINS,
    },
  ];
}
