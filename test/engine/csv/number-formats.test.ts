/** Numbers are read in the format a source declares, never guessed per value. */
import { describe, expect, test } from 'vitest';
import { parseNumber } from '../../../src/engine/csv/parse-number.ts';
import { check, describeProblem, seriesOf, sumKpi } from '../load/support/temp-repo.ts';

describe('parseNumber', () => {
  test('reads plain numbers and nothing else', () => {
    expect(parseNumber('1234.5')).toBe(1234.5);
    expect(parseNumber(' -3 ')).toBe(-3);
    expect(parseNumber('2e6')).toBe(2_000_000);
    for (const text of ['1,234.5', '1.234,5', '12%', 'NaN', 'n/a', '-', '0x10', 'Infinity', ''])
      expect(parseNumber(text), text).toBeNull();
  });

  test('never turns a huge exponent into Infinity', () => {
    expect(parseNumber('1e400')).toBeNull();
    expect(parseNumber('-1e400')).toBeNull();
  });

  test('reads `1.234,50` as 1234.5 only when decimal "," and thousands "." are declared', () => {
    expect(parseNumber('1.234,50')).toBeNull();
    expect(parseNumber('1.234,50', { decimal: ',', thousands: '.' })).toBe(1234.5);
    expect(parseNumber('1234,5', { decimal: ',', thousands: '.' })).toBe(1234.5);
    expect(parseNumber('1.234', { decimal: ',', thousands: '.' })).toBe(1234);
    // A dot that does not group three digits is not a thousands separator.
    expect(parseNumber('12.34', { decimal: ',', thousands: '.' })).toBeNull();
    expect(parseNumber('1,5', { decimal: ',' })).toBe(1.5);
  });

  test('accepts no-break spaces (U+00A0, U+202F) when a space is the declared thousands separator', () => {
    const spaced = { decimal: ',', thousands: ' ' } as const;
    expect(parseNumber('1\u00a0234,5', spaced)).toBe(1234.5);
    expect(parseNumber('1\u202f234\u202f567', spaced)).toBe(1234567);
    expect(parseNumber('1 234', spaced)).toBe(1234);
    expect(parseNumber('1\u00a0234')).toBeNull();
  });
});

