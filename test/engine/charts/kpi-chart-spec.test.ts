import { describe, expect, it } from 'vitest';
import { compileSpec } from '../../../src/engine/charts/compile-spec.ts';
import { splitSpec } from '../../../src/engine/charts/embeddable-spec.ts';
import { kpiChartData } from '../../../src/engine/charts/kpi-chart-data.ts';
import { kpiChartSpec } from '../../../src/engine/charts/kpi-chart-spec.ts';
import {
  CHART_KPIS,
  backlog,
  conversion,
  partialLast,
  revenue,
  stockCover,
  withGaps,
} from './chart-kpis.ts';

const options = {
  locale: 'en-US',
  reviewPeriods: [
    { period: '2015-03', title: 'March review' },
    { period: '2015-Q2', title: 'Q2 review' },
    { period: '2009-01', title: 'Before the data' },
  ],
};

describe('kpiChartSpec', () => {
  it.each(Object.entries(CHART_KPIS))('compiles without warnings: %s', (_name, kpi) => {
    const { vega, warnings } = compileSpec(kpiChartSpec(kpi, options));
    expect(warnings).toEqual([]);
    expect(vega.marks?.length).toBeGreaterThan(0);
  });

  it('differs between KPIs only in datasets and description, so all share one view', () => {
    const shapes = Object.values(CHART_KPIS).map(
      (kpi) => splitSpec(kpiChartSpec(kpi, options)).shape,
    );
    for (const shape of shapes) expect(shape).toEqual(shapes[0]);
  });

  it('is the same every time: no ids, no clock', () => {
    expect(JSON.stringify(kpiChartSpec(revenue, options))).toBe(
      JSON.stringify(kpiChartSpec(revenue, options)),
    );
  });

  it('places every period at its last day on a UTC time scale, and never formats a date in Vega', () => {
    const { vega } = compileSpec(kpiChartSpec(revenue, options));
    const compiled = JSON.stringify(vega);
    expect(vega.scales?.find((scale) => scale.name === 'x')?.type).toBe('utc');
    expect(compiled).not.toMatch(/"type":"time"|timeFormat|timeUnit/);

    const data = kpiChartData(revenue, options);
    expect(data.actuals[0]).toEqual({
      period: '2014-01',
      x: '2014-01-31',
      y: 120_000,
      text: '€120,000',
    });
    expect(data.xTicks[0]).toEqual({ t: Date.UTC(2014, 0, 31), label: 'January 2014' });
  });

  it('describes the chart for screen readers', () => {
    expect(kpiChartSpec(revenue, { locale: 'en-US' })['description']).toBe(
      'Line chart of Monthly revenue by month from January 2014 to November 2015; latest €212,345 in November 2015, target €250,000 by December 2015.',
    );
  });
});

describe('KPI chart data', () => {
  it('keeps gaps as nulls, which break the line', () => {
    const ys = kpiChartData(withGaps, options).actuals.map((row) => row.y);
    expect(ys).toEqual([12, 15, null, null, 18, 21, null, 25]);
  });

  it('draws a partial period apart, joined to the period before, labelled "to date"', () => {
    const data = kpiChartData(partialLast, options);
    expect(data.actuals.at(-1)).toMatchObject({ period: '2026-05', y: null });
    expect(data.toDate).toEqual([
      { period: '2026-04', x: '2026-04-30', y: 18, text: '18', partial: false },
      { period: '2026-05', x: '2026-05-31', y: 9, text: '9 to date', partial: true },
    ]);
    expect(data.legend.map((row) => row.name)).toEqual(['Actual', 'To date']);
  });

  it('runs pace from the baseline period’s end through milestones to the deadline', () => {
    const data = kpiChartData(revenue, options);
    expect(data.pace).toEqual([
      { x: '2014-01-31', y: 120_000 },
      { x: '2015-06-30', y: 200_000 },
      { x: '2015-12-31', y: 250_000 },
    ]);
    expect(data.markers.map((marker) => [marker.name, marker.period, marker.x, marker.y])).toEqual([
      ['Baseline', '2014-01', '2014-01-31', 120_000],
      ['Milestone', '2015-06', '2015-06-30', 200_000],
      ['Target', '2015-12', '2015-12-31', 250_000],
      ['Forecast', '2015-12', '2015-12-31', 216_000],
    ]);
  });

  it('draws the forecast on the trend, from the judged period to the deadline', () => {
    // The trend at November is where it lands in December less one period of slope.
    expect(kpiChartData(revenue, options).forecast).toEqual([
      { x: '2015-11-30', y: 216_000 - 4_300 },
      { x: '2015-12-31', y: 216_000 },
    ]);
  });

  it('shades critical and warning zones above the limits when lower is better', () => {
    const data = kpiChartData(backlog, options);
    const top = data.yTicks.at(-1)!.y;
    expect(data.zones.map(({ name, y, y2, text }) => ({ name, y, y2, text }))).toEqual([
      { name: 'Critical', y: 150, y2: top, text: 'above 150' },
      { name: 'Warning', y: 120, y2: 150, text: 'above 120' },
    ]);
  });

  it('shades the healthy band of a band KPI', () => {
    const zones = kpiChartData(stockCover, options).zones;
    expect(zones.map(({ name, y, y2, text }) => ({ name, y, y2, text }))).toEqual([
      { name: 'Healthy range', y: 0.9, y2: 1.1, text: '0.90 to 1.10' },
    ]);
  });

  it('marks reviews at the end of their period, at any grain, inside the chart only', () => {
    expect(kpiChartData(revenue, options).reviews).toEqual([
      { period: '2015-03', x: '2015-03-31', title: 'March review' },
      { period: '2015-Q2', x: '2015-06-30', title: 'Q2 review' },
    ]);
  });

  it('keeps percentages as fractions and labels them as percentages', () => {
    const data = kpiChartData(conversion, options);
    expect(data.actuals.at(-1)).toMatchObject({ y: 0.043, text: '4.3%' });
    expect(data.yTicks.map((tick) => tick.label)).toEqual(['3.0%', '3.5%', '4.0%', '4.5%', '5.0%']);
  });

  it('says so when there is nothing to draw', () => {
    const data = kpiChartData(CHART_KPIS.empty, options);
    expect(data.notes).toEqual([{ text: 'No data yet' }]);
    expect(data.yTicks).toEqual([]);
    expect(data.legend).toEqual([]);
  });
});
