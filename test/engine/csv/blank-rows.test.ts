/** Trailing newlines, blank lines and rows of only delimiters are skipped; half-empty rows are named. */
import { existsSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCsv } from '../../../src/engine/csv/read-csv.ts';
import {
  check,
  describeProblem,
  seriesOf,
  sumKpi,
  tempDirectory,
} from '../load/support/temp-repo.ts';

const KPI = { 'kpis/revenue.md': sumKpi('data/sales.csv') };

describe('blank rows', () => {
  test('skips a trailing newline and blank lines without a word', async () => {
    const files = {
      ...KPI,
      'data/sales.csv': 'date,amount\n\n2026-01-05,10\n\n\n2026-02-05,20\n\n',
    };
    expect((await check(files)).problems).toEqual([]);
    expect(await seriesOf(files)).toEqual({
      revenue: [
        ['2026-01', 10],
        ['2026-02', 20],
      ],
    });
  });

  test('skips rows of only delimiters with one warning listing their lines', async () => {
    const files = {
      ...KPI,
      'data/sales.csv': 'date,amount,note\n2026-01-05,10,a\n,,\n2026-02-05,20,b\n , ,\n',
    };
    const result = await check(files);
    expect(result.problems.map(describeProblem)).toEqual([
      'data/sales.csv:3:1 warning 2 rows of only delimiters skipped (lines 3, 5)',
    ]);
    expect(result.errors).toBe(0);
    expect(await seriesOf(files)).toEqual({
      revenue: [
        ['2026-01', 10],
        ['2026-02', 20],
      ],
    });
  });

  test('warns about a half-empty row without a date, naming its line and column', async () => {
    const files = { ...KPI, 'data/sales.csv': 'date,amount\n2026-01-05,10\n,30\n' };
    const result = await check(files);
    expect(result.problems.map(describeProblem)).toEqual([
      'data/sales.csv:3:1 warning row has values but no date in column "date"; it is skipped',
    ]);
    expect(result.problems[0]?.hint).toBe('Fill in the date, or delete the row.');
    expect(await seriesOf(files)).toEqual({ revenue: [['2026-01', 10]] });
  });

  test('reads an empty value cell as missing, not 0', async () => {
    const files = {
      'kpis/revenue.md': sumKpi('data/sales.csv', '  aggregate: mean'),
      'data/sales.csv': 'date,amount\n2026-01-05,10\n2026-01-06,\n2026-02-05,\n2026-03-05,4\n',
    };
    expect((await check(files)).problems).toEqual([]);
    // January's mean ignores the empty cell; February has no value at all: a gap, not 0.
    expect(await seriesOf(files)).toEqual({
      revenue: [
        ['2026-01', 10],
        ['2026-02', null],
        ['2026-03', 4],
      ],
    });
  });

  test('reports an empty data file as an error of its own', async () => {
    const result = await check({ ...KPI, 'data/sales.csv': '' });
    expect(result.problems.map(describeProblem)).toEqual([
      'data/sales.csv:1:1 error the file is empty: it needs a header row and data rows',
    ]);
  });

  test('reports a file of only blank lines as empty', async () => {
    const result = await check({ ...KPI, 'data/sales.csv': '\n\r\n\n' });
    expect(result.problems.map(describeProblem)).toEqual([
      'data/sales.csv:1:1 error the file is empty: it needs a header row and data rows',
    ]);
  });

  // An open handle left to the garbage collector is a DEP0137 warning, or worse, a leak.
  test.skipIf(!existsSync('/proc/self/fd'))(
    'closes the file on every early return: empty, blank, not UTF-8',
    async () => {
      const root = await tempDirectory();
      const files = { empty: '', blank: '\n\n', latin1: Buffer.from('d\xe9,1\n', 'latin1') };
      for (const [name, content] of Object.entries(files)) {
        const path = join(root, `${name}.csv`);
        await writeFile(path, content);
        const open = readdirSync('/proc/self/fd').length;
        const result = await readCsv({
          path,
          file: `data/${name}.csv`,
          requests: [],
          calendar: { fiscalYearStart: 1, weekStart: 1 },
          timeZone: 'UTC',
        });
        expect(result.table).toBeNull();
        expect(readdirSync('/proc/self/fd')).toHaveLength(open);
      }
    },
  );

  test('warns about a header-only file, and the KPI shows no data', async () => {
    const files = { ...KPI, 'data/sales.csv': 'date,amount\n' };
    const result = await check(files);
    expect(result.problems.map(describeProblem)).toEqual([
      'data/sales.csv:1:1 warning the file has a header but no data rows; KPIs reading it show no data',
    ]);
    expect(result.loaded.report?.kpis[0]?.status).toBe('no-data');
  });
});
