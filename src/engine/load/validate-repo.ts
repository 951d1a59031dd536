/**
 * Checks that need more than one field or file: ids, categories, goals,
 * links between KPIs and reviews, period keys against the calendar, and a
 * deadline that comes after the baseline.
 */
import { parsePeriodKey } from '../calendar/period.ts';
import { didYouMean, didYouMeanId } from '../errors/nearest-name.ts';
import type { Problem, ProblemCode } from '../errors/problem.ts';
import { BUILT_IN_CATEGORIES } from '../schema/kpi.ts';
import type { Source } from '../schema/source.ts';
import { checkSourceAgainstSchema } from './check-source-schema.ts';
import type { DeclaredSchema } from './data-schemas.ts';
import { definedKpiIds } from './kpi-ids.ts';
import type { Repo } from './load-repo.ts';
import { targetSideProblem } from './target-side.ts';

const ID = /^[a-z0-9][a-z0-9-]*$/;
const SEPARATOR_HINT =
  'Declare both, such as `decimal: ","` with `thousands: "."`; a number like 1.234 cannot be read both ways.';

/**
 * A source's thousands separator may not be its decimal separator: with
 * `thousands: "."` and the default decimal ".", 1.234 could mean either.
 * The two may be declared in different places (the source, the site config).
 */
function checkSeparators(
  repo: Repo,
  file: string,
  field: 'source' | 'numerator' | 'denominator',
  source: Source,
  problems: Problem[],
): void {
  const declared = repo.dataSchemas.get(source.file);
  const decimal = source.decimal ?? declared?.schema.decimal ?? '.';
  const thousands = source.thousands ?? declared?.schema.thousands;
  if (thousands !== decimal) return;
  // A schema that contradicts itself is reported once, on the schema (below).
  if (source.thousands === undefined && source.decimal === undefined) return;
  const path = [field, source.thousands !== undefined ? 'thousands' : 'decimal'];
  problems.push({
    severity: 'error',
    code: 'conflicting-separators',
    file,
    ...(repo.locators.get(file)?.(path) ?? { line: 1, column: 1 }),
    message: `${field} reads ${source.file} with "${thousands}" as both the decimal and the thousands separator`,
    hint: SEPARATOR_HINT,
  });
}

/** `data "data/orders.csv"` in the site config; the schema file's own name needs no saying. */
function describeSchema(declared: DeclaredSchema): string {
  return declared.path.length > 0
    ? `data "${declared.dataFile}"`
    : `the schema of ${declared.dataFile}`;
}