describe('number formats in data files', () => {
  test('reads semicolon files with decimal commas and thousands dots declared on the source', async () => {
    const files = {
      'kpis/revenue.md': sumKpi('data/sales.csv', '  decimal: ","', '  thousands: "."'),
      'data/sales.csv': 'date;amount\n2026-01-05;1.234,50\n2026-02-05;0,5\n2026-02-06;12.34\n',
    };
    const result = await check(files);
    expect(result.problems.map(describeProblem)).toEqual([
      'data/sales.csv:4:12 error "12.34" in column "amount" is not a number written with decimal "," and thousands "."',
    ]);
    expect(result.problems[0]?.hint).toBe(
      'With thousands "." declared, it may only separate groups of three digits, as in 1.234,5.',
    );
    expect(await seriesOf(files)).toEqual({
      revenue: [
        ['2026-01', 1234.5],
        ['2026-02', 0.5],
      ],
    });
  });

  test('takes the number format of a file from the site config', async () => {
    const files = {
      'kpis/site.yaml':
        'title: T\nasOf: 2026-11-15\ndata:\n  data/sales.csv: { decimal: ",", thousands: "." }\n',
      'kpis/revenue.md': sumKpi('data/sales.csv'),
      'data/sales.csv': 'date;amount\n2026-01-05;1.234,50\n',
    };
    expect(await seriesOf(files)).toEqual({ revenue: [['2026-01', 1234.5]] });
  });

  test('rejects an undeclared decimal comma with thousands dots, and says what to declare', async () => {
    const result = await check({
      'kpis/revenue.md': sumKpi('data/sales.csv'),
      'data/sales.csv': 'date;amount\n2026-01-05;1.234,50\n',
    });
    expect(result.problems.map(describeProblem)).toEqual([
      'data/sales.csv:2:12 error "1.234,50" in column "amount" is not a number',
    ]);
    expect(result.problems[0]?.hint).toBe(
      'This looks like a decimal comma with thousands dots; declare `decimal: ","` and `thousands: "."` on the source or the data file.',
    );
  });

  test('takes a comma before exactly three digits for a thousands separator, naming both readings', async () => {
    const result = await check({
      'kpis/revenue.md': sumKpi('data/sales.csv'),
      'data/sales.csv':
        'date,amount\n2026-01-05,"1,234"\n2026-01-06,"12,5"\n2026-01-07,"1,234,567"\n',
    });
    expect(result.problems.map((problem) => [describeProblem(problem), problem.hint])).toEqual([
      [
        'data/sales.csv:2:12 error "1,234" in column "amount" is not a number',
        'The comma is probably a thousands separator (1,234 = 1234): declare `thousands: ","` on the source or the data file. If it is a decimal comma (1.234), declare `decimal: ","` instead.',
      ],
      [
        'data/sales.csv:3:12 error "12,5" in column "amount" is not a number',
        'This looks like a decimal comma; declare `decimal: ","` on the source or the data file.',
      ],
      [
        'data/sales.csv:4:12 error "1,234,567" in column "amount" is not a number',
        'The commas are thousands separators: declare `thousands: ","` on the source or the data file.',
      ],
    ]);
  });

  test('reads no-break spaces as thousands separators when `thousands: " "` is declared', async () => {
    const files = {
      'kpis/revenue.md': sumKpi('data/sales.csv', '  thousands: " "'),
      'data/sales.csv': 'date,amount\n2026-01-05,1\u00a0234\n2026-02-05,2\u202f345.5\n',
    };
    expect((await check(files)).problems).toEqual([]);
    expect(await seriesOf(files)).toEqual({
      revenue: [
        ['2026-01', 1234],
        ['2026-02', 2345.5],
      ],
    });
  });

  test('names no-break spaces used as undeclared thousands separators, and the declaration that reads them', async () => {
    const result = await check({
      'kpis/revenue.md': sumKpi('data/sales.csv'),
      'data/sales.csv': 'date,amount\n2026-01-05,1\u00a0234\n2026-02-05,2\u202f345\u202f678.5\n',
    });
    // The message writes each invisible character as its escape and names it.
    expect(result.problems.map((problem) => [describeProblem(problem), problem.hint])).toEqual([
      [
        'data/sales.csv:2:12 error "1\\u00a0234" in column "amount" is not a number; it holds a no-break space (U+00A0)',
        'The no-break space (U+00A0) separates thousands: declare `thousands: " "` on the source or the data file (a declared space also accepts no-break and thin spaces).',
      ],
      [
        'data/sales.csv:3:12 error "2\\u202f345\\u202f678.5" in column "amount" is not a number; it holds a narrow no-break space (U+202F)',
        'The narrow no-break space (U+202F) separates thousands: declare `thousands: " "` on the source or the data file (a declared space also accepts no-break and thin spaces).',
      ],
    ]);
  });

  test('names the space of space-grouped digits when no thousands separator is declared', async () => {
    const result = await check({
      'kpis/revenue.md': sumKpi('data/sales.csv', '  decimal: ","'),
      'data/sales.csv': 'date;amount\n2026-01-05;12 345,5\n',
    });
    expect(result.problems.map((problem) => [describeProblem(problem), problem.hint])).toEqual([
      [
        'data/sales.csv:2:12 error "12 345,5" in column "amount" is not a number written with decimal "," and no thousands separator',
        'The space separates thousands: declare `thousands: " "` on the source or the data file.',
      ],
    ]);
  });

  test('rejects a thousands separator that is also the decimal separator', async () => {
    const result = await check({
      'kpis/revenue.md': sumKpi('data/sales.csv', '  thousands: "."'),
      'data/sales.csv': 'date,amount\n2026-01-05,1.234\n',
    });
    expect(result.problems.map(describeProblem)).toEqual([
      'kpis/revenue.md:9:14 error source reads data/sales.csv with "." as both the decimal and the thousands separator',
    ]);
  });
});
