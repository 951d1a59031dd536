/**
 * The legend, laid out here in pixels above the plot and drawn from a dataset,
 * so it lists only what this chart shows while the spec stays the same for
 * every KPI (a Vega legend would list a fixed set or change the spec).
 */
import type { LegendRow } from './chart-datasets.ts';
import { CHAR_WIDTH } from './chart-style.ts';

export type LegendSymbol = Pick<
  LegendRow,
  'kind' | 'name' | 'color' | 'dash' | 'strokeWidth' | 'shape' | 'fill' | 'size'
>;

const SYMBOL_WIDTH = 18;
const TEXT_GAP = 5;
const ENTRY_GAP = 14;
export const LEGEND_LINE_HEIGHT = 16;

/** Entries left to right, wrapping onto new lines at `width`; the last line sits just above the plot. */
export function legendRows(symbols: readonly LegendSymbol[], width: number): LegendRow[] {
  const placed: { symbol: LegendSymbol; left: number; line: number }[] = [];
  let left = 0;
  let line = 0;
  for (const symbol of symbols) {
    const entryWidth = SYMBOL_WIDTH + TEXT_GAP + symbol.name.length * CHAR_WIDTH;
    if (left > 0 && left + entryWidth > width) {
      left = 0;
      line += 1;
    }
    placed.push({ symbol, left, line });
    left += entryWidth + ENTRY_GAP;
  }

  const lines = line + 1;
  return placed.map(({ symbol, left: x, line: index }) => ({
    ...symbol,
    px: x,
    pc: x + SYMBOL_WIDTH / 2,
    px2: x + SYMBOL_WIDTH,
    tx: x + SYMBOL_WIDTH + TEXT_GAP,
    py: (index - lines) * LEGEND_LINE_HEIGHT - 4,
  }));
}

/** Lines the legend takes, for sizing the plot. */
export function legendLines(rows: readonly LegendRow[]): number {
  return rows.length === 0 ? 0 : new Set(rows.map((row) => row.py)).size;
}
