/**
 * Schemas of data files: `data/<name>.schema.yaml` beside the CSV file, or
 * its entry under `data:` in kpis/site.yaml. They type columns and set how
 * the file is written for every KPI that reads it.
 */
import { describe, expect, test } from 'vitest';
import { check, describeProblem, kpi, seriesOf, SITE, sumKpi } from './support/temp-repo.ts';
import type { CheckResult } from '../../../src/engine/load/check-repo.ts';

/** Problems with their hints, for exact assertions. */
function described(result: CheckResult): [string, string | undefined][] {
  return result.problems.map((problem) => [describeProblem(problem), problem.hint]);
}

/** A KPI counting the rows of `file` by `date`, with extra frontmatter lines. */
function countKpi(file: string, ...extra: string[]): string {
  return kpi(
    'title: Orders',
    'owner: Sales',
    'category: sales',
    'source:',
    `  file: ${file}`,
    '  date: date',
    ...extra,
  );
}

describe('column types', () => {
  test('keeps "007" in a text column apart from "7", in breakdowns and distinct counts', async () => {
    const files = {
      'data/orders.schema.yaml': 'columns:\n  sku: text\n',
      'data/orders.csv': 'date,sku\n2026-01-05,007\n2026-01-06,7\n2026-01-07,007\n',
      'kpis/skus.md': countKpi('data/orders.csv', '  value: sku', '  aggregate: count_distinct'),
      'kpis/orders.md': countKpi('data/orders.csv', 'breakdown: [sku]'),
    };
    const result = await check(files);
    expect(result.problems).toEqual([]);
    const report = result.loaded.report!;
    expect(report.kpis.find((entry) => entry.id === 'skus')?.series[0]?.value).toBe(2);
    const groups = report.kpis.find((entry) => entry.id === 'orders')?.breakdowns[0]?.groups;
    expect(groups?.map((group) => [group.value, group.series[0]?.value])).toEqual([
      ['007', 2],
      ['7', 1],
    ]);
  });

  test('rejects 1.5 in an integer column at its row and column, read by any KPI', async () => {
    const result = await check({
      'data/orders.schema.yaml': 'columns:\n  quantity: integer\n',
      'data/orders.csv': 'date,quantity\n2026-01-05,2\n2026-01-06,1.5\n2026-01-07,3\n',
      'kpis/units.md': countKpi('data/orders.csv', '  value: quantity'),
      // Read as a breakdown too: the declared type is checked there as well, once.
      'kpis/orders.md': countKpi('data/orders.csv', 'breakdown: [quantity]'),
    });
    expect(described(result)).toEqual([
      [
        'data/orders.csv:3:12 error "1.5" in column "quantity" is not a whole number',
        'The schema of data/orders.csv declares "quantity" an integer: write whole numbers, or declare it `number`.',
      ],
    ]);
  });

  test('reads a date column in the format the schema declares for it', async () => {
    const files = {
      'data/visits.schema.yaml': 'columns:\n  date: { type: date, format: dd/MM/yyyy }\n',
      'data/visits.csv': 'date,visits\n31/01/2026,3\n01/02/2026,4\n',
      'kpis/visits.md': countKpi('data/visits.csv', '  value: visits'),
    };
    expect((await check(files)).problems).toEqual([]);
    expect(await seriesOf(files)).toEqual({
      visits: [
        ['2026-01', 3],
        ['2026-02', 4],
      ],
    });
  });

  test('rejects a text column as the value of a sum, where the KPI names it', async () => {
    const result = await check({
      'data/orders.schema.yaml': 'columns:\n  amount: text\n',
      'data/orders.csv': 'date,amount\n2026-01-05,10\n',
      'kpis/revenue.md': sumKpi('data/orders.csv'),
    });
    expect(described(result)).toEqual([
      [
        'kpis/revenue.md:8:10 error source.value: column "amount" is declared text (data/orders.schema.yaml:2:11), so it cannot be aggregated with sum',
        'Declare it `number` or `integer` in the schema of data/orders.csv, or count its rows with `aggregate: count` or `count_distinct`.',
      ],
    ]);
  });

  test('rejects a declared column the header lacks, at the schema, naming the nearest column', async () => {
    const result = await check({
      'data/orders.schema.yaml': 'columns:\n  amount: number\n  regoin: text\n',
      'data/orders.csv': 'date,amount,region\n2026-01-05,10,EU\n',
      'kpis/revenue.md': sumKpi('data/orders.csv'),
    });
    expect(described(result)).toEqual([
      [
        'data/orders.schema.yaml:3:11 error the schema declares column "regoin", which is not in data/orders.csv (its columns: date, amount, region)',
        'Did you mean "region"?',
      ],
    ]);
  });

  test('checks the declared columns of a file no KPI reads, from its header alone', async () => {
    const result = await check({
      'data/web.schema.yaml': 'columns:\n  sesions: integer\n',
      'data/web.csv': 'day,sessions\n2026-01-05,x\n',
    });
    expect(described(result)).toEqual([
      [
        'data/web.schema.yaml:2:12 error the schema declares column "sesions", which is not in data/web.csv (its columns: day, sessions)',
        'Did you mean "sessions"?',
      ],
    ]);
  });
});