export function validateRepo(repo: Repo): Problem[] {
  const problems: Problem[] = [];
  const at = (
    file: string,
    path: (string | number)[],
    code: ProblemCode,
    message: string,
    hint?: string,
  ) => {
    const place = repo.locators.get(file)?.(path) ?? { line: 1, column: 1 };
    problems.push({ severity: 'error', code, file, ...place, message, ...(hint ? { hint } : {}) });
  };
  const periodAt = (file: string, path: (string | number)[], key: string) => {
    const period = parsePeriodKey(key, repo.calendar);
    if (!period)
      at(
        file,
        path,
        'invalid-period',
        `${path.join('.')}: "${key}" is not a period`,
        'Use a period such as 2026-11, 2026-W45, 2026-Q4, 2026, FY2027 or 2026-11-03 that exists in the calendar.',
      );
    return period;
  };

  const ids = new Map<string, string>();
  const categories = new Set<string>([
    ...BUILT_IN_CATEGORIES,
    ...repo.config.categories.map((category) => category.id),
  ]);
  const goals = new Set(repo.config.goals.map((goal) => goal.id));
  const kpiIds = definedKpiIds(repo);

  for (const kpi of repo.kpis) {
    const { file } = kpi;
    if (!ID.test(kpi.id)) {
      problems.push({
        severity: 'error',
        code: 'invalid-field',
        file,
        line: 1,
        column: 1,
        message: `the file name "${kpi.id}" is not a valid KPI id`,
        hint: 'Name KPI files with lower-case letters, digits and dashes, such as monthly-revenue.md.',
      });
    }
    const earlier = ids.get(kpi.id);
    if (earlier) {
      problems.push({
        severity: 'error',
        code: 'duplicate-kpi',
        file,
        line: 1,
        column: 1,
        message: `KPI id "${kpi.id}" is already defined by ${earlier}`,
        hint: 'Each KPI needs its own file name; rename or remove one of them.',
      });
    } else ids.set(kpi.id, file);

    if (!categories.has(kpi.category)) {
      at(
        file,
        ['category'],
        'unknown-category',
        `category "${kpi.category}" is not defined`,
        didYouMeanId(kpi.category, categories) ??
          `Use one of ${[...categories].join(', ')}, or add it under \`categories\` in kpis/site.yaml.`,
      );
    }
    if (kpi.goal !== undefined && !goals.has(kpi.goal)) {
      at(
        file,
        ['goal'],
        'unknown-goal',
        `goal "${kpi.goal}" is not defined`,
        didYouMeanId(kpi.goal, goals) ??
          (goals.size > 0
            ? `Use one of ${[...goals].join(', ')}, or add it under \`goals\` in kpis/site.yaml.`
            : 'Add it under `goals` in kpis/site.yaml.'),
      );
    }
    kpi.drives.forEach((driven, index) => {
      if (!kpiIds.has(driven))
        at(
          file,
          ['drives', index],
          'unknown-kpi',
          `drives "${driven}", which is not a KPI`,
          didYouMean(driven, kpiIds) ?? 'Name the id (file name) of an existing KPI.',
        );
    });

    for (const [name, source] of [
      ['source', kpi.source],
      ['numerator', kpi.numerator],
      ['denominator', kpi.denominator],
    ] as const) {
      if (source && (source.file.startsWith('/') || source.file.split('/').includes('..'))) {
        at(
          file,
          [name, 'file'],
          'file-not-found',
          `${name}.file "${source.file}" is outside the repository`,
          'Give a path inside the repository, such as data/orders.csv.',
        );
      }
    }

    for (const field of ['source', 'numerator', 'denominator'] as const) {
      const source = kpi[field];
      if (!source) continue;
      checkSeparators(repo, file, field, source, problems);
      problems.push(...checkSourceAgainstSchema(repo, kpi, field, source));
    }

    // A baseline computed from the data is checked once the data is read (compute-kpi.ts).
    const givenBaseline = kpi.baseline?.value;
    const behind =
      givenBaseline === undefined
        ? null
        : targetSideProblem(kpi, givenBaseline, repo.locators.get(file)?.(['target', 'value']));
    if (behind) problems.push(behind);

    const baseline = kpi.baseline
      ? periodAt(file, ['baseline', 'period'], kpi.baseline.period)
      : null;
    const deadline = kpi.target ? periodAt(file, ['target', 'by'], kpi.target.by) : null;
    kpi.milestones.forEach((milestone, index) =>
      periodAt(file, ['milestones', index, 'by'], milestone.by),
    );
    if (baseline && deadline && deadline.end <= baseline.end) {
      at(
        file,
        ['target', 'by'],
        'deadline-before-baseline',
        `target.by ${kpi.target!.by} is not after the baseline period ${kpi.baseline!.period}`,
        'The deadline must come after the baseline period ends.',
      );
    }
  }

  for (const declared of repo.dataSchemas.values()) {
    const { thousands, decimal } = declared.schema;
    if (thousands !== undefined && thousands === (decimal ?? '.')) {
      at(
        declared.file,
        [...declared.path, 'thousands'],
        'conflicting-separators',
        `${describeSchema(declared)}: the thousands separator "${thousands}" is also the decimal separator`,
        SEPARATOR_HINT,
      );
    }
  }

  for (const review of repo.reviews) {
    periodAt(review.file, ['period'], review.period);
    review.kpis.forEach((id, index) => {
      if (!kpiIds.has(id))
        at(
          review.file,
          ['kpis', index],
          'unknown-kpi',
          `the review covers "${id}", which is not a KPI`,
          didYouMean(id, kpiIds) ?? 'Name the id (file name) of an existing KPI.',
        );
    });
  }
  return problems;
}
