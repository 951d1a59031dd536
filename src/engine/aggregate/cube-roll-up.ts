/**
 * A cube grouped by fewer columns, made from one grouped by more: each cell
 * of the coarser cube combines the cells of the finer one that share its
 * day and its columns' codes, the way periods combine days (see
 * period-combine.ts). Costs one pass over the finer cube's cells, not over
 * the rows, and makes every later combination over the coarser groups cheap.
 */
import type { TextColumn } from '../csv/table.ts';
import { emptyCube } from './day-cube.ts';
import type { DayCube } from './day-cube.ts';

export function rollUp(fine: DayCube, columns: readonly TextColumn[]): DayCube {
  const { days, kind, words } = fine;
  const positions = columns.map((column) =>
    fine.columns.findIndex((known) => known.codes === column.codes),
  );
  const fineSizes = fine.columns.map((column) => column.dictionary.length);
  const sizes = columns.map((column) => column.dictionary.length);
  const groups = sizes.reduce((product, size) => product * size, 1);
  const coarse = emptyCube(kind, days, [...columns], groups, words);

  const codes = new Array<number>(fineSizes.length);
  for (let group = 0; group < fine.groups; group++) {
    let rest = group;
    for (let index = fineSizes.length - 1; index >= 0; index--) {
      codes[index] = rest % fineSizes[index]!;
      rest = Math.floor(rest / fineSizes[index]!);
    }
    let target = 0;
    positions.forEach((position, index) => (target = target * sizes[index]! + codes[position]!));
    mergeDays(fine, group * days, coarse, target * days);
  }
  return coarse;
}

/** Adds a fine group's cells into a coarse group's, day by day; one loop per kind. */
function mergeDays(fine: DayCube, from: number, coarse: DayCube, to: number): void {
  const { days } = fine;
  if (fine.kind === 'sum') {
    for (let day = 0; day < days; day++) {
      const source = from + day;
      const rows = fine.rows[source]!;
      if (rows === 0) continue;
      const target = to + day;
      coarse.rows[target]! += rows;
      const value = fine.values[source]!;
      const sum = coarse.values[target]!;
      const total = sum + value;
      coarse.extra[target]! +=
        (Math.abs(sum) >= Math.abs(value) ? sum - total + value : value - total + sum) +
        fine.extra[source]!;
      coarse.values[target] = total;
      coarse.counts[target]! += fine.counts[source]!;
    }
    return;
  }
  if (fine.kind === 'count') {
    for (let day = 0; day < days; day++) {
      coarse.rows[to + day]! += fine.rows[from + day]!;
      coarse.values[to + day]! += fine.values[from + day]!;
    }
    return;
  }
  for (let day = 0; day < days; day++) merge(fine, from + day, coarse, to + day);
}

/** Adds a fine cell into a coarse one of its day: ties go to the earlier row (later for last). */
function merge(fine: DayCube, from: number, coarse: DayCube, to: number): void {
  const rows = fine.rows[from]!;
  if (rows === 0) return;
  coarse.rows[to]! += rows;
  const value = fine.values[from] ?? 0;
  switch (fine.kind) {
    case 'sum': {
      const sum = coarse.values[to]!;
      const total = sum + value;
      coarse.extra[to]! +=
        (Math.abs(sum) >= Math.abs(value) ? sum - total + value : value - total + sum) +
        fine.extra[from]!;
      coarse.values[to] = total;
      coarse.counts[to]! += fine.counts[from]!;
      return;
    }
    case 'count':
      coarse.values[to]! += value;
      return;
    case 'distinct':
      for (let word = 0; word < fine.words; word++)
        coarse.bits[to * fine.words + word]! |= fine.bits[from * fine.words + word]!;
      return;
    default: {
      if (Number.isNaN(value)) return;
      const kept = coarse.values[to]!;
      const row = fine.extra[from]!;
      const keptRow = coarse.extra[to]!;
      let better = Number.isNaN(kept);
      if (!better && (fine.kind === 'min' || fine.kind === 'max')) {
        const gain = (fine.kind === 'max' ? 1 : -1) * (value - kept);
        better = gain > 0 || (gain === 0 && row < keptRow);
      } else if (!better) better = fine.kind === 'first' ? row < keptRow : row > keptRow;
      if (better) {
        coarse.values[to] = value;
        coarse.extra[to] = row;
      }
    }
  }
}