describe('file settings', () => {
  test('applies a decimal comma declared in the schema to every KPI reading the file', async () => {
    const files = {
      'data/sales.schema.yaml': 'decimal: ","\nthousands: "."\ncolumns:\n  amount: number\n',
      'data/sales.csv': 'date;amount;cost\n2026-01-05;1.234,50;0,5\n',
      'kpis/revenue.md': sumKpi('data/sales.csv'),
      'kpis/cost.md': countKpi('data/sales.csv', '  value: cost', '  aggregate: sum'),
    };
    expect((await check(files)).problems).toEqual([]);
    expect(await seriesOf(files)).toEqual({
      cost: [['2026-01', 0.5]],
      revenue: [['2026-01', 1234.5]],
    });
  });

  test('rejects a source setting that contradicts the schema, naming both places', async () => {
    const result = await check({
      'data/sales.schema.yaml': 'decimal: ","\n',
      'data/sales.csv': 'date;amount\n2026-01-05;1,5\n',
      'kpis/revenue.md': sumKpi('data/sales.csv', '  decimal: "."'),
    });
    expect(described(result)).toEqual([
      // The source's own reading, which contradicts the schema, fails on the file too.
      ['data/sales.csv:2:12 error "1,5" in column "amount" is not a number', expect.any(String)],
      [
        'kpis/revenue.md:9:12 error source.decimal "." contradicts decimal "," in the schema of data/sales.csv (data/sales.schema.yaml:1:10)',
        'The schema sets it for every KPI that reads data/sales.csv: remove `decimal` from the source, or change the schema at data/sales.schema.yaml:1:10.',
      ],
    ]);
  });

  test('rejects a source date format that contradicts the format of its column', async () => {
    const result = await check({
      'data/visits.schema.yaml': 'columns:\n  date: { type: date, format: dd/MM/yyyy }\n',
      'data/visits.csv': 'date,visits\n31/01/2026,3\n',
      'kpis/visits.md': countKpi('data/visits.csv', '  dateFormat: MM/dd/yyyy'),
    });
    expect(result.problems.filter((problem) => problem.code === 'conflicting-setting')).toEqual([
      expect.objectContaining({
        file: 'kpis/visits.md',
        line: 8,
        column: 15,
        message:
          'source.dateFormat "MM/dd/yyyy" contradicts dateFormat "dd/MM/yyyy" in the schema of data/visits.csv (data/visits.schema.yaml:2:31)',
      }),
    ]);
  });

  test('rejects a schema whose thousands separator is its decimal separator, once', async () => {
    const result = await check({
      'data/sales.schema.yaml': 'thousands: "."\n',
      'data/sales.csv': 'date,amount\n2026-01-05,1\n',
      'kpis/revenue.md': sumKpi('data/sales.csv'),
      'kpis/revenue-too.md': sumKpi('data/sales.csv'),
    });
    expect(result.problems.map(describeProblem)).toEqual([
      'data/sales.schema.yaml:1:12 error the schema of data/sales.csv: the thousands separator "." is also the decimal separator',
    ]);
  });

  test('accepts a source that repeats the schema’s setting', async () => {
    const files = {
      'data/sales.schema.yaml': 'decimal: ","\n',
      'data/sales.csv': 'date;amount\n2026-01-05;1,5\n',
      'kpis/revenue.md': sumKpi('data/sales.csv', '  decimal: ","'),
    };
    expect((await check(files)).problems).toEqual([]);
    expect(await seriesOf(files)).toEqual({ revenue: [['2026-01', 1.5]] });
  });

  test('takes the schema from the site config, by the data file’s path', async () => {
    const files = {
      'kpis/site.yaml': `${SITE}data:\n  data/sales.csv:\n    decimal: ","\n    columns: { amount: number }\n`,
      'data/sales.csv': 'date;amount\n2026-01-05;0,25\n',
      'kpis/revenue.md': sumKpi('data/sales.csv'),
    };
    expect((await check(files)).problems).toEqual([]);
    expect(await seriesOf(files)).toEqual({ revenue: [['2026-01', 0.25]] });
  });

  test('places problems of a site config entry in kpis/site.yaml', async () => {
    const result = await check({
      'kpis/site.yaml': `${SITE}data:\n  data/sales.csv:\n    columns: { amont: number }\n`,
      'data/sales.csv': 'date,amount\n2026-01-05,1\n',
      'kpis/revenue.md': sumKpi('data/sales.csv'),
    });
    expect(described(result)).toEqual([
      [
        'kpis/site.yaml:7:23 error the schema declares column "amont", which is not in data/sales.csv (its columns: date, amount)',
        'Did you mean "amount"?',
      ],
    ]);
  });

  test('rejects a file with both a sidecar schema and a site config entry', async () => {
    const result = await check({
      'kpis/site.yaml': `${SITE}data:\n  data/sales.csv: { decimal: "," }\n`,
      'data/sales.schema.yaml': 'decimal: ","\n',
      'data/sales.csv': 'date;amount\n2026-01-05;1,5\n',
      'kpis/revenue.md': sumKpi('data/sales.csv'),
    });
    expect(described(result)).toEqual([
      [
        'data/sales.schema.yaml:1:1 error data/sales.csv has two schemas: this file and the entry under `data:` in kpis/site.yaml:6:19',
        'Keep one: move the settings into data/sales.schema.yaml and remove the entry from kpis/site.yaml, or the other way round.',
      ],
    ]);
  });

  test('rejects a sidecar schema without its CSV file, suggesting the nearest one', async () => {
    const result = await check({
      'data/sale.schema.yaml': 'decimal: ","\n',
      'data/sales.csv': 'date,amount\n2026-01-05,1\n',
      'kpis/revenue.md': sumKpi('data/sales.csv'),
    });
    expect(described(result)).toEqual([
      [
        'data/sale.schema.yaml:1:1 error the schema describes data/sale.csv, which does not exist',
        'Did you mean "data/sales.csv"? Rename the schema to data/sales.schema.yaml.',
      ],
    ]);
  });
});

