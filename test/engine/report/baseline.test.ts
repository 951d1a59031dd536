import { describe, expect, it } from 'vitest';
import { loadReport } from '../../../src/engine/report/load-report.ts';
import { fixturePath } from '../support/fixture.ts';

describe('a baseline period', () => {
  it('must be a period of the KPI’s own grain, with data', async () => {
    const loaded = await loadReport(fixturePath('baseline-grain'), {
      env: { PACER_AS_OF: '2026-02-01' },
    });
    const problems = loaded.problems.map((problem) => [
      problem.file,
      problem.code,
      problem.message,
    ]);
    expect(problems).toEqual([
      [
        'kpis/empty-baseline.md',
        'baseline-without-data',
        "baseline.period 2026-W03 has no data in the KPI's week series",
      ],
      [
        'kpis/weekly-signups.md',
        'baseline-without-data',
        'baseline.period 2026-01 is a month, but the KPI reports per week',
      ],
    ]);
    // Without a baseline there is no pace or progress, and nothing is made up.
    const kpi = loaded.report!.kpis.find((candidate) => candidate.id === 'weekly-signups')!;
    expect([kpi.progress, kpi.pace, kpi.baseline?.value]).toEqual([null, null, null]);
  });
});
