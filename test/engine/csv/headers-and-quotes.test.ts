/** Header mistakes and quoting: each reported where it is, and line numbers stay right after it. */
import { describe, expect, test } from 'vitest';
import { check, describeProblem, seriesOf, sumKpi } from '../load/support/temp-repo.ts';

const KPI = { 'kpis/revenue.md': sumKpi('data/sales.csv') };

describe('headers', () => {
  test('rejects a column the KPI uses that appears twice in the header', async () => {
    const result = await check({
      ...KPI,
      'data/sales.csv': 'date,amount,amount\n2026-01-05,1,2\n',
    });
    expect(result.problems.map(describeProblem)).toEqual([
      'data/sales.csv:1:13 error column "amount" appears twice in the header (fields 2 and 3)',
    ]);
  });

  test('reports a duplicate column a KPI uses once, without reading either of its cells', async () => {
    const rows = Array.from({ length: 60 }, (_, index) => `2026-01-05,x,${index}`);
    const result = await check({
      ...KPI,
      'data/sales.csv': `date,amount,amount\n${rows.join('\n')}\n`,
    });
    expect(result.problems.map((problem) => [describeProblem(problem), problem.hint])).toEqual([
      [
        'data/sales.csv:1:13 error column "amount" appears twice in the header (fields 2 and 3)',
        'Rename one of them so every column has its own name; until then no KPI reads "amount", since it cannot tell which one is meant.',
      ],
    ]);
    expect(result.errors).toBe(1);
    // Neither column is read: the KPI is not computed from a guess.
    expect(result.loaded.report?.kpis).toEqual([]);
  });

  test('drops a breakdown by a duplicate column, and still computes the KPI', async () => {
    const result = await check({
      'kpis/revenue.md': sumKpi('data/sales.csv', 'breakdown: [region]'),
      'data/sales.csv': 'date,amount,region,region\n2026-01-05,10,EU,x\n',
    });
    expect(result.problems.map(describeProblem)).toEqual([
      'data/sales.csv:1:20 error column "region" appears twice in the header (fields 3 and 4)',
    ]);
    expect(result.loaded.report?.kpis[0]?.series.map((point) => point.value)).toEqual([10]);
    expect(result.loaded.report?.kpis[0]?.breakdowns).toEqual([]);
  });

  test('only warns about a duplicate column no KPI uses', async () => {
    const result = await check({
      ...KPI,
      'data/sales.csv': 'date,note,amount,note\n2026-01-05,a,1,b\n',
    });
    expect(result.problems.map(describeProblem)).toEqual([
      'data/sales.csv:1:18 warning column "note" appears twice in the header (fields 2 and 4)',
    ]);
  });

  test('reports a header of only delimiters as one error naming its line, not as duplicate columns', async () => {
    const result = await check({ ...KPI, 'data/sales.csv': ',,,\n2026-01-05,10,a,b\n' });
    expect(result.problems.map((problem) => [describeProblem(problem), problem.hint])).toEqual([
      [
        'data/sales.csv:1:1 error the header on line 1 has no column names: all 4 of its fields are empty',
        'Write the column names in the first row, such as date,amount: KPIs name the columns they read by them.',
      ],
    ]);
    expect(result.errors).toBe(1);
    // No KPI is computed from a file whose columns have no names.
    expect(result.loaded.report?.kpis).toEqual([]);
  });

  test('reports a header of only delimiters once even with no rows under it', async () => {
    const result = await check({ ...KPI, 'data/sales.csv': ';;\n' });
    expect(result.problems.map(describeProblem)).toEqual([
      'data/sales.csv:1:1 error the header on line 1 has no column names: all 3 of its fields are empty',
    ]);
  });

  test('reads headers with surrounding spaces by their trimmed names, with a warning each', async () => {
    const files = { ...KPI, 'data/sales.csv': ' date , amount\n2026-01-05,10\n' };
    const result = await check(files);
    expect(result.problems.map(describeProblem)).toEqual([
      'data/sales.csv:1:1 warning header " date " has surrounding spaces; read as "date"',
      'data/sales.csv:1:8 warning header " amount" has surrounding spaces; read as "amount"',
    ]);
    expect(await seriesOf(files)).toEqual({ revenue: [['2026-01', 10]] });
  });
});

