/** Compares an engine series with DuckDB's values per period, listing every difference. */
import type { ReportPoint } from '../../../src/engine/report/types.ts';

const RELATIVE_TOLERANCE = 1e-9;

function close(actual: number, expected: number): boolean {
  const scale = Math.max(Math.abs(actual), Math.abs(expected));
  return Math.abs(actual - expected) <= RELATIVE_TOLERANCE * scale;
}

const withValues = (entries: Iterable<[string, number | null]>) =>
  [...entries].filter(([, value]) => value !== null).map(([period]) => period);

/**
 * The ways `series` differs from `expected`: another first or last period,
 * another set of periods with a value (a gap on one side only), or a value
 * more than 1e-9 apart relatively. Empty when they agree.
 */
export function seriesDifferences(
  series: readonly ReportPoint[],
  expected: ReadonlyMap<string, number | null>,
): string[] {
  const differences: string[] = [];
  const periods = [...expected.keys()];
  const range = (first?: string, last?: string) => `${first ?? '—'} … ${last ?? '—'}`;
  const engineRange = range(series[0]?.period, series.at(-1)?.period);
  const duckdbRange = range(periods[0], periods.at(-1));
  if (engineRange !== duckdbRange)
    differences.push(`periods: engine ${engineRange}, DuckDB ${duckdbRange}`);

  const engine = new Map(series.map((point) => [point.period, point.value]));
  const engineValued = new Set(withValues(engine));
  const duckdbValued = new Set(withValues(expected));
  for (const period of engineValued.difference(duckdbValued))
    differences.push(`${period}: engine ${engine.get(period)}, DuckDB no value`);
  for (const period of duckdbValued.difference(engineValued))
    differences.push(`${period}: engine no value, DuckDB ${expected.get(period)}`);

  for (const period of engineValued.intersection(duckdbValued)) {
    const actual = engine.get(period)!;
    const wanted = expected.get(period)!;
    if (typeof wanted !== 'number' || !close(actual, wanted))
      differences.push(`${period}: engine ${actual}, DuckDB ${wanted}`);
  }
  return differences;
}
