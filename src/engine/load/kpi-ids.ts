/** The ids other files may name: every KPI definition's file name, valid or not. */
import { basename, extname } from 'node:path';
import type { Repo } from './load-repo.ts';

/**
 * A KPI whose definition has errors is still a KPI: naming it in `drives`,
 * a review or an embedded component is right, and only its own file is
 * reported, not every file that names it.
 */
export function definedKpiIds(repo: Pick<Repo, 'kpiFiles'>): Set<string> {
  return new Set(repo.kpiFiles.map((file) => basename(file, extname(file))));
}
