/**
 * Value-axis ticks, chosen and labelled here rather than by Vega, so that the
 * labels come from the format module in the site locale (`€200K`, `42%`) and
 * the axis reaches data through a dataset like everything else.
 */
import { formatCompact, formatValue } from '../format/format-value.ts';
import type { ValueStyle } from '../format/format-value.ts';

export interface ValueTick {
  y: number;
  label: string;
}

/** Pixels between gridlines we aim for. */
const TICK_SPACING = 48;

/** 1, 2 or 5 times a power of ten: steps people read without effort. */
function niceStep(span: number, count: number): number {
  const rough = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  // The tolerance keeps float noise (0.05 − 0.03 = 0.020000000000000004) from skipping a step.
  const multiple = [1, 2, 5, 10].find((candidate) => candidate * power >= rough * (1 - 1e-9)) ?? 10;
  return multiple * power;
}

/** Decimal places needed to write multiples of `step` exactly. */
function decimalsOf(step: number): number {
  return Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
}

/** The range to cover: all values, padded when flat, and down to zero when zero is near. */
function coveredRange(values: readonly number[]): [number, number] {
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (low >= 0 && low < high - low) low = 0;
  if (low === high) {
    const pad = low === 0 ? 1 : Math.abs(low) * 0.1;
    low -= pad;
    high += pad;
  }
  return [low, high];
}

/**
 * Labels as short as they can be while staying exact: compact (`€1.5K`) when
 * it writes every tick apart, otherwise the full value with the step's decimals.
 */
function tickLabels(ticks: readonly number[], step: number, style: ValueStyle): string[] {
  const largest = Math.max(...ticks.map(Math.abs));
  const scaled = style.unit === 'percent' ? step * 100 : step;
  // Compact notation divides by thousands (K, M, B): count decimals in those units.
  const divisor =
    style.unit === 'percent' || largest < 1000 ? 1 : 1000 ** Math.floor(Math.log10(largest) / 3);
  const compact = ticks.map((y) =>
    formatCompact(y, { ...style, decimals: decimalsOf(scaled / divisor) }),
  );
  if (new Set(compact).size === compact.length) return compact;
  return ticks.map((y) => formatValue(y, { ...style, decimals: decimalsOf(scaled) }));
}

/** Evenly spaced ticks covering `values`, about one per 48 pixels of `plotHeight`. */
export function valueTicks(
  values: readonly number[],
  style: ValueStyle,
  plotHeight: number,
): ValueTick[] {
  const finite = values.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return [];

  const [low, high] = coveredRange(finite);
  const step = niceStep(high - low, Math.max(2, Math.floor(plotHeight / TICK_SPACING)));
  const first = Math.floor(low / step + 1e-9);
  const last = Math.ceil(high / step - 1e-9);
  const digits = decimalsOf(step) + 2;
  const ticks: number[] = [];
  // Multiplying (not adding) and rounding keeps 0.1 × 3 from printing as 0.30000000000000004.
  for (let index = first; index <= last; index++)
    ticks.push(Number((index * step).toFixed(digits)));

  const labels = tickLabels(ticks, step, style);
  return ticks.map((y, index) => ({ y: y === 0 ? 0 : y, label: labels[index]! }));
}
