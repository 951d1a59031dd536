/**
 * A loaded repository's KPIs computed at other grains. The report carries
 * each KPI at its own grain only; the engine computes another one from a copy
 * of the definition with `grain` changed, through the same steps as
 * loadReport (read the data, bind the sources, build the report).
 */
import type { Grain } from '../../../src/engine/calendar/grain.ts';
import type { Problem } from '../../../src/engine/errors/problem.ts';
import { readData } from '../../../src/engine/load/read-data.ts';
import { buildReport } from '../../../src/engine/report/build-report.ts';
import type { LoadedReport } from '../../../src/engine/report/load-report.ts';
import type { KpiReport } from '../../../src/engine/report/types.ts';
import type { Kpi } from '../../../src/engine/schema/kpi.ts';

export interface Regrained {
  kpi: (id: string, grain: Grain) => KpiReport;
  problems: Problem[];
}

/**
 * The definition at another grain, for its series only: a baseline or target
 * names periods of the KPI's own grain, so they are left out.
 */
function atGrain(kpi: Kpi, grain: Grain): Kpi {
  const copy: Kpi = {
    ...kpi,
    id: `${kpi.id}@${grain}`,
    grain,
    breakdown: [],
    milestones: [],
    drives: [],
    alerts: false,
  };
  delete copy.baseline;
  delete copy.target;
  return copy;
}

export async function regrain(loaded: LoadedReport, grains: readonly Grain[]): Promise<Regrained> {
  const kpis = loaded.repo.kpis.flatMap((kpi) => grains.map((grain) => atGrain(kpi, grain)));
  const repo = { ...loaded.repo, kpis, reviews: [] };

  const data = await readData(repo, kpis);
  const built = buildReport(repo, data, { asOf: loaded.asOf.day, now: new Date(0) });

  const byId = new Map(built.report.kpis.map((kpi) => [kpi.id, kpi]));
  return {
    kpi: (id, grain) => {
      const kpi = byId.get(`${id}@${grain}`);
      if (!kpi) throw new Error(`The example has no KPI ${id} to compute per ${grain}.`);
      return kpi;
    },
    problems: [...data.problems, ...built.problems],
  };
}
