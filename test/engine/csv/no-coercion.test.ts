/** Values keep the meaning they were written with: text stays text, missing stays missing. */
import { describe, expect, test } from 'vitest';
import { check, describeProblem, kpi, seriesOf, sumKpi } from '../load/support/temp-repo.ts';

describe('values that must not be coerced', () => {
  test('keeps `007` as text in a where filter and in a breakdown', async () => {
    const files = {
      'kpis/revenue.md': sumKpi('data/sales.csv', '  where: { store: 007 }', 'breakdown: [store]'),
      'data/sales.csv':
        'date,store,amount\n2026-01-05,007,10\n2026-01-06,7,100\n2026-01-07,007,5\n',
    };
    const result = await check(files);
    expect(result.problems).toEqual([]);
    const revenue = result.loaded.report!.kpis[0]!;
    expect(revenue.series.map((point) => point.value)).toEqual([15]);
    expect(revenue.breakdowns[0]!.groups.map((group) => group.value)).toEqual(['007']);
  });

  test('counts ids beyond 2^53 exactly: 9007199254740993 and 9007199254740992 are two', async () => {
    const files = {
      'kpis/customers.md': kpi(
        'title: Customers',
        'owner: Sales',
        'category: customer',
        'source: { file: data/orders.csv, date: date, value: customer, aggregate: count_distinct }',
      ),
      'data/orders.csv':
        'date,customer\n2026-01-05,9007199254740993\n2026-01-06,9007199254740992\n2026-01-07,9007199254740993\n',
    };
    expect(await seriesOf(files)).toEqual({ customers: [['2026-01', 2]] });
  });

  test('rejects NaN, n/a and - in a number column, each at its line and column', async () => {
    const result = await check({
      'kpis/revenue.md': sumKpi('data/sales.csv'),
      'data/sales.csv':
        'date,amount\n2026-01-05,NaN\n2026-01-06,n/a\n2026-01-07, -\n2026-01-08,4\n',
    });
    expect(result.problems.map(describeProblem)).toEqual([
      'data/sales.csv:2:12 error "NaN" in column "amount" is not a number',
      'data/sales.csv:3:12 error "n/a" in column "amount" is not a number',
      'data/sales.csv:4:12 error " -" in column "amount" is not a number',
    ]);
    expect(result.problems[1]?.hint).toBe(
      'Write plain numbers such as 1234.5; declare values like "n/a" under `missing` if they mean "no value".',
    );
  });

  test('reads NaN, n/a and - as missing when the source declares them under `missing`', async () => {
    const files = {
      'kpis/revenue.md': sumKpi('data/sales.csv', '  missing: [NaN, n/a, "-"]'),
      'data/sales.csv': 'date,amount\n2026-01-05,NaN\n2026-01-06,n/a\n2026-02-07,-\n2026-02-08,4\n',
    };
    expect((await check(files)).problems).toEqual([]);
    expect(await seriesOf(files)).toEqual({
      revenue: [
        ['2026-01', null],
        ['2026-02', 4],
      ],
    });
  });
});
