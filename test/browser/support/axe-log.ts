/**
 * Every axe result of a suite, minor and moderate ones included, written to
 * test/artifacts/<suite>/axe.json so that a run can be read and compared
 * without rerunning it. The tests fail only on serious and critical ones.
 */
import { writeArtifactJson } from '../../site/support/artifacts.ts';
import type { Browser } from 'playwright-core';
import { axeViolations, scrollThrough, seriousOnly } from './browser.ts';
import type { AxeViolation } from './browser.ts';

const IMPACTS = ['critical', 'serious', 'moderate', 'minor'] as const;
type Impact = (typeof IMPACTS)[number];
type ImpactCounts = Record<Impact, number>;

export interface AxeCheck {
  /** The page's path under the site's base (`kpis/revenue/`; the overview is ``). */
  path: string;
  colorScheme: 'light' | 'dark';
  /** Charts as drawn at build time, or after vega-embed enhanced them. */
  charts: 'drawn' | 'enhanced';
  violations: AxeViolation[];
}

interface LoggedCheck {
  /** The page under the site's base, from `/`: `/kpis/revenue/`. */
  page: string;
  colorScheme: AxeCheck['colorScheme'];
  charts: AxeCheck['charts'];
  /** How many rules the page violates, by impact. */
  counts: ImpactCounts;
  violations: {
    id: string;
    impact: string | null;
    help: string;
    nodes: number;
    targets: string[];
  }[];
}

function countByImpact(violations: readonly { impact: string | null }[]): ImpactCounts {
  const counts: ImpactCounts = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const { impact } of violations) {
    if (IMPACTS.includes(impact as Impact)) counts[impact as Impact] += 1;
  }
  return counts;
}

export class AxeLog {
  readonly #suite: string;
  readonly #checks: LoggedCheck[] = [];

  constructor(suite: string) {
    this.#suite = suite;
  }

  record(check: AxeCheck): void {
    this.#checks.push({
      page: `/${check.path}`,
      colorScheme: check.colorScheme,
      charts: check.charts,
      counts: countByImpact(check.violations),
      violations: check.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.targets.length,
        targets: violation.targets,
      })),
    });
  }

  /** Writes everything recorded so far; called before asserting, so a failing run is reported too. */
  write(): string {
    // Rules violated by impact, added up over every page, colour scheme and state of the charts.
    const totals = countByImpact(this.#checks.flatMap((check) => check.violations));
    const ids = new Set(
      this.#checks.flatMap((check) => check.violations.map((violation) => violation.id)),
    );
    return writeArtifactJson(this.#suite, 'axe.json', {
      suite: this.#suite,
      checks: this.#checks.length,
      totals,
      ids: [...ids].sort(),
      pages: this.#checks,
    });
  }
}

/**
 * Runs axe on each page at `siteUrl` + path in one colour scheme, once with the
 * charts as drawn at build time and once enhanced by vega-embed; records every
 * result in `log` and returns the serious and critical violations by path.
 */
export async function seriousViolationsOn(
  browser: Browser,
  siteUrl: string,
  paths: readonly string[],
  colorScheme: AxeCheck['colorScheme'],
  log: AxeLog,
): Promise<Record<string, AxeViolation[]>> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
  const page = await context.newPage();
  const found: Record<string, AxeViolation[]> = {};
  for (const path of paths) {
    await page.goto(`${siteUrl}${path}`);
    const drawn = await axeViolations(page);
    await scrollThrough(page);
    const enhanced = await axeViolations(page);
    log.record({ path, colorScheme, charts: 'drawn', violations: drawn });
    log.record({ path, colorScheme, charts: 'enhanced', violations: enhanced });
    const violations = seriousOnly([...drawn, ...enhanced]);
    if (violations.length > 0) found[path] = violations;
  }
  await context.close();
  log.write();
  return found;
}
