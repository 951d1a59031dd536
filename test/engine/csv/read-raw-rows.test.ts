import { describe, expect, test } from 'vitest';
import { parseRawRows } from '../../../src/engine/csv/read-raw-rows.ts';

describe('parseRawRows', () => {
  test('keeps every field as written, with the line each row starts on', () => {
    const table = parseRawRows('id,note,amount\r\n1,"two\r\nlines",007\r\n\r\n,,\r\n2,x,1.50\r\n');
    expect(table.header).toEqual({ line: 1, fields: ['id', 'note', 'amount'] });
    expect(table.rows).toEqual([
      { line: 2, fields: ['1', 'two\r\nlines', '007'] },
      { line: 6, fields: ['2', 'x', '1.50'] },
    ]);
  });

  test('detects the delimiter from the header line, after a blanked `sep=` line', () => {
    const table = parseRawRows('\ndate;amount\n2026-01-05;1,5\n');
    expect(table.header).toEqual({ line: 2, fields: ['date', 'amount'] });
    expect(table.rows).toEqual([{ line: 3, fields: ['2026-01-05', '1,5'] }]);
  });

  test('reads an empty text as no header and no rows', () => {
    expect(parseRawRows('')).toEqual({ header: null, rows: [] });
  });
});
