/**
 * KPIs to cross-check, each written twice: as a Pacer source definition and
 * as the DuckDB SQL that should give the same value per period.
 */
import type { Grain } from '../../../src/engine/calendar/grain.ts';

export interface Measure {
  id: string;
  /** The data files it reads, relative to the data folder. */
  files: string[];
  /** The KPI's `source:` (or `numerator:`/`denominator:`) YAML. */
  yaml: string;
  /** A query with columns `period` and `value`, given the SQL of a row's period key and a file's path. */
  sql: (period: (date: string) => string, path: (file: string) => string) => string;
  grains: Grain[];
}

/** Period keys in DuckDB: `%G-W%V` is the ISO week-year and week. */
export const PERIOD_SQL: Partial<Record<Grain, (date: string) => string>> = {
  week: (date) => `strftime(${date}, '%G-W%V')`,
  month: (date) => `strftime(${date}, '%Y-%m')`,
  quarter: (date) => `strftime(${date}, '%Y') || '-Q' || quarter(${date})`,
  year: (date) => `strftime(${date}, '%Y')`,
};

const CALENDAR_GRAINS: Grain[] = ['week', 'month', 'quarter'];

/** Orders and sessions as the example site writes them (data/orders.csv, data/web-sessions.csv). */
export function exampleMeasures(asOf: string): Measure[] {
  const orders = (path: (file: string) => string) =>
    `read_csv('${path('orders.csv')}', header = true, types = {'order_date': 'DATE', 'amount': 'DECIMAL(18,2)'})`;
  return [
    {
      id: 'paid-revenue',
      files: ['orders.csv'],
      yaml: 'source: { file: data/orders.csv, date: order_date, value: amount, where: { status: paid } }',
      sql: (period, path) =>
        `SELECT ${period('order_date')} AS period, sum(amount)::DOUBLE AS value FROM ${orders(path)}
         WHERE status = 'paid' AND order_date <= DATE '${asOf}' GROUP BY 1`,
      grains: CALENDAR_GRAINS,
    },
    {
      id: 'returned-orders',
      files: ['orders.csv'],
      yaml: 'source: { file: data/orders.csv, date: order_date, where: { status: [refunded, cancelled] } }',
      sql: (period, path) =>
        `SELECT ${period('order_date')} AS period, count(*)::DOUBLE AS value FROM ${orders(path)}
         WHERE status IN ('refunded', 'cancelled') AND order_date <= DATE '${asOf}' GROUP BY 1`,
      grains: CALENDAR_GRAINS,
    },
    {
      id: 'median-order',
      files: ['orders.csv'],
      yaml: 'source: { file: data/orders.csv, date: order_date, value: amount, aggregate: median }',
      sql: (period, path) =>
        `SELECT ${period('order_date')} AS period, median(amount::DOUBLE) AS value FROM ${orders(path)}
         WHERE order_date <= DATE '${asOf}' GROUP BY 1`,
      grains: CALENDAR_GRAINS,
    },
    {
      id: 'signup-rate',
      files: ['web-sessions.csv'],
      yaml: [
        'numerator: { file: data/web-sessions.csv, date: day, value: signups }',
        'denominator: { file: data/web-sessions.csv, date: day, value: sessions }',
      ].join('\n'),
      sql: (period, path) =>
        `SELECT ${period('day')} AS period, sum(signups)::DOUBLE / nullif(sum(sessions), 0) AS value
         FROM read_csv('${path('web-sessions.csv')}', header = true, types = {'day': 'DATE'})
         WHERE day <= DATE '${asOf}' GROUP BY 1`,
      grains: CALENDAR_GRAINS,
    },
    {
      id: 'co2-mean',
      files: ['co2-concentration.csv'],
      yaml: 'source: { file: data/co2-concentration.csv, date: Date, value: CO2, aggregate: mean }',
      sql: (period, path) =>
        `SELECT ${period('"Date"')} AS period, avg("CO2") AS value
         FROM read_csv('${path('co2-concentration.csv')}', header = true, types = {'Date': 'DATE', 'CO2': 'DOUBLE'})
         WHERE "Date" <= DATE '${asOf}' GROUP BY 1`,
      grains: ['month', 'quarter', 'year'],
    },
  ];
}

/** The same kinds of KPI over test/fixtures/cross-check/data/daily.csv (2020-11-16 … 2021-02-14). */
export function fixtureMeasures(asOf: string): Measure[] {
  const daily = (path: (file: string) => string) =>
    `read_csv('${path('daily.csv')}', header = true, types = {'day': 'DATE', 'amount': 'DECIMAL(18,2)'})`;
  const where = `day <= DATE '${asOf}'`;
  return [
    {
      id: 'paid-revenue',
      files: ['daily.csv'],
      yaml: 'source: { file: data/daily.csv, date: day, value: amount, where: { status: paid } }',
      sql: (period, path) =>
        `SELECT ${period('day')} AS period, sum(amount)::DOUBLE AS value FROM ${daily(path)}
         WHERE status = 'paid' AND ${where} GROUP BY 1`,
      grains: CALENDAR_GRAINS,
    },
    {
      id: 'orders',
      files: ['daily.csv'],
      yaml: 'source: { file: data/daily.csv, date: day, where: { region: [EU, US] } }',
      sql: (period, path) =>
        `SELECT ${period('day')} AS period, count(*)::DOUBLE AS value FROM ${daily(path)}
         WHERE region IN ('EU', 'US') AND ${where} GROUP BY 1`,
      grains: CALENDAR_GRAINS,
    },
    {
      id: 'signup-rate',
      files: ['daily.csv'],
      yaml: [
        'numerator: { file: data/daily.csv, date: day, value: signups }',
        'denominator: { file: data/daily.csv, date: day, value: visits }',
      ].join('\n'),
      sql: (period, path) =>
        `SELECT ${period('day')} AS period, sum(signups)::DOUBLE / nullif(sum(visits), 0) AS value
         FROM ${daily(path)} WHERE ${where} GROUP BY 1`,
      grains: CALENDAR_GRAINS,
    },
  ];
}
