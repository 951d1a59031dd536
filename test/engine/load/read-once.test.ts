/**
 * Each data file is read and parsed once per build, however many KPIs,
 * ratio sides, breakdowns and reviews use it: counted through the reader
 * the report is loaded with.
 */
import { describe, expect, test } from 'vitest';
import { loadReport } from '../../../src/engine/report/load-report.ts';
import { countingReader } from './support/counting-reader.ts';
import { kpi, tempRepo } from './support/temp-repo.ts';

const SALES = [
  'date,region,amount,cost',
  '2026-09-03,EU,100,40',
  '2026-09-20,US,50,30',
  '2026-10-02,EU,80,20',
  '2026-10-15,US,70,35',
  '2026-11-04,EU,90,45',
].join('\n');

const FILES = {
  'data/sales.csv': SALES,
  'data/visits.csv': 'day,visits\n2026-10-01,10\n2026-11-01,12\n',
  'kpis/revenue.md': kpi(
    'title: Revenue',
    'owner: Sales',
    'category: sales',
    'source: { file: data/sales.csv, date: date, value: amount }',
    'breakdown: [region]',
  ),
  'kpis/orders.md': kpi(
    'title: Orders in Europe',
    'owner: Sales',
    'category: sales',
    'grain: week',
    'source: { file: data/sales.csv, date: date, where: { region: EU } }',
  ),
  'kpis/margin.md': kpi(
    'title: Cost share',
    'owner: Finance',
    'category: financial',
    'unit: percent',
    'numerator: { file: data/sales.csv, date: date, value: cost }',
    'denominator: { file: data/sales.csv, date: date, value: amount }',
  ),
  'kpis/visits.md': kpi(
    'title: Visits',
    'owner: Growth',
    'category: marketing',
    'source: { file: data/visits.csv, date: day, value: visits }',
  ),
  'kpis/reviews/2026-10-october.mdx':
    '---\ntitle: October\nperiod: 2026-10\nauthor: Ana\nkpis: [revenue, orders, margin]\n---\n\nBody.\n',
};

describe('reading data files', () => {
  test('reads a file once for several KPIs, both sides of a ratio, breakdowns and a review', async () => {
    const root = await tempRepo(FILES);
    const { read, reads } = countingReader();
    const loaded = await loadReport(root, { env: {}, readCsv: read, cache: false });

    expect(loaded.problems).toEqual([]);
    expect(Object.fromEntries(reads)).toEqual({ 'data/sales.csv': 1, 'data/visits.csv': 1 });
    const report = loaded.report!;
    expect(report.kpis.map((entry) => entry.id).sort()).toEqual([
      'margin',
      'orders',
      'revenue',
      'visits',
    ]);
    expect(Object.keys(report.reviews[0]!.snapshots).sort()).toEqual([
      'margin',
      'orders',
      'revenue',
    ]);
  });
});
