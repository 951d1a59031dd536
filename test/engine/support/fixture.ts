/** Loads a fixture repository from test/fixtures as of a pinned date. */
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { loadReport } from '../../../src/engine/report/load-report.ts';
import type { KpiReport, Report } from '../../../src/engine/report/types.ts';

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/${name}/`, import.meta.url));
}

/** The report of a fixture; fails the test on any problem in its files. */
export async function fixtureReport(name: string, asOf: string): Promise<Report> {
  const loaded = await loadReport(fixturePath(name), {
    env: { PACER_AS_OF: asOf },
    now: new Date('2030-01-01T00:00:00Z'),
  });
  expect(loaded.problems).toEqual([]);
  return loaded.report!;
}

export function kpiOf(report: Report, id: string): KpiReport {
  const kpi = report.kpis.find((candidate) => candidate.id === id);
  if (!kpi) throw new Error(`no KPI "${id}" in the report`);
  return kpi;
}
