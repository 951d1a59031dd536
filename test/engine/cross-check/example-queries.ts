/**
 * The example site's KPIs (kpis/*.md) written again by hand as DuckDB SQL
 * over the same CSV files. Each query gives one row per period that has
 * data, with the columns `start` (the period's first day) and `value`. Next
 * to it is the definition it was written from, as the report summarises it:
 * when a definition changes, the test says so instead of failing on numbers.
 */
import type { KpiReport } from '../../../src/engine/report/types.ts';
import type { PeriodSql, SqlGrain } from './period-sql.ts';

/** The example's pinned "as of" date (`asOf` in kpis/site.yaml): later rows are left out. */
export const EXAMPLE_AS_OF = '2015-12-31';

export interface ExampleQuery {
  id: string;
  /** The sources the SQL was written from. */
  sources: KpiReport['sources'];
  grains: SqlGrain[];
  /** The query; `file` gives the path of a data file as a SQL string. */
  sql: (period: PeriodSql, file: (name: string) => string) => string;
}

const CALENDAR_GRAINS: SqlGrain[] = ['week', 'month', 'quarter'];
const UNTIL_AS_OF = `<= DATE '${EXAMPLE_AS_OF}'`;

const orders = (file: (name: string) => string) =>
  `read_csv(${file('orders.csv')}, header = true, types = {
     'order_id': 'VARCHAR', 'order_date': 'DATE', 'status': 'VARCHAR', 'amount': 'DECIMAL(18,2)'})`;
const sessions = (file: (name: string) => string) =>
  `read_csv(${file('web-sessions.csv')}, header = true, types = {'day': 'DATE', 'sessions': 'BIGINT'})`;
const employment = (file: (name: string) => string) =>
  `read_csv(${file('us-employment.csv')}, header = true, types = {
     'month': 'DATE', 'nonfarm': 'DOUBLE', 'private': 'DOUBLE'})`;

/** A ratio KPI: the ratio of the two period aggregates, a gap where either is missing or 0 is below. */
const ratio = (numerator: string, denominator: string) =>
  `SELECT coalesce(n.start, d.start) AS start, n.value::DOUBLE / nullif(d.value, 0) AS value
   FROM (${numerator}) n FULL JOIN (${denominator}) d ON n.start = d.start`;

