/** Problems that need more than one file: references between KPIs, data, reviews and the calendar. */
import { describe, expect, test } from 'vitest';
import { runCheck } from '../../../src/engine/load/check-repo.ts';
import {
  check,
  describeProblem,
  kpi,
  problemsOf,
  sumKpi,
  tempDirectory,
} from './support/temp-repo.ts';

const DATA = 'date,amount,region\n2026-01-05,10,EU\n2026-02-05,20,US\n';

describe('references to data', () => {
  test('rejects a source file that does not exist, suggesting the nearest one', async () => {
    const result = await check({
      'kpis/revenue.md': sumKpi('data/order.csv'),
      'data/orders.csv': DATA,
    });
    expect(
      result.problems.map((problem) => [
        problem.file,
        problem.line,
        problem.column,
        problem.message,
        problem.hint,
      ]),
    ).toEqual([
      [
        'kpis/revenue.md',
        6,
        9,
        'source.file "data/order.csv" does not exist',
        'Did you mean "data/orders.csv"?',
      ],
    ]);
  });

  test('rejects a column and a dimension the file lacks, where the KPI names them', async () => {
    const result = await check({
      'kpis/revenue.md': kpi(
        'title: Revenue',
        'owner: Sales',
        'category: sales',
        'source: { file: data/orders.csv, date: date, value: amont }',
        'breakdown: [regin]',
      ),
      'data/orders.csv': DATA,
    });
    expect(
      result.problems.map((problem) => [
        problem.line,
        problem.column,
        problem.message,
        problem.hint,
      ]),
    ).toEqual([
      [
        5,
        53,
        'column "amont" is not in data/orders.csv (its columns: date, amount, region)',
        'Did you mean "amount"?',
      ],
      [
        6,
        13,
        'column "regin" is not in data/orders.csv (its columns: date, amount, region)',
        'Did you mean "region"?',
      ],
    ]);
  });

  test('keeps checking a KPI whose breakdown names a missing column', async () => {
    const result = await check({
      'kpis/revenue.md': sumKpi('data/orders.csv', 'breakdown: [regin]'),
      'data/orders.csv': 'date,amount,region\n2026-01-05,x,EU\n',
    });
    expect(
      result.problems.map(
        (problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.message}`,
      ),
    ).toEqual([
      'data/orders.csv:2:12 "x" in column "amount" is not a number',
      'kpis/revenue.md:9:13 column "regin" is not in data/orders.csv (its columns: date, amount, region)',
    ]);
  });

  test('reports a ratio whose denominator is zero in a period as no value, never Infinity', async () => {
    const result = await check({
      'kpis/conversion.md': kpi(
        'title: Conversion',
        'owner: Growth',
        'category: marketing',
        'unit: ratio',
        'numerator: { file: data/web.csv, date: date, value: signups }',
        'denominator: { file: data/web.csv, date: date, value: visits }',
      ),
      'data/web.csv': 'date,signups,visits\n2026-01-01,1,4\n2026-02-01,3,0\n2026-03-01,0,0\n',
    });
    expect(result.problems).toEqual([]);
    const series = result.loaded.report!.kpis[0]!.series.map((point) => point.value);
    expect(series).toEqual([0.25, null, null]);
    expect(JSON.stringify(result.loaded.report)).not.toMatch(/Infinity|NaN/);
  });
});

describe('definitions', () => {
  test('rejects two definitions of one KPI id (revenue.md and revenue.mdx)', async () => {
    expect(
      await problemsOf({
        'kpis/revenue.md': sumKpi('data/orders.csv'),
        'kpis/revenue.mdx': sumKpi('data/orders.csv'),
        'data/orders.csv': DATA,
      }),
    ).toEqual([
      'kpis/revenue.mdx:1:1 error KPI id "revenue" is already defined by kpis/revenue.md',
    ]);
  });

  test('checks the data of a KPI whose target is invalid, leaving the target out', async () => {
    expect(
      await problemsOf({
        'kpis/revenue.md': sumKpi('data/orders.csv', 'target: { value: 50 }', 'breakdown: [regin]'),
        'data/orders.csv': 'date,amount,region\n2026-01-05,x,EU\n',
      }),
    ).toEqual([
      'data/orders.csv:2:12 error "x" in column "amount" is not a number',
      'kpis/revenue.md:9:9 error target.by: required, but missing',
      'kpis/revenue.md:10:13 error column "regin" is not in data/orders.csv (its columns: date, amount, region)',
    ]);
  });

  test('rejects a deadline before the baseline, at the deadline', async () => {
    expect(
      await problemsOf({
        'kpis/revenue.md': sumKpi(
          'data/orders.csv',
          'baseline: { period: 2026-02 }',
          'target: { value: 50, by: 2026-01 }',
        ),
        'data/orders.csv': DATA,
      }),
    ).toEqual([
      'kpis/revenue.md:10:26 error target.by 2026-01 is not after the baseline period 2026-02',
    ]);
  });

  test('rejects a baseline period without data, at the baseline period', async () => {
    expect(
      await problemsOf({
        'kpis/revenue.md': sumKpi(
          'data/orders.csv',
          'baseline: { period: 2025-06 }',
          'target: { value: 50, by: 2026-12 }',
        ),
        'data/orders.csv': DATA,
      }),
    ).toEqual([
      "kpis/revenue.md:9:21 error baseline.period 2025-06 has no data in the KPI's month series",
    ]);
  });

  test('rejects `drives` naming a KPI that does not exist', async () => {
    const result = await check({
      'kpis/revenue.md': sumKpi('data/orders.csv', 'drives: [revenu, churn]'),
      'data/orders.csv': DATA,
    });
    expect(
      result.problems.map(
        (problem) => `${problem.line}:${problem.column} ${problem.message} | ${problem.hint}`,
      ),
    ).toEqual([
      '9:10 drives "revenu", which is not a KPI | Did you mean "revenue"?',
      '9:18 drives "churn", which is not a KPI | Name the id (file name) of an existing KPI.',
    ]);
  });

  test('reports a KPI with errors once, not again in every file that names it', async () => {
    const result = await check({
      'kpis/revenue.md': sumKpi('data/orders.csv').replace('  value: amount', '  valeu: amount'),
      'kpis/orders.md': sumKpi('data/orders.csv', 'drives: [revenue]'),
      'kpis/reviews/2026-02-review.mdx':
        '---\ntitle: February\nperiod: 2026-02\nauthor: Sales\nkpis: [revenue, orders]\n---\n\nText.\n',
      'data/orders.csv': DATA,
    });
    // Only revenue's own mistake: orders' `drives` and the review name a KPI that exists.
    expect(result.problems.map((problem) => `${problem.file} ${problem.message}`)).toEqual([
      'kpis/revenue.md unknown field "source.valeu"',
    ]);
  });

  test('rejects a category that is not defined, suggesting the nearest', async () => {
    const result = await check({
      'kpis/revenue.md': sumKpi('data/orders.csv').replace('category: sales', 'category: salse'),
      'data/orders.csv': DATA,
    });
    expect(
      result.problems.map(
        (problem) => `${problem.line}:${problem.column} ${problem.message} | ${problem.hint}`,
      ),
    ).toEqual(['4:11 category "salse" is not defined | Did you mean "sales"?']);
  });

  test('rejects frontmatter that is never closed', async () => {
    expect(await problemsOf({ 'kpis/revenue.md': '---\ntitle: Revenue\nowner: Sales\n' })).toEqual([
      'kpis/revenue.md:1:1 error the frontmatter opened on line 1 is never closed',
    ]);
  });

  test('rejects a root without a kpis/ directory, as the wrong directory', async () => {
    const root = await tempDirectory();
    const result = await runCheck(root, { env: { PACER_AS_OF: '2026-11-15' } });
    expect(result.problems.map(describeProblem)).toEqual([
      `kpis/ error there is no kpis/ directory in ${root}`,
    ]);
    expect(result.problems[0]?.hint).toBe(
      'Run pacer in the repository root, or pass it with --root.',
    );
  });
});

describe('reviews', () => {
  test('rejects a review covering an unknown KPI, and a period that does not exist', async () => {
    expect(
      await problemsOf({
        'kpis/revenue.md': sumKpi('data/orders.csv'),
        'data/orders.csv': DATA,
        'kpis/reviews/2026-13-monthly.mdx':
          '---\ntitle: R\nperiod: 2026-13\nauthor: A\nkpis: [revenue, revnue, churn]\n---\n',
      }),
    ).toEqual([
      'kpis/reviews/2026-13-monthly.mdx:3:9 error period: "2026-13" is not a period',
      'kpis/reviews/2026-13-monthly.mdx:5:17 error the review covers "revnue", which is not a KPI',
      'kpis/reviews/2026-13-monthly.mdx:5:25 error the review covers "churn", which is not a KPI',
    ]);
  });
});

describe('definitions with schema errors', () => {
  // `grian: week` is unknown, so the KPI would be computed per month, the default: its weekly
  // baseline would then be reported as "a week, but the KPI reports per month".
  const typo = sumKpi(
    'data/orders.csv',
    'grian: week',
    'baseline: { period: 2026-W02 }',
    'target: { value: 100, by: 2026-W40 }',
  );

  test('do not report what follows from defaults standing in for the fields in error', async () => {
    expect(
      await problemsOf({ 'kpis/revenue.md': typo, 'data/orders.csv': `${DATA}2026-03-05,x,EU\n` }),
    ).toEqual([
      // Its data is still read and checked in the same run.
      'data/orders.csv:4:12 error "x" in column "amount" is not a number',
      'kpis/revenue.md:9:1 error unknown field "grian"',
    ]);
  });

  test('still report those problems once the definition is valid', async () => {
    expect(
      await problemsOf({
        'kpis/revenue.md': typo.replace('grian: week', 'grain: month'),
        'data/orders.csv': DATA,
      }),
    ).toEqual([
      'kpis/revenue.md:10:21 error baseline.period 2026-W02 is a week, but the KPI reports per month',
    ]);
  });
});
