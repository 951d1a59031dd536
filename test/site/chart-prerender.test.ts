/**
 * Charts drawn ahead on worker threads are the very drawings a page would
 * make itself; a page asking with other options, or asking twice, draws its
 * own; drawing ahead stops at its budget but never keeps a page waiting.
 */
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { loadReport } from '../../src/engine/report/load-report.ts';
import type { Report } from '../../src/engine/report/types.ts';
import { ChartPrerender, chartWorkersAvailable } from '../../src/site/chart-prerender.ts';
import { drawKpiPageCharts } from '../../src/site/charts.ts';
import { kpiPageChartsRequest } from '../../src/site/page-charts.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/site-full', import.meta.url));

let report: Report;
let prerender: ChartPrerender | null = null;

beforeAll(async () => {
  const loaded = await loadReport(FIXTURE, { env: {}, cache: false });
  if (!loaded.report) throw new Error('the site-full fixture gave no report');
  report = loaded.report;
});

afterEach(async () => {
  await prerender?.close();
  prerender = null;
});

describe('KPI charts drawn ahead', () => {
  test('the worker script sits beside its module, so the build can start threads', () => {
    expect(chartWorkersAvailable()).toBe(true);
  });

  test('equal, drawing for drawing, what each page draws in its own thread', async () => {
    const requests = report.kpis.map((kpi) => kpiPageChartsRequest(report, kpi));
    prerender = new ChartPrerender(requests, { threads: 2 });
    const withBreakdowns = requests.filter((request) => request.kpi.breakdowns.length > 0);
    expect(withBreakdowns.length).toBeGreaterThan(0);
    // Drawings arrive from the threads before any page asks (a failed thread would send none).
    await expect.poll(() => prerender!.waiting, { timeout: 20_000 }).toBeGreaterThan(0);

    for (const request of requests) {
      const ahead = await prerender.take(request);
      const own = await drawKpiPageCharts(request);
      expect(ahead).toEqual(own);
      expect(ahead?.breakdowns).toHaveLength(request.kpi.breakdowns.length);
      expect(ahead?.chart.wide.svg.startsWith('<svg')).toBe(true);
    }
    expect(prerender.waiting).toBe(0);
  });

  test('are given once, and only to a page that asks with the same options', async () => {
    const [first, second] = report.kpis.map((kpi) => kpiPageChartsRequest(report, kpi));
    prerender = new ChartPrerender([first!, second!], { threads: 1 });

    expect(await prerender.take(first!)).not.toBeNull();
    expect(prerender.take(first!)).toBeNull();
    const otherLocale = { ...second!, locale: second!.locale === 'de-DE' ? 'en-US' : 'de-DE' };
    expect(prerender.take(otherLocale)).toBeNull();
  });

  test('with no budget, draw nothing unasked, yet still draw the page that asks', async () => {
    const requests = report.kpis.map((kpi) => kpiPageChartsRequest(report, kpi));
    prerender = new ChartPrerender(requests, { threads: 1, budget: 0 });
    // Give a thread time it would use to draw, had the budget allowed it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(prerender.waiting).toBe(0);

    const last = requests.at(-1)!;
    const charts = await prerender.take(last);
    expect(charts).toEqual(await drawKpiPageCharts(last));
    expect(prerender.waiting).toBe(0);
  });

  test('leave a page to draw its own charts once the threads are closed', async () => {
    const requests = report.kpis.map((kpi) => kpiPageChartsRequest(report, kpi));
    prerender = new ChartPrerender(requests, { threads: 1, budget: 0 });
    await prerender.close();
    const first = requests[0]!;
    // A closed thread is no thread: the page is told to draw, or handed what it draws itself.
    const taken = prerender.take(first);
    const charts = taken === null ? await drawKpiPageCharts(first) : await taken;
    expect(charts).toEqual(await drawKpiPageCharts(first));
  });

  test('leave every page to draw its own charts when the threads run out of memory', async () => {
    const requests = report.kpis.map((kpi) => kpiPageChartsRequest(report, kpi));
    // 4 MB is too little to load Vega: the thread stops before it draws anything.
    prerender = new ChartPrerender(requests, { threads: 1, heapLimitMb: 4 });
    // The thread is handed the first two pages at once; the third waits in the queue, asked
    // for by its page, when the thread stops: its page must not wait for ever.
    expect(requests.length).toBeGreaterThanOrEqual(3);
    const queued = requests[2]!;
    const waiting = prerender.take(queued);
    expect(waiting).not.toBeNull();
    expect(await waiting).toEqual(await drawKpiPageCharts(queued));
    for (const request of requests.filter((request) => request !== queued)) {
      const taken = prerender.take(request);
      const charts = taken === null ? await drawKpiPageCharts(request) : await taken;
      expect(charts).toEqual(await drawKpiPageCharts(request));
    }
  });
});