export const EXAMPLE_QUERIES: ExampleQuery[] = [
  {
    id: 'revenue',
    sources: {
      kind: 'single',
      source: {
        file: 'data/orders.csv',
        date: 'order_date',
        value: 'amount',
        aggregate: 'sum',
        where: { status: ['paid'] },
        fill: null,
        rows: 'day',
      },
    },
    grains: CALENDAR_GRAINS,
    sql: (period, file) =>
      `SELECT ${period.start('order_date')} AS start, sum(amount) AS value
       FROM ${orders(file)} WHERE status = 'paid' AND order_date ${UNTIL_AS_OF} GROUP BY 1`,
  },
  {
    // `fill: zero`: every period from the first to the last with orders has a count, 0 if none.
    id: 'orders',
    sources: {
      kind: 'single',
      source: {
        file: 'data/orders.csv',
        date: 'order_date',
        value: null,
        aggregate: 'count',
        where: {},
        fill: 'zero',
        rows: 'day',
      },
    },
    grains: CALENDAR_GRAINS,
    sql: (period, file) =>
      `WITH counts AS (
         SELECT ${period.start('order_date')} AS start, count(*) AS value
         FROM ${orders(file)} WHERE order_date ${UNTIL_AS_OF} GROUP BY 1),
       every_period AS (
         SELECT unnest(generate_series(min(start), max(start), ${period.step}))::DATE AS start
         FROM counts)
       SELECT start, coalesce(counts.value, 0) AS value
       FROM every_period LEFT JOIN counts USING (start)`,
  },
  {
    id: 'average-order-value',
    sources: {
      kind: 'ratio',
      numerator: {
        file: 'data/orders.csv',
        date: 'order_date',
        value: 'amount',
        aggregate: 'sum',
        where: { status: ['paid'] },
        fill: null,
        rows: 'day',
      },
      denominator: {
        file: 'data/orders.csv',
        date: 'order_date',
        value: 'order_id',
        aggregate: 'count',
        where: { status: ['paid'] },
        fill: null,
        rows: 'day',
      },
    },
    grains: CALENDAR_GRAINS,
    sql: (period, file) =>
      ratio(
        `SELECT ${period.start('order_date')} AS start, sum(amount) AS value
         FROM ${orders(file)} WHERE status = 'paid' AND order_date ${UNTIL_AS_OF} GROUP BY 1`,
        `SELECT ${period.start('order_date')} AS start, count(order_id) AS value
         FROM ${orders(file)} WHERE status = 'paid' AND order_date ${UNTIL_AS_OF} GROUP BY 1`,
      ),
  },
  {
    // Orders from one file over sessions from another.
    id: 'conversion-rate',
    sources: {
      kind: 'ratio',
      numerator: {
        file: 'data/orders.csv',
        date: 'order_date',
        value: null,
        aggregate: 'count',
        where: {},
        fill: null,
        rows: 'day',
      },
      denominator: {
        file: 'data/web-sessions.csv',
        date: 'day',
        value: 'sessions',
        aggregate: 'sum',
        where: {},
        fill: null,
        rows: 'day',
      },
    },
    grains: CALENDAR_GRAINS,
    sql: (period, file) =>
      ratio(
        `SELECT ${period.start('order_date')} AS start, count(*) AS value
         FROM ${orders(file)} WHERE order_date ${UNTIL_AS_OF} GROUP BY 1`,
        `SELECT ${period.start('day')} AS start, sum(sessions) AS value
         FROM ${sessions(file)} WHERE day ${UNTIL_AS_OF} GROUP BY 1`,
      ),
  },
  {
    // No `fill: zero` on the numerator: a week without a refund is a gap, not a rate of 0.
    id: 'refund-rate',
    sources: {
      kind: 'ratio',
      numerator: {
        file: 'data/orders.csv',
        date: 'order_date',
        value: null,
        aggregate: 'count',
        where: { status: ['refunded'] },
        fill: null,
        rows: 'day',
      },
      denominator: {
        file: 'data/orders.csv',
        date: 'order_date',
        value: null,
        aggregate: 'count',
        where: { status: ['paid', 'refunded'] },
        fill: null,
        rows: 'day',
      },
    },
    grains: CALENDAR_GRAINS,
    sql: (period, file) =>
      ratio(
        `SELECT ${period.start('order_date')} AS start, count(*) AS value
         FROM ${orders(file)} WHERE status = 'refunded' AND order_date ${UNTIL_AS_OF} GROUP BY 1`,
        `SELECT ${period.start('order_date')} AS start, count(*) AS value
         FROM ${orders(file)} WHERE status IN ('paid', 'refunded') AND order_date ${UNTIL_AS_OF}
         GROUP BY 1`,
      ),
  },
  {
    // Monthly rows dated the 1st: a quarter takes its last month, a week the month starting in it.
    id: 'nonfarm-payrolls',
    sources: {
      kind: 'single',
      source: {
        file: 'data/us-employment.csv',
        date: 'month',
        value: 'nonfarm',
        aggregate: 'last',
        where: {},
        fill: null,
        rows: 'month',
      },
    },
    grains: CALENDAR_GRAINS,
    sql: (period, file) =>
      `SELECT ${period.start('"month"')} AS start, arg_max(nonfarm, "month") AS value
       FROM ${employment(file)} WHERE nonfarm IS NOT NULL AND "month" ${UNTIL_AS_OF} GROUP BY 1`,
  },
  {
    // A ratio of two `last` aggregates, not of sums: private jobs over all jobs at the period's end.
    id: 'private-sector-share',
    sources: {
      kind: 'ratio',
      numerator: {
        file: 'data/us-employment.csv',
        date: 'month',
        value: 'private',
        aggregate: 'last',
        where: {},
        fill: null,
        rows: 'month',
      },
      denominator: {
        file: 'data/us-employment.csv',
        date: 'month',
        value: 'nonfarm',
        aggregate: 'last',
        where: {},
        fill: null,
        rows: 'month',
      },
    },
    grains: CALENDAR_GRAINS,
    sql: (period, file) =>
      ratio(
        `SELECT ${period.start('"month"')} AS start, arg_max(private, "month") AS value
         FROM ${employment(file)} WHERE private IS NOT NULL AND "month" ${UNTIL_AS_OF} GROUP BY 1`,
        `SELECT ${period.start('"month"')} AS start, arg_max(nonfarm, "month") AS value
         FROM ${employment(file)} WHERE nonfarm IS NOT NULL AND "month" ${UNTIL_AS_OF} GROUP BY 1`,
      ),
  },
  {
    // The file runs to 2020: the as-of date cuts it. Months without data (1958, 1964) are gaps.
    id: 'co2-concentration',
    sources: {
      kind: 'single',
      source: {
        file: 'data/co2-concentration.csv',
        date: 'Date',
        value: 'CO2',
        aggregate: 'mean',
        where: {},
        fill: null,
        rows: 'month',
      },
    },
    grains: [...CALENDAR_GRAINS, 'year'],
    sql: (period, file) =>
      `SELECT ${period.start('"Date"')} AS start, avg("CO2") AS value
       FROM read_csv(${file('co2-concentration.csv')}, header = true,
                     types = {'Date': 'DATE', 'CO2': 'DOUBLE'})
       WHERE "Date" ${UNTIL_AS_OF} GROUP BY 1`,
  },
  {
    // Yearly rows, so only the year is checked: finer grains would put each year in its first period.
    id: 'iowa-renewables-share',
    sources: {
      kind: 'ratio',
      numerator: {
        file: 'data/iowa-electricity.csv',
        date: 'year',
        value: 'net_generation',
        aggregate: 'sum',
        where: { source: ['Renewables'] },
        fill: null,
        rows: 'year',
      },
      denominator: {
        file: 'data/iowa-electricity.csv',
        date: 'year',
        value: 'net_generation',
        aggregate: 'sum',
        where: {},
        fill: null,
        rows: 'year',
      },
    },
    grains: ['year'],
    sql: (period, file) => {
      const electricity = `read_csv(${file('iowa-electricity.csv')}, header = true,
        types = {'year': 'DATE', 'source': 'VARCHAR', 'net_generation': 'DOUBLE'})`;
      return ratio(
        `SELECT ${period.start('"year"')} AS start, sum(net_generation) AS value
         FROM ${electricity} WHERE source = 'Renewables' AND "year" ${UNTIL_AS_OF} GROUP BY 1`,
        `SELECT ${period.start('"year"')} AS start, sum(net_generation) AS value
         FROM ${electricity} WHERE "year" ${UNTIL_AS_OF} GROUP BY 1`,
      );
    },
  },
];

/** The repository-relative data files a query's KPI reads. */
export function filesOf(query: ExampleQuery): string[] {
  const { sources } = query;
  return sources.kind === 'single'
    ? [sources.source.file]
    : [sources.numerator.file, sources.denominator.file];
}
