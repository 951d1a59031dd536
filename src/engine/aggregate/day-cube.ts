/**
 * A source's rows added up per distinct day and group: the partial
 * aggregates from which periods of any grain and any "as of" date are
 * combined exactly, by adding whole days (see period-combine.ts). A cube is
 * grouped by up to two text columns (a filter's and a breakdown's), so KPIs
 * that differ only in the filtered value or the breakdown share it; its rows
 * are read once, however many KPIs, grains, reviews and breakdowns use it.
 * Cubes are kept beside the date column they index (see day-index.ts).
 *
 * Only aggregates that combine exactly from parts have cubes: sums and
 * counts add up, a mean is a sum over a count (never a mean of means), min
 * and max keep the extreme, first and last keep the day and row, and a
 * distinct count keeps the set of values seen (as bits, for columns of few
 * distinct values). Medians need their rows (see period-rows.ts).
 */
import type { TextColumn } from '../csv/table.ts';
import type { Aggregate } from '../schema/source.ts';
import { passesFilters } from './bound-source.ts';
import type { BoundSource, RowFilter } from './bound-source.ts';
import { rollUp } from './cube-roll-up.ts';
import { dayIndexOf } from './day-index.ts';
import type { PeriodValues } from './series.ts';
import { blankCodes, canonicalCodes } from './text-codes.ts';

export type CubeKind = 'sum' | 'count' | 'min' | 'max' | 'first' | 'last' | 'distinct';

export interface DayCube {
  kind: CubeKind;
  /** Distinct days of the date column; a cell is `group * days + day`. */
  days: number;
  /** The columns the cube is grouped by. */
  columns: TextColumn[];
  /** Groups: a group is its columns' codes in mixed radix, the last column's the fastest. */
  groups: number;
  /** Rows per cell that pass the filters, with a value or not. */
  rows: Uint32Array;
  /** Per cell: the sum, the count, or the kept value (min, max, first, last; NaN for none). */
  values: Float64Array;
  /** sum: the values added. */
  counts: Uint32Array;
  /** sum: the rounding compensation; min, max, first, last: the row the kept value came from. */
  extra: Float64Array | Uint32Array;
  /** distinct: `words` 32-bit words of bits per cell, a bit per canonical code seen. */
  bits: Uint32Array;
  words: number;
  /** Periods already combined from the cube (see period-combine.ts). */
  combined: Map<string, PeriodValues>;
}

/** Above this many cells (or bit words) a cube costs more than it saves: rows are read instead. */
export const MAX_CELLS = 1 << 21;
/** A distinct count keeps bits for columns of at most this many distinct values. */
export const MAX_DISTINCT = 1024;
/** Rows are placed in cells a block at a time, then added by a loop of their kind. */
const BLOCK = 4096;

const cubes = new WeakMap<object, Map<string, DayCube>>();
const ids = new WeakMap<object, number>();
let nextId = 0;

/** Frees the cubes of a date column now, rather than when the garbage collector gets to them. */
export function dropCubes(column: object): void {
  for (const cube of cubes.get(column)?.values() ?? []) {
    for (const array of [cube.rows, cube.values, cube.counts, cube.extra, cube.bits])
      release(array);
    cube.combined.clear();
  }
  cubes.delete(column);
}

/** Frees a typed array's memory at once; the array (and any view of its buffer) is left empty. */
export function release(array: ArrayBufferView): void {
  const { buffer } = array;
  if (buffer instanceof ArrayBuffer && !buffer.detached) buffer.transfer(0);
}

/** A number per object, to key cubes by the columns they read. */
export function idOf(object: object): number {
  let id = ids.get(object);
  if (id === undefined) ids.set(object, (id = nextId++));
  return id;
}

export function cubeKind(bound: BoundSource): CubeKind | null {
  switch (bound.aggregate) {
    case 'sum':
    case 'mean':
      return 'sum';
    case 'median':
      return null;
    case 'count_distinct':
      return bound.value?.kind === 'text' && bound.value.dictionary.length <= MAX_DISTINCT
        ? 'distinct'
        : null;
    default:
      return bound.aggregate satisfies Exclude<
        Aggregate,
        'sum' | 'mean' | 'median' | 'count_distinct'
      >;
  }
}

