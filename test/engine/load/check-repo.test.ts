/** runCheck: the one check the CLI and the site build share. */
import { describe, expect, test } from 'vitest';
import { runCheck } from '../../../src/engine/load/check-repo.ts';
import { copyFixture, describeProblem, FIXTURES } from './support/temp-repo.ts';
import { join } from 'node:path';
import { rm, writeFile } from 'node:fs/promises';

const ENV = { env: {}, now: new Date('2026-11-20T12:00:00Z') };

describe('runCheck', () => {
  test('passes the basic fixture and counts its KPIs and data files', async () => {
    const result = await runCheck(join(FIXTURES, 'basic'), ENV);
    expect(result).toMatchObject({ problems: [], errors: 0, warnings: 0, kpis: 1, dataFiles: 1 });
    expect(result.loaded.report?.kpis.map((kpi) => kpi.id)).toEqual(['revenue']);
  });

  test('reports every problem of a broken repository in one pass, sorted by file and place', async () => {
    const result = await runCheck(join(FIXTURES, 'broken'), ENV);
    expect(result.problems.map(describeProblem)).toEqual([
      'data/orders.csv:6:22 error "n/a" in column "amount" is not a number',
      'data/orders.csv:7:3 error "2026-13-02" in column "order_date" is not a date; expected an ISO date (2026-11-03) or period (2026-11, 2026-W45, 2026-Q4, 2026)',
      'data/orders.csv:8:21 error row has 4 fields, the header has 5',
      'kpis/revenue.md:4:11 error category "salse" is not defined',
      'kpis/revenue.md:11:20 warning no row of data/orders.csv has status "payed"',
      'kpis/revenue.md:12:13 error column "regin" is not in data/orders.csv (its columns: order_id, order_date, region, status, amount)',
      "kpis/revenue.md:13:21 error baseline.period 2026-01 has no data in the KPI's month series",
      'kpis/reviews/2026-10-monthly.mdx:5:8 error the review covers "revnue", which is not a KPI',
      // The invalid target is left out, so the rest of the definition is still checked.
      'kpis/signups.md:6:9 error source.file "data/signup.csv" does not exist',
      'kpis/signups.md:8:18 error target.value: expected a number, found "12%"',
    ]);
    // Only data/orders.csv is read: data/signup.csv does not exist.
    expect(result).toMatchObject({ errors: 9, warnings: 1, kpis: 2, dataFiles: 1 });
  });

  test('gives every problem of the broken fixture a hint', async () => {
    const result = await runCheck(join(FIXTURES, 'broken'), ENV);
    expect(result.problems.filter((problem) => !problem.hint)).toEqual([]);
  });

  test('returns the same problems in the same order on every run', async () => {
    const first = await runCheck(join(FIXTURES, 'broken'), ENV);
    const second = await runCheck(join(FIXTURES, 'broken'), ENV);
    expect(second.problems).toEqual(first.problems);
  });

  test('counts a KPI file that does not parse at all', async () => {
    const root = await copyFixture('broken');
    await rm(join(root, 'kpis/revenue.md'));
    await writeFile(join(root, 'kpis/signups.md'), '---\ntitle: [unclosed\n---\n');
    const result = await runCheck(root, ENV);
    expect(result.kpis).toBe(1);
    expect(result.dataFiles).toBe(0);
  });
});
