/**
 * How the rows of each data file changed between two trees.
 *
 * Rows are compared by their full content (every field as written). Rows
 * that appear on both sides in the same order are unchanged; the rest form
 * blocks of old rows replaced by new rows between unchanged neighbours (see
 * sequence-diff.ts). Within a block, old and new rows are paired in order:
 * a pair is a "changed" row (same position, different content), and rows
 * left over are "removed" (old side) or "added" (new side). A row moved
 * elsewhere in the file shows as removed and added.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readRawRows } from '../../engine/csv/read-raw-rows.ts';
import type { RawRow, RawTable } from '../../engine/csv/read-raw-rows.ts';
import { diffSequences } from './sequence-diff.ts';

/** Rows listed per file; the counts always cover every row. */
export const LISTED_ROWS = 50;

export interface CellChange {
  column: string;
  before: string;
  after: string;
}

export interface RowChange {
  change: 'added' | 'removed' | 'changed';
  /** Line in the old file (removed and changed rows). */
  oldLine: number | null;
  /** Line in the new file (added and changed rows). */
  newLine: number | null;
  /** The row as it was, for removed rows; as it is, for added rows. */
  fields: string[];
  /** For changed rows: the cells that differ. */
  cells: CellChange[];
}

export interface DataFileDiff {
  file: string;
  change: 'added' | 'removed' | 'modified';
  header: { before: string[] | null; after: string[] | null; changed: boolean };
  added: number;
  changed: number;
  removed: number;
  /** The first LISTED_ROWS row changes, in file order. */
  rows: RowChange[];
  /** Row changes not listed. */
  rowsLeftOut: number;
}

// TODO: stream both versions row by row once data files outgrow memory; today each side is held whole.
async function readIfPresent(path: string): Promise<Buffer | null> {
  return readFile(path).catch(() => null);
}

const EMPTY: RawTable = { header: null, rows: [] };

function rowKey(row: RawRow): string {
  return row.fields.join('\u0000');
}

function cellChanges(before: RawRow, after: RawRow, header: readonly string[]): CellChange[] {
  const cells: CellChange[] = [];
  const width = Math.max(before.fields.length, after.fields.length);
  for (let index = 0; index < width; index++) {
    const old = before.fields[index] ?? '';
    const current = after.fields[index] ?? '';
    if (old !== current)
      cells.push({ column: header[index] ?? `column ${index + 1}`, before: old, after: current });
  }
  return cells;
}

/** The row changes between two parsed versions of a file. */
export function compareTables(before: RawTable, after: RawTable): RowChange[] {
  const header = after.header?.fields ?? before.header?.fields ?? [];
  const hunks = diffSequences(before.rows.map(rowKey), after.rows.map(rowKey));
  const changes: RowChange[] = [];
  for (const hunk of hunks) {
    const oldRows = before.rows.slice(hunk.oldStart, hunk.oldEnd);
    const newRows = after.rows.slice(hunk.newStart, hunk.newEnd);
    const paired = Math.min(oldRows.length, newRows.length);
    for (let index = 0; index < paired; index++) {
      const old = oldRows[index]!;
      const current = newRows[index]!;
      changes.push({
        change: 'changed',
        oldLine: old.line,
        newLine: current.line,
        fields: current.fields,
        cells: cellChanges(old, current, header),
      });
    }
    for (const old of oldRows.slice(paired))
      changes.push({
        change: 'removed',
        oldLine: old.line,
        newLine: null,
        fields: old.fields,
        cells: [],
      });
    for (const current of newRows.slice(paired))
      changes.push({
        change: 'added',
        oldLine: null,
        newLine: current.line,
        fields: current.fields,
        cells: [],
      });
  }
  return changes;
}

/** One file's diff, or null when its bytes are the same on both sides. */
export async function compareDataFile(
  file: string,
  oldRoot: string,
  newRoot: string,
  delimiter?: string,
): Promise<DataFileDiff | null> {
  const oldPath = join(oldRoot, file);
  const newPath = join(newRoot, file);
  const [oldBytes, newBytes] = await Promise.all([readIfPresent(oldPath), readIfPresent(newPath)]);
  if (oldBytes === null && newBytes === null) return null;
  if (oldBytes !== null && newBytes !== null && oldBytes.equals(newBytes)) return null;

  const [before, after] = await Promise.all([
    oldBytes === null ? EMPTY : readRawRows(oldPath, delimiter),
    newBytes === null ? EMPTY : readRawRows(newPath, delimiter),
  ]);
  const rows = compareTables(before, after);
  const headerBefore = before.header?.fields ?? null;
  const headerAfter = after.header?.fields ?? null;
  return {
    file,
    change: oldBytes === null ? 'added' : newBytes === null ? 'removed' : 'modified',
    header: {
      before: headerBefore,
      after: headerAfter,
      changed: (headerBefore ?? []).join('\u0000') !== (headerAfter ?? []).join('\u0000'),
    },
    added: rows.filter((row) => row.change === 'added').length,
    changed: rows.filter((row) => row.change === 'changed').length,
    removed: rows.filter((row) => row.change === 'removed').length,
    rows: rows.slice(0, LISTED_ROWS),
    rowsLeftOut: Math.max(0, rows.length - LISTED_ROWS),
  };
}
