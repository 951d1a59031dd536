/**
 * The report every page renders from, computed once per build. The Astro
 * integration computes it before any page is built (and fails the build on
 * invalid input); pages built in the same process reuse it. Outside a build
 * (tests, the dev server after a restart) it is computed on first use.
 */
import { hasErrors, InvalidInputError } from '../engine/errors/problem.ts';
import { loadReport } from '../engine/report/load-report.ts';
import type { LoadedReport } from '../engine/report/load-report.ts';
import type { Report } from '../engine/report/types.ts';
import { repoRoot } from './repo-root.ts';

// A process-wide slot rather than a module variable: Astro bundles pages
// separately from the integration, so each gets its own copy of this module.
const SLOT = Symbol.for('pacer.loaded-report');

type Slot = { [SLOT]?: Promise<LoadedReport> };

/** Computes the report (or reuses the one already computed in this process). */
export function loadSharedReport(
  root: string = repoRoot(),
  compute = () => loadReport(root),
): Promise<LoadedReport> {
  const slot = globalThis as Slot;
  slot[SLOT] ??= compute();
  return slot[SLOT];
}

/** Forgets the shared report, so the next call recomputes it (dev server reloads). */
export function resetSharedReport(): void {
  delete (globalThis as Slot)[SLOT];
}

/**
 * The report, or an error listing every problem in kpis/ and data/. The error
 * carries no stack: the list is the whole story, and `astro dev` shows it
 * without frames from Pacer's own code on every page until it is fixed.
 */
export async function getReport(): Promise<Report> {
  const loaded = await loadSharedReport();
  if (hasErrors(loaded.problems) || loaded.report === null) {
    const error = new InvalidInputError(loaded.problems);
    error.stack = `${error.name}: ${error.message}`;
    throw error;
  }
  return loaded.report;
}
