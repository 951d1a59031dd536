/**
 * The row-matching rule of `pacer diff`: rows compared by full content, unchanged rows
 * aligned, replaced rows paired in order as "changed", the rest added or removed.
 */
import { describe, expect, test } from 'vitest';
import { compareTables } from '../../src/cli/diff/compare-data.ts';
import { diffSequences } from '../../src/cli/diff/sequence-diff.ts';
import { parseRawRows } from '../../src/engine/csv/read-raw-rows.ts';

function changes(before: string, after: string) {
  return compareTables(parseRawRows(before), parseRawRows(after)).map((row) => {
    const cells = row.cells.map((cell) => `${cell.column}: ${cell.before} → ${cell.after}`);
    return [row.change, row.oldLine, row.newLine, cells.join('; ') || row.fields.join(',')];
  });
}

const BASE =
  'date,region,amount\n2026-01-01,EU,1\n2026-01-02,US,2\n2026-01-03,EU,3\n2026-01-04,US,4\n';

describe('compareTables', () => {
  test('finds one changed row, with the cells that changed', () => {
    expect(changes(BASE, BASE.replace('US,2', 'US,20'))).toEqual([
      ['changed', 3, 3, 'amount: 2 → 20'],
    ]);
  });

  test('finds a row inserted in the middle without shifting the rows after it', () => {
    const after = BASE.replace('2026-01-03', '2026-01-02,EU,9\n2026-01-03');
    expect(changes(BASE, after)).toEqual([['added', null, 4, '2026-01-02,EU,9']]);
  });

  test('finds removed rows at their old lines', () => {
    const after = BASE.replace('2026-01-01,EU,1\n', '').replace('2026-01-04,US,4\n', '');
    expect(changes(BASE, after)).toEqual([
      ['removed', 2, null, '2026-01-01,EU,1'],
      ['removed', 5, null, '2026-01-04,US,4'],
    ]);
  });

  test('pairs replaced rows in order, and counts the extra ones as added', () => {
    const after = BASE.replace(
      '2026-01-02,US,2\n2026-01-03,EU,3\n',
      '2026-01-02,US,5\n2026-01-03,EU,6\n2026-01-03,US,7\n',
    );
    expect(changes(BASE, after)).toEqual([
      ['changed', 3, 3, 'amount: 2 → 5'],
      ['changed', 4, 4, 'amount: 3 → 6'],
      ['added', null, 5, '2026-01-03,US,7'],
    ]);
  });

  test('aligns files full of identical rows exactly', () => {
    const before = 'a,b\n1,x\n1,x\n1,x\n1,x\n';
    const after = 'a,b\n1,x\n1,x\n2,x\n1,x\n1,x\n';
    expect(changes(before, after)).toEqual([['added', null, 4, '2,x']]);
  });

  test('shows a row moved to another place as removed and added', () => {
    const after =
      'date,region,amount\n2026-01-02,US,2\n2026-01-03,EU,3\n2026-01-04,US,4\n2026-01-01,EU,1\n';
    expect(changes(BASE, after)).toEqual([
      ['removed', 2, null, '2026-01-01,EU,1'],
      ['added', null, 5, '2026-01-01,EU,1'],
    ]);
  });

  test('reports the new line of a row after a quoted newline, in a CRLF file', () => {
    const before = 'id,note,amount\r\n1,"a\r\nb",5\r\n2,x,6\r\n';
    const after = before.replace('2,x,6', '2,x,7');
    expect(changes(before, after)).toEqual([['changed', 4, 4, 'amount: 6 → 7']]);
  });
});

describe('diffSequences', () => {
  test('finds nothing between equal sequences', () => {
    expect(diffSequences(['a', 'b'], ['a', 'b'])).toEqual([]);
  });

  test('anchors on unique items so an edit stays local in a long sequence', () => {
    const before = Array.from({ length: 1000 }, (_, index) => `row ${index}`);
    const after = [...before];
    after[500] = 'edited';
    after.splice(800, 0, 'inserted');
    expect(diffSequences(before, after)).toEqual([
      { oldStart: 500, oldEnd: 501, newStart: 500, newEnd: 501 },
      { oldStart: 800, oldEnd: 800, newStart: 800, newEnd: 801 },
    ]);
  });

  test('handles everything added or everything removed', () => {
    expect(diffSequences([], ['a'])).toEqual([{ oldStart: 0, oldEnd: 0, newStart: 0, newEnd: 1 }]);
    expect(diffSequences(['a'], [])).toEqual([{ oldStart: 0, oldEnd: 1, newStart: 0, newEnd: 0 }]);
  });
});
