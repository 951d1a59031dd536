/**
 * Reading a file in parts on several threads gives exactly what one pass
 * gives: the same rows and columns, the same line numbers, the same problems
 * in the same order, whatever the quoting, line breaks and mistakes.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ISO_CALENDAR } from '../../../src/engine/calendar/grain.ts';
import { readCsv } from '../../../src/engine/csv/read-csv.ts';
import type { CsvResult } from '../../../src/engine/csv/read-csv.ts';
import type { ColumnRequest } from '../../../src/engine/csv/table.ts';
import { tempDirectory } from '../load/support/temp-repo.ts';

const REQUESTS: ColumnRequest[] = [
  { kind: 'date', name: 'date' },
  { kind: 'text', name: 'region' },
  { kind: 'number', name: 'amount', numberFormat: { decimal: '.' }, missing: [] },
  { kind: 'text', name: 'note' },
];

async function read(path: string, parts: number): Promise<CsvResult> {
  return readCsv({
    path,
    file: 'data/t.csv',
    requests: REQUESTS,
    calendar: ISO_CALENDAR,
    timeZone: 'UTC',
    parts,
  });
}

/** Everything a result holds, as plain values that compare by content. */
function plain(result: CsvResult) {
  const table = result.table;
  return {
    problems: result.problems,
    unknownColumns: result.unknownColumns,
    table: table && {
      header: table.header,
      rowCount: table.rowCount,
      lines: [...table.lines],
      columns: [...table.columns].map(([key, column]) => {
        if (column.kind === 'date') return [key, [...column.days], [...column.grains]];
        if (column.kind === 'number') return [key, [...column.values].map(String)];
        return [key, [...column.codes].map((code) => column.dictionary[code])];
      }),
    },
  };
}

const cell = fc.constantFrom('north', 'south', ' east', 'x', '', 'a b');
const note = fc.oneof(
  fc.constantFrom('plain', '', 'n/a'),
  fc.constantFrom(
    '"quoted, with comma"',
    '"two\nlines"',
    '"say ""hi"""',
    '"three\r\nline\nbreaks"',
  ),
);
const row = fc.oneof(
  {
    weight: 12,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 28 }), cell, fc.integer({ min: -50, max: 900 }), note)
      .map(
        ([day, region, amount, text]) =>
          `2026-03-${String(day).padStart(2, '0')},${region},${amount / 4},${text}`,
      ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      ',,,',
      '2026-03-01,north,12,5,extra',
      '2026-03-01,north',
      '2026-03-32,north,1,x',
      ',north,1,x',
      '2026-03-02,north,oops,x',
      '2026-03-02,north,1, "spaced"',
      '2026-03-02,"nor"th,1,x',
      '2026-03-02,stray"quote,1,x',
    ),
  },
);

function csv(rows: string[], newline: string, bom: boolean, sep: boolean): string {
  const text = ['date,region,amount,note', ...rows].join('\n') + '\n';
  const body = newline === '\n' ? text : text.replace(/(?<!\r)\n/g, newline);
  return (bom ? '\uFEFF' : '') + (sep ? `sep=,${newline}` : '') + body;
}

describe('reading a file in parts', () => {
  test('gives what one pass gives, for any mix of quotes, line breaks and mistakes', async () => {
    const directory = await tempDirectory();
    let file = 0;
    let split = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { maxLength: 120, size: 'large' }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 2, max: 4 }),
        async (rows, newline, bom, sep, parts) => {
          const path = join(directory, `t${file++}.csv`);
          await writeFile(path, csv(rows, newline, bom, sep));
          const once = await read(path, 1);
          const inParts = await read(path, parts);
          expect(plain(inParts)).toEqual(plain(once));
          if ((inParts.parts ?? 1) > 1) split++;
        },
      ),
      { numRuns: 40 },
    );
    // Most files are split; the rest have a quote problem before a cut, or are too small.
    expect(split).toBeGreaterThan(10);
  }, 120_000);

  test('reads a clean file in parts, numbering lines across them', async () => {
    const directory = await tempDirectory();
    const rows = Array.from(
      { length: 3000 },
      (_, index) =>
        `2026-01-${String((index % 28) + 1).padStart(2, '0')},r${index % 7},${index},"n\n${index}"`,
    );
    const path = join(directory, 'clean.csv');
    await writeFile(path, csv(rows, '\r\n', true, false));
    const result = await read(path, 3);
    expect(result.parts).toBe(3);
    expect(plain(result)).toEqual(plain(await read(path, 1)));
    expect(result.table?.lines.at(-1)).toBe(2 + 2 * 2999);
  });

  test('falls back to one pass when a cut lands inside a quoted field', async () => {
    const directory = await tempDirectory();
    // A stray quote evens out the count inside the quoted fields that follow it.
    const rows = [
      '2026-01-01,stray"quote,1,x',
      ...Array.from({ length: 2000 }, (_, index) => `2026-01-02,r,${index},"a\nb\nc"`),
    ];
    const path = join(directory, 'stray.csv');
    await writeFile(path, csv(rows, '\n', false, false));
    const result = await read(path, 2);
    expect(result.parts).toBe(1);
    expect(plain(result)).toEqual(plain(await read(path, 1)));
  });
});
