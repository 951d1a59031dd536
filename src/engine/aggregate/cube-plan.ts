/**
 * Which cube a source's periods come from, and which of its groups to add
 * up. A cube is grouped by the text columns its table's KPIs filter and
 * break down by (as many as fit in MAX_CELLS, fewest values first), so that
 * one reading of the rows serves every filter value and breakdown of the
 * file: a filter adds only the groups it allows, a breakdown adds the groups
 * of each of its values. A source needing a column the table's grouping
 * lacks gets a cube grouped by its own columns, or by its breakdown over the
 * rows its filters pass.
 */
import type { Column, TextColumn } from '../csv/table.ts';
import type { BoundSource, RowFilter } from './bound-source.ts';
import { cubeSize, dayCube, idOf, MAX_CELLS } from './day-cube.ts';
import type { CubeKind, DayCube } from './day-cube.ts';
import { canonicalCodes } from './text-codes.ts';

export interface CubePlan {
  cube: DayCube;
  /** The groups that make up the source's rows. */
  overall: number[];
  /** With a breakdown: its values (trimmed texts), each with the groups that make it up. */
  byValue: Map<string, number[]>;
}

/** Columns with more distinct values than this are not worth grouping a whole table by. */
const MAX_GROUP_VALUES = 1000;
/** A table is grouped by all its columns only if it has this many rows per cell of the cube. */
const ROWS_PER_CELL = 8;

function sameColumn(a: TextColumn, b: TextColumn): boolean {
  return a.codes === b.codes;
}

function byId(columns: TextColumn[]): TextColumn[] {
  return columns.sort((a, b) => idOf(a.codes) - idOf(b.codes));
}

/**
 * The table's text columns of few values, fewest first, as many as a cube
 * can hold, and only while its cells stay well below the rows: for a small
 * table, reading the rows again costs less than rolling up a large cube.
 */
function tableGrouping(bound: BoundSource, kind: CubeKind): TextColumn[] {
  const candidates = [...bound.table.columns.values()]
    .filter((column: Column): column is TextColumn => column.kind === 'text')
    .filter((column) => column.dictionary.length <= MAX_GROUP_VALUES)
    .sort((a, b) => a.dictionary.length - b.dictionary.length);
  const chosen: TextColumn[] = [];
  const limit = Math.min(MAX_CELLS, bound.date.days.length / ROWS_PER_CELL);
  for (const column of candidates)
    if (cubeSize(bound, kind, [...chosen, column]) <= limit) chosen.push(column);
  return byId(chosen);
}

/** The plan, or null when no cube would be small enough (the rows are read instead). */
export function planCube(
  bound: BoundSource,
  kind: CubeKind,
  groupBy?: TextColumn,
): CubePlan | null {
  const needed: TextColumn[] = [];
  for (const column of [
    ...bound.filters.map((filter) => filter.column),
    ...(groupBy ? [groupBy] : []),
  ])
    if (!needed.some((known) => sameColumn(known, column))) needed.push(column);

  const grouping = tableGrouping(bound, kind);
  if (needed.every((column) => grouping.some((known) => sameColumn(known, column)))) {
    // Read the rows once, grouped by all the table's columns; roll up to the columns needed.
    const full = dayCube(bound, kind, grouping, []);
    const cube =
      needed.length === grouping.length ? full : dayCube(bound, kind, byId(needed), [], full);
    return groupsOf(cube, bound.filters, groupBy);
  }
  if (cubeSize(bound, kind, needed) <= MAX_CELLS)
    return groupsOf(dayCube(bound, kind, byId(needed), []), bound.filters, groupBy);
  const own = groupBy ? [groupBy] : [];
  if (cubeSize(bound, kind, own) > MAX_CELLS) return null;
  return groupsOf(dayCube(bound, kind, own, bound.filters), [], groupBy);
}

/** Every group of the cube whose codes are canonical and pass `filters` on the cube's columns. */
function groupsOf(cube: DayCube, filters: readonly RowFilter[], groupBy?: TextColumn): CubePlan {
  const { columns } = cube;
  const canonical = columns.map(canonicalCodes);
  const checks = columns.map((column) =>
    filters.filter((filter) => sameColumn(filter.column, column)).map((filter) => filter.allowed),
  );
  const byColumn = groupBy ? columns.findIndex((column) => sameColumn(column, groupBy)) : -1;
  const sizes = columns.map((column) => column.dictionary.length);
  const codes = new Array<number>(columns.length);

  const overall: number[] = [];
  const byValue = new Map<string, number[]>();
  for (let group = 0; group < cube.groups; group++) {
    // A group is its columns' codes in mixed radix, the last column's the fastest.
    let rest = group;
    for (let index = columns.length - 1; index >= 0; index--) {
      codes[index] = rest % sizes[index]!;
      rest = Math.floor(rest / sizes[index]!);
    }
    const keep = codes.every(
      (code, index) =>
        canonical[index]![code] === code && checks[index]!.every((allowed) => allowed[code] === 1),
    );
    if (!keep) continue;
    overall.push(group);
    if (byColumn >= 0) {
      const value = groupBy!.dictionary[codes[byColumn]!]!.trim();
      let groups = byValue.get(value);
      if (!groups) byValue.set(value, (groups = []));
      groups.push(group);
    }
  }
  return { cube, overall, byValue };
}
