/** Where the bench keeps its generated data, repositories and builds. */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './astro-build.ts';
import { AS_OF, writeSalesCsv } from './generate-data.ts';

export const BENCH_DIR = join(PROJECT_ROOT, 'node_modules', '.cache', 'pacer-bench');

/** The sales file of `rows` rows, written once and reused. */
export function salesFile(rows: number): { path: string; bytes: number } {
  mkdirSync(BENCH_DIR, { recursive: true });
  const path = join(BENCH_DIR, `sales-${rows}.csv`);
  return { path, ...writeSalesCsv(path, rows) };
}

/** A repository with one KPI: the sum of amounts per month, broken down by region. */
export function oneKpiRepo(dataFile: string): string {
  const root = join(BENCH_DIR, 'one-kpi');
  mkdirSync(join(root, 'kpis'), { recursive: true });
  mkdirSync(join(root, 'data'), { recursive: true });
  writeFileSync(
    join(root, 'kpis', 'site.yaml'),
    `title: One KPI\nlocale: en-US\ntimeZone: UTC\nasOf: ${AS_OF}\n`,
  );
  writeFileSync(
    join(root, 'kpis', 'revenue.md'),
    [
      '---',
      'title: Revenue',
      'owner: Sales',
      'category: sales',
      'grain: month',
      'source: { file: data/sales.csv, date: date, value: amount, aggregate: sum }',
      'breakdown: [region]',
      '---',
      '',
    ].join('\n'),
  );
  const link = join(root, 'data', 'sales.csv');
  rmSync(link, { force: true });
  symlinkSync(dataFile, link);
  return root;
}