describe('mistakes in the schema file', () => {
  test('rejects unknown fields, suggesting the nearest known one', async () => {
    const result = await check({
      'data/sales.schema.yaml':
        'decimals: ","\ncolumns:\n  amount: { type: number, mising: [n/a] }\n  date: dat\n',
      'data/sales.csv': 'date,amount\n2026-01-05,1\n',
      'kpis/revenue.md': sumKpi('data/sales.csv'),
    });
    expect(described(result)).toEqual([
      ['data/sales.schema.yaml:1:1 error unknown field "decimals"', 'Did you mean "decimal"?'],
      [
        'data/sales.schema.yaml:3:27 error unknown field "columns.amount.mising"',
        'Did you mean "missing"?',
      ],
      [
        'data/sales.schema.yaml:4:9 error columns.date: expected one of "text", "number", "integer", "date", "timestamp" or a mapping of fields, found "dat"',
        'Did you mean "date"?',
      ],
    ]);
  });

  test('reports a YAML syntax error at its line and column', async () => {
    const result = await check({
      'data/sales.schema.yaml': 'columns:\n  amount: [number\n  date: date\n',
      'data/sales.csv': 'date,amount\n2026-01-05,1\n',
      'kpis/revenue.md': sumKpi('data/sales.csv'),
    });
    expect(result.problems.map(describeProblem)).toEqual([
      'data/sales.schema.yaml:3:3 error YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  test('rejects a format on a column that is not a date', async () => {
    const result = await check({
      'data/sales.schema.yaml': 'columns:\n  amount: { type: number, format: "0.00" }\n',
      'data/sales.csv': 'date,amount\n2026-01-05,1\n',
      'kpis/revenue.md': sumKpi('data/sales.csv'),
    });
    expect(described(result)).toEqual([
      [
        'data/sales.schema.yaml:2:35 error columns.amount.format: only date and timestamp columns have a format; this column is number',
        'Remove `format`, or declare the column `date` or `timestamp`. Numbers follow the file’s `decimal` and `thousands`.',
      ],
    ]);
  });
});
