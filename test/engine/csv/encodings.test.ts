/** Files as spreadsheets export them: byte-order marks, UTF-16 "Unicode text", a `sep=` line. */
import { describe, expect, test } from 'vitest';
import { check, describeProblem, seriesOf, sumKpi } from '../load/support/temp-repo.ts';

const KPI = { 'kpis/revenue.md': sumKpi('data/sales.csv') };

function utf16le(text: string): Uint8Array {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

describe('encodings', () => {
  test('reads a UTF-8 byte-order mark before the first header as nothing', async () => {
    const files = { ...KPI, 'data/sales.csv': '\uFEFFdate,amount\n2026-01-05,10\n2026-02-05,x\n' };
    const result = await check(files);
    expect(result.problems.map(describeProblem)).toEqual([
      'data/sales.csv:3:12 error "x" in column "amount" is not a number',
    ]);
    expect(await seriesOf(files)).toEqual({ revenue: [['2026-01', 10]] });
  });

  test('reads a UTF-16LE tab-separated "Unicode text" export, with lines and columns placed', async () => {
    const text = 'date\tamount\r\n2026-01-05\t10\r\n2026-02-05\t1.5\r\n2026-03-05\toops\r\n';
    const files = { ...KPI, 'data/sales.csv': utf16le(text) };
    const result = await check(files);
    expect(result.problems.map(describeProblem)).toEqual([
      'data/sales.csv:4:12 error "oops" in column "amount" is not a number',
    ]);
    expect(await seriesOf(files)).toEqual({
      revenue: [
        ['2026-01', 10],
        ['2026-02', 1.5],
      ],
    });
  });

  test('takes the delimiter from a first line `sep=;` and counts that line', async () => {
    const files = {
      ...KPI,
      'data/sales.csv': 'sep=;\ndate;amount\n2026-01-05;10\n2026-02-05;1,5\n',
    };
    const result = await check(files);
    expect(result.problems.map(describeProblem)).toEqual([
      'data/sales.csv:4:12 error "1,5" in column "amount" is not a number',
    ]);
    expect(result.problems[0]?.hint).toBe(
      'This looks like a decimal comma; declare `decimal: ","` on the source or the data file.',
    );
  });

  test('rejects bytes that are not UTF-8 text at the line and column of the first one', async () => {
    const latin1 = Buffer.from('date,amount,city\n2026-01-05,10,K\xf6ln\n', 'latin1');
    const result = await check({ ...KPI, 'data/sales.csv': latin1 });
    expect(result.problems.map(describeProblem)).toEqual([
      'data/sales.csv:2:16 error the file is not valid UTF-8 text: the byte 0xF6 ("ö" in Windows-1252 or Latin-1) is not UTF-8',
    ]);
    expect(result.problems[0]?.hint).toBe(
      'The file looks saved as Windows-1252 or Latin-1: save it as UTF-8 (CSV UTF-8 in spreadsheet programs).',
    );
  });

  test('places an invalid byte in the header, counting earlier characters once each', async () => {
    const header = Buffer.from('fecha,pa\xeds,amount,date\n', 'latin1');
    const kpiWithHeader = { 'kpis/revenue.md': sumKpi('data/sales.csv') };
    const latin1 = await check({ ...kpiWithHeader, 'data/sales.csv': header });
    expect(latin1.problems.map(describeProblem)).toEqual([
      'data/sales.csv:1:9 error the file is not valid UTF-8 text: the byte 0xED ("í" in Windows-1252 or Latin-1) is not UTF-8',
    ]);

    // A byte-order mark is no character; "é" and "😀" before the byte are one each.
    const mixed = Buffer.concat([
      Buffer.from('\uFEFFdate,amount\n2026-01-05,10\n"é😀', 'utf8'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('",3\n', 'utf8'),
    ]);
    const placed = await check({ ...KPI, 'data/sales.csv': mixed });
    expect(placed.problems.map(describeProblem)).toEqual([
      'data/sales.csv:3:4 error the file is not valid UTF-8 text: the byte 0xC3 ("Ã" in Windows-1252 or Latin-1) is not UTF-8',
    ]);
  });
});
