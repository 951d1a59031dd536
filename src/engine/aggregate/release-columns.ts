/**
 * Frees a report's data as soon as the report is computed. A large file's
 * columns, and the indexes and cubes kept beside them, take hundreds of
 * megabytes; left to the garbage collector they would still be held while
 * the site build goes on to bundle and render, on top of what that needs.
 * Their buffers are emptied at once instead: the tables must not be used
 * afterwards.
 */
import type { Column, Table } from '../csv/table.ts';
import { dropCubes, release } from './day-cube.ts';
import { dropDayIndex } from './day-index.ts';
import { dropRowResults } from './period-rows.ts';

function releaseColumn(column: Column): void {
  switch (column.kind) {
    case 'date': {
      dropCubes(column);
      dropRowResults(column);
      const index = dropDayIndex(column);
      if (index) {
        release(index.days);
        if (index.rowDays) release(index.rowDays);
        if (index.grains) release(index.grains);
      }
      release(column.days);
      release(column.grains);
      return;
    }
    case 'number':
      release(column.values);
      return;
    case 'text':
      release(column.codes);
  }
}

export function releaseTables(tables: Iterable<Table>): void {
  for (const table of tables) {
    for (const column of table.columns.values()) releaseColumn(column);
    release(table.lines);
  }
}