/** Cells (bit words for a distinct count) a cube grouped by `columns` would have. */
export function cubeSize(
  bound: BoundSource,
  kind: CubeKind,
  columns: readonly TextColumn[],
): number {
  const groups = columns.reduce((product, column) => product * column.dictionary.length, 1);
  const words = kind === 'distinct' ? wordsFor(bound) : 1;
  return dayIndexOf(bound.date).days.length * groups * words;
}

function wordsFor(bound: BoundSource): number {
  return bound.value?.kind === 'text'
    ? Math.max(1, Math.ceil(bound.value.dictionary.length / 32))
    : 1;
}

/** A filter as text: its column and the codes it allows. */
export function filterKey(filter: RowFilter): string {
  const allowed: number[] = [];
  filter.allowed.forEach((flag, code) => {
    if (flag === 1) allowed.push(code);
  });
  return `${idOf(filter.codes)}:${allowed.join(',')}`;
}

/**
 * The cube of `bound`'s values per day and group of `columns`, over rows
 * that pass `filters`: rolled up from `finer` (a cube of the same rows
 * grouped by more columns) when given, otherwise read from the rows.
 */
export function dayCube(
  bound: BoundSource,
  kind: CubeKind,
  columns: readonly TextColumn[],
  filters: readonly RowFilter[],
  finer?: DayCube,
): DayCube {
  const value = bound.value === null ? 'rows' : idOf(bound.value);
  const grouping = columns.map((column) => idOf(column.codes)).join('×');
  const key = `${kind}|${value}|${grouping}|${filters.map(filterKey).join('&')}`;
  let byKey = cubes.get(bound.date);
  if (!byKey) cubes.set(bound.date, (byKey = new Map<string, DayCube>()));
  let cube = byKey.get(key);
  if (!cube) {
    cube = finer ? rollUp(finer, columns) : build(bound, kind, [...columns], filters);
    byKey.set(key, cube);
  }
  return cube;
}

/** A cube with no rows yet: each kind keeps only the arrays it needs, as narrow as they can be. */
export function emptyCube(
  kind: CubeKind,
  days: number,
  columns: TextColumn[],
  groups: number,
  words: number,
): DayCube {
  const cells = days * groups;
  const positional = kind === 'min' || kind === 'max' || kind === 'first' || kind === 'last';
  return {
    kind,
    days,
    columns,
    groups,
    rows: new Uint32Array(cells),
    values: new Float64Array(kind === 'distinct' ? 0 : cells).fill(positional ? Number.NaN : 0),
    counts: new Uint32Array(kind === 'sum' ? cells : 0),
    extra: kind === 'sum' ? new Float64Array(cells) : new Uint32Array(positional ? cells : 0),
    bits: new Uint32Array(cells * words),
    words,
    combined: new Map(),
  };
}

function build(
  bound: BoundSource,
  kind: CubeKind,
  columns: TextColumn[],
  filters: readonly RowFilter[],
): DayCube {
  const days = dayIndexOf(bound.date).days.length;
  const groups = columns.reduce((product, column) => product * column.dictionary.length, 1);
  const cube = emptyCube(kind, days, columns, groups, kind === 'distinct' ? wordsFor(bound) : 0);
  const add = adder(cube, bound);
  const place = placer(bound, columns, filters, days);
  const cellsOf = new Int32Array(BLOCK);
  const rowCount = bound.date.days.length;
  for (let start = 0; start < rowCount; start += BLOCK) {
    const end = Math.min(rowCount, start + BLOCK);
    place(start, end, cellsOf);
    for (let row = start; row < end; row++) {
      const cell = cellsOf[row - start]!;
      if (cell >= 0) cube.rows[cell]!++;
    }
    add(start, end, cellsOf);
  }
  return cube;
}

