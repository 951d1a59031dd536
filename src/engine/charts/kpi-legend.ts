/** Which legend entries a KPI chart needs: one per kind of thing it draws. */
import type { KpiChartDatasets } from './chart-datasets.ts';
import { COLORS, DASHES } from './chart-style.ts';
import type { LegendSymbol } from './legend-rows.ts';

type Drawn = Omit<KpiChartDatasets, 'frame' | 'legend' | 'notes' | 'xTicks' | 'yTicks'>;

const line = (name: string, color: string, dash: number[], strokeWidth: number): LegendSymbol => ({
  kind: 'line',
  name,
  color,
  dash,
  strokeWidth,
  shape: 'circle',
  fill: color,
  size: 0,
});

const point = (
  name: string,
  shape: string,
  fill: string,
  color: string,
  size: number,
): LegendSymbol => ({
  kind: 'point',
  name,
  color,
  dash: DASHES.solid,
  strokeWidth: 1.5,
  shape,
  fill,
  size,
});

/** Legend entries in reading order; none when the chart shows one kind of thing, such as just the line. */
export function kpiLegendSymbols(drawn: Drawn): LegendSymbol[] {
  const markers = new Map(drawn.markers.map((marker) => [marker.name, marker]));
  const symbols: LegendSymbol[] = [];
  if (drawn.actuals.some((row) => row.y !== null))
    symbols.push(line('Actual', COLORS.actual, DASHES.solid, 2));
  if (drawn.toDate.some((row) => row.partial))
    symbols.push(point('To date', 'circle', COLORS.background, COLORS.actual, 40));
  for (const name of ['Baseline', 'Milestone', 'Target']) {
    const marker = markers.get(name);
    if (marker)
      symbols.push(point(name, marker.shape, marker.fill, marker.stroke, marker.size * 0.7));
  }
  if (drawn.pace.length > 0) symbols.push(line('Pace', COLORS.pace, DASHES.pace, 1.5));
  if (drawn.forecast.length > 0)
    symbols.push(line('Forecast', COLORS.forecast, DASHES.forecast, 2));
  for (const zone of drawn.zones) symbols.push(line(zone.name, zone.color, DASHES.solid, 9));
  if (drawn.reviews.length > 0) symbols.push(line('Review', COLORS.review, DASHES.solid, 1));
  return symbols.length > 1 ? symbols : [];
}