describe('quotes', () => {
  test('rejects a space before a quoted field, pointing at the space', async () => {
    const result = await check({
      ...KPI,
      'data/sales.csv': 'date,amount,note\n2026-01-05,10, "a, b"\n2026-01-06,20,ok\n',
    });
    expect(result.problems.map(describeProblem)).toEqual([
      'data/sales.csv:2:15 error a space before the quoted field 3: its quotes are read as part of the text',
    ]);
    expect(result.problems[0]?.hint).toBe(
      'Remove the space between the delimiter and the opening quote.',
    );
  });

  test('keeps line numbers right after a quoted field holding newlines in a CRLF file', async () => {
    const files = {
      'kpis/revenue.md': sumKpi('data/sales.csv'),
      'data/sales.csv':
        'date,note,amount\r\n2026-01-05,"line one\r\nline two\r\nline three",10\r\n2026-01-06,"x",oops\r\n2026-02-01,y,5\r\n',
    };
    const result = await check(files);
    expect(result.problems.map(describeProblem)).toEqual([
      'data/sales.csv:5:16 error "oops" in column "amount" is not a number',
    ]);
    expect(await seriesOf(files)).toEqual({
      revenue: [
        ['2026-01', 10],
        ['2026-02', 5],
      ],
    });
  });

  test('reports a quote that is never closed at the field it opens, and drops the row', async () => {
    const result = await check({
      ...KPI,
      'data/sales.csv': 'date,amount,note\n2026-01-05,10,"open\n2026-01-06,20,b\n2026-01-07,30,c\n',
    });
    expect(result.problems.map(describeProblem)).toEqual([
      'data/sales.csv:2:15 error the quote that opens field 3 is never closed; the 2 lines after it are read as part of it',
    ]);
  });

  test('reports text after a closing quote', async () => {
    const result = await check({
      ...KPI,
      'data/sales.csv': 'date,amount,note\n2026-01-05,10,"a"b\n',
    });
    expect(result.problems[0]?.hint).toBe(
      'Put the whole value in quotes and double any quote inside it ("").',
    );
    expect(result.problems.map(describeProblem)).toEqual([
      'data/sales.csv:2:15 error the quoted field 3 has text after its closing quote',
    ]);
  });
});

describe('rows', () => {
  test('rejects rows whose field count differs from the header, at the first missing or extra field', async () => {
    const result = await check({
      ...KPI,
      'data/sales.csv': 'date,amount,note\n2026-01-05,10\n2026-01-06,20,a,b\n2026-01-07,30,c\n',
    });
    expect(result.problems.map(describeProblem)).toEqual([
      // The missing third field would start after the row's last character.
      'data/sales.csv:2:14 error row has 2 fields, the header has 3',
      'data/sales.csv:3:17 error row has 4 fields, the header has 3',
    ]);
  });

  test('rejects a date that does not parse in the declared format', async () => {
    const result = await check({
      'kpis/revenue.md': sumKpi('data/sales.csv', '  dateFormat: dd/MM/yyyy'),
      'data/sales.csv': 'date,amount\n05/01/2026,10\n2026-01-06,20\n31/02/2026,5\n',
    });
    expect(result.problems.map(describeProblem)).toEqual([
      'data/sales.csv:3:1 error "2026-01-06" in column "date" is not a date; expected a date in the format dd/MM/yyyy',
      'data/sales.csv:4:1 error "31/02/2026" in column "date" is not a date; expected a date in the format dd/MM/yyyy',
    ]);
  });

  test('suggests the dateFormat that reads a day-first or month-first date', async () => {
    const result = await check({
      ...KPI,
      'data/sales.csv': 'date,amount\n31/12/2025,1\n12/31/2025,2\n5.6.2025,3\n',
    });
    expect(result.problems.map((problem) => [problem.line, problem.hint])).toEqual([
      [2, 'This looks like day/month/year: declare `dateFormat: dd/MM/yyyy` on the source.'],
      [3, 'This looks like month/day/year: declare `dateFormat: MM/dd/yyyy` on the source.'],
      [
        4,
        'Declare the order the file writes dates in on the source: `dateFormat: d.M.yyyy` (day first) or `dateFormat: M.d.yyyy` (month first).',
      ],
    ]);
  });

  test('suggests the other order when the declared dateFormat cannot read a date', async () => {
    const result = await check({
      'kpis/revenue.md': sumKpi('data/sales.csv', '  dateFormat: dd/MM/yyyy'),
      'data/sales.csv': 'date,amount\n12/31/2025,1\n',
    });
    expect(result.problems[0]?.hint).toBe(
      'This looks like month/day/year: declare `dateFormat: MM/dd/yyyy` on the source.',
    );
  });

  test('rejects an impossible ISO date', async () => {
    const result = await check({ ...KPI, 'data/sales.csv': 'date,amount\n2026-02-30,1\n' });
    expect(result.problems.map(describeProblem)).toEqual([
      'data/sales.csv:2:1 error "2026-02-30" in column "date" is not a date; expected an ISO date (2026-11-03) or period (2026-11, 2026-W45, 2026-Q4, 2026)',
    ]);
  });
});