/** Fills `cells` with the cell of each row from `start` to `end`, or -1 for a row filtered out. */
function placer(
  bound: BoundSource,
  columns: readonly TextColumn[],
  filters: readonly RowFilter[],
  days: number,
): (start: number, end: number, cells: Int32Array) => void {
  const { rowDays, first } = dayIndexOf(bound.date);
  const dates = bound.date.days;
  const filtered = filters.length > 0;
  // Each row's day place first (its day minus the first, or looked up), then its group.
  const place = (start: number, end: number, cells: Int32Array): void => {
    if (rowDays === null)
      for (let row = start; row < end; row++) cells[row - start] = dates[row]! - first;
    else for (let row = start; row < end; row++) cells[row - start] = rowDays[row]!;
  };
  if (columns.length === 0) {
    return (start, end, cells) => {
      place(start, end, cells);
      if (filtered)
        for (let row = start; row < end; row++)
          if (!passesFilters(filters, row)) cells[row - start] = -1;
    };
  }
  // Group columns one at a time over the block: each loop stays simple and fast.
  const groupings = columns.map((column) => ({
    codes: column.codes,
    canonical: canonicalCodes(column),
    size: column.dictionary.length,
  }));
  const groups = new Float64Array(BLOCK);
  return (start, end, cells) => {
    groups.fill(0);
    for (const { codes, canonical, size } of groupings)
      for (let row = start; row < end; row++)
        groups[row - start] = groups[row - start]! * size + canonical[codes[row]!]!;
    place(start, end, cells);
    for (let row = start; row < end; row++) {
      cells[row - start] =
        filtered && !passesFilters(filters, row)
          ? -1
          : groups[row - start]! * days + cells[row - start]!;
    }
  };
}

type Adder = (start: number, end: number, cells: Int32Array) => void;

/** Adds a block of placed rows to their cells as each kind keeps its part; one loop per kind. */
function adder(cube: DayCube, bound: BoundSource): Adder {
  const { values, counts, extra } = cube;
  const numbers = bound.value?.kind === 'number' ? bound.value.values : null;
  const text = bound.value?.kind === 'text' ? bound.value : null;
  switch (cube.kind) {
    case 'sum':
      if (!numbers) return () => {};
      // Neumaier's compensated sum, as the row-by-row Sum does.
      return (start, end, cells) => {
        for (let row = start; row < end; row++) {
          const cell = cells[row - start]!;
          const value = numbers[row]!;
          if (cell < 0 || Number.isNaN(value)) continue;
          const sum = values[cell]!;
          const total = sum + value;
          extra[cell]! +=
            Math.abs(sum) >= Math.abs(value) ? sum - total + value : value - total + sum;
          values[cell] = total;
          counts[cell]!++;
        }
      };
    case 'count': {
      // Without a value column every row counts; with one, rows with a value.
      const blank = text ? blankCodes(text) : null;
      return (start, end, cells) => {
        for (let row = start; row < end; row++) {
          const cell = cells[row - start]!;
          if (cell < 0) continue;
          if (blank) {
            if (blank[text!.codes[row]!] !== 1) values[cell]!++;
          } else if (numbers) {
            if (!Number.isNaN(numbers[row]!)) values[cell]!++;
          } else values[cell]!++;
        }
      };
    }
    case 'min':
    case 'max': {
      if (!numbers) return () => {};
      const sign = cube.kind === 'max' ? 1 : -1;
      // Strictly better only: on a tie the earlier row stays, as in Extreme.
      return (start, end, cells) => {
        for (let row = start; row < end; row++) {
          const cell = cells[row - start]!;
          const value = numbers[row]!;
          if (cell < 0 || Number.isNaN(value)) continue;
          const best = values[cell]!;
          if (Number.isNaN(best) || sign * (value - best) > 0) {
            values[cell] = value;
            extra[cell] = row;
          }
        }
      };
    }
    case 'first':
    case 'last': {
      if (!numbers) return () => {};
      const last = cube.kind === 'last';
      return (start, end, cells) => {
        for (let row = start; row < end; row++) {
          const cell = cells[row - start]!;
          const value = numbers[row]!;
          if (cell < 0 || Number.isNaN(value) || (!last && !Number.isNaN(values[cell]!))) continue;
          values[cell] = value;
          extra[cell] = row;
        }
      };
    }
    case 'distinct': {
      const { bits, words } = cube;
      const canonical = canonicalCodes(text!);
      const blank = blankCodes(text!);
      const codes = text!.codes;
      return (start, end, cells) => {
        for (let row = start; row < end; row++) {
          const cell = cells[row - start]!;
          const code = codes[row]!;
          if (cell < 0 || blank[code] === 1) continue;
          const value = canonical[code]!;
          bits[cell * words + (value >>> 5)]! |= 1 << (value & 31);
        }
      };
    }
  }
}
