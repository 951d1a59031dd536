/** `pacer new kpi <id>` and `pacer new review <period>`: starting files that pass `pacer check`. */
import { access, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { formatIsoDate } from '../../engine/calendar/civil-date.ts';
import { parsePeriodKey } from '../../engine/calendar/period.ts';
import { didYouMean } from '../../engine/errors/nearest-name.ts';
import { formatPeriod, formatPeriodKey } from '../../engine/format/format-period.ts';
import { KPI_DIRECTORY, REVIEW_DIRECTORY } from '../../engine/load/repo-paths.ts';
import type { Command } from 'commander';
import type { CliContext } from '../cli-context.ts';
import { EXIT_FAILED, EXIT_OK } from '../cli-context.ts';
import { CliError } from '../cli-error.ts';
import type { Runner } from '../command-runner.ts';
import { loadValidReport } from '../run-check.ts';
import { plural } from '../../engine/format/plural.ts';
import { git } from '../run-git.ts';
import { kpiTemplate } from '../scaffold/kpi-template.ts';
import { reviewTemplate } from '../scaffold/review-template.ts';

const ID = /^[a-z0-9][a-z0-9-]*$/;

export function registerNew(program: Command, run: Runner): void {
  const create = program.command('new').description('start a KPI definition or a review');
  create
    .command('kpi')
    .description('write kpis/<id>.md, a commented starting definition')
    .argument('<id>', 'the KPI id: lower-case letters, digits and dashes')
    .action((id: string, _options: object, command: Command) =>
      run(newKpiCommand, { id }, command),
    );
  create
    .command('review')
    .description('write kpis/reviews/<period>-<slug>.mdx, prefilled with the numbers of the period')
    .argument('<period>', 'the period under review, such as 2026-11 or 2026-Q4')
    .option('--slug <slug>', 'the name after the period in the file name', 'review')
    .option('--kpis <ids>', 'comma-separated KPI ids to cover (default: all)')
    .option('--author <name>', 'the author named in the frontmatter')
    .action(
      (period: string, options: Omit<NewReviewOptions, 'root' | 'period'>, command: Command) =>
        run(newReviewCommand, { ...options, period }, command),
    );
}

function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Writes a new file; refuses to overwrite one that exists. */
async function writeNewFile(root: string, file: string, text: string, hint: string): Promise<void> {
  const path = join(root, file);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EEXIST')
      throw new CliError(`${file} already exists; not overwriting it`, { hint });
    throw error;
  });
}

const PLACEHOLDER_AUTHOR = 'Your name';
const REVIEW_EXISTS_HINT =
  'Name the new review with --slug (such as --slug qbr), or edit the existing file.';

/** `--author`, else git's `user.name` for the repository, else a placeholder with a warning. */
async function reviewAuthor(options: NewReviewOptions, context: CliContext): Promise<string> {
  const given = options.author?.trim();
  if (given) return given;
  const configured = await git(['config', 'user.name'], { cwd: options.root, env: context.env })
    .then((name) => name.trim())
    .catch(() => '');
  if (configured) return configured;
  context.logger.warn(
    `no --author given and no git user.name set: the review's author is "${PLACEHOLDER_AUTHOR}"; replace it before publishing.`,
  );
  return PLACEHOLDER_AUTHOR;
}

export async function newKpiCommand(
  options: { root: string; id: string },
  context: CliContext,
): Promise<number> {
  const { id } = options;
  if (!ID.test(id))
    throw new CliError(`"${id}" is not a KPI id`, {
      hint: 'Use lower-case letters, digits and dashes, such as monthly-revenue.',
    });
  const other = `${KPI_DIRECTORY}/${id}.mdx`;
  if (await exists(join(options.root, other)))
    throw new CliError(`${other} already defines the KPI "${id}"`, {
      hint: 'Pick another id, or edit the existing file.',
    });

  const file = `${KPI_DIRECTORY}/${id}.md`;
  await writeNewFile(
    options.root,
    file,
    kpiTemplate(id),
    'Pick another id, or edit the existing file.',
  );
  // Users run the CLI through npx, so that is what the message tells them to type.
  context.stdout.write(
    `Wrote ${file}. Point its source at your data, then run \`npx pacer check\`.\n`,
  );
  return EXIT_OK;
}

export interface NewReviewOptions {
  root: string;
  period: string;
  slug: string;
  kpis?: string | undefined;
  author?: string | undefined;
}

export async function newReviewCommand(
  options: NewReviewOptions,
  context: CliContext,
): Promise<number> {
  if (!ID.test(options.slug))
    throw new CliError(`"${options.slug}" is not a review slug`, {
      hint: 'Use lower-case letters, digits and dashes, such as monthly-review.',
    });
  const current = await loadValidReport(options.root, context, 'text');
  if (!current) return EXIT_FAILED;

  const { calendar } = current.check.loaded.repo;
  const period = parsePeriodKey(options.period, calendar);
  if (!period)
    throw new CliError(`"${options.period}" is not a period`, {
      hint: 'Write it as 2026-11, 2026-W45, 2026-Q4, 2026, FY2027-Q1 or 2026-11-03.',
    });
  const today = current.check.loaded.asOf.day;
  if (period.start > today)
    throw new CliError(`${period.key} has not started as of ${formatIsoDate(today)}`, {
      hint: 'Review a period that has started; set PACER_AS_OF to review as of another date.',
    });

  // The numbers of a review are those as of its period's end, as the site computes them.
  const asOf = formatIsoDate(Math.min(period.end, today));
  const then = await loadValidReport(options.root, context, 'text', {
    ...context.env,
    PACER_AS_OF: asOf,
  });
  if (!then) return EXIT_FAILED;

  const wanted = options.kpis
    ? options.kpis
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean)
    : then.report.kpis.map((kpi) => kpi.id);
  const known = new Map(then.report.kpis.map((kpi) => [kpi.id, kpi]));
  const unknown = wanted.find((id) => !known.has(id));
  if (unknown !== undefined)
    throw new CliError(`"${unknown}" is not a KPI`, {
      hint: didYouMean(unknown, known.keys()) ?? 'Name KPI ids (file names) separated by commas.',
    });
  if (wanted.length === 0) throw new CliError('there are no KPIs to review yet');

  const file = `${REVIEW_DIRECTORY}/${period.key}-${options.slug}.mdx`;
  if (await exists(join(options.root, file)))
    throw new CliError(`${file} already exists; not overwriting it`, { hint: REVIEW_EXISTS_HINT });
  const { locale } = then.report.site;
  const text = reviewTemplate({
    period: period.key,
    periodLabel: formatPeriod(period.key, period.grain, period.start, locale),
    asOf,
    author: await reviewAuthor(options, context),
    kpis: wanted.map((id) => known.get(id)!),
    locale,
    labelPeriod: (key) => formatPeriodKey(key, calendar, locale),
  });
  await writeNewFile(options.root, file, text, REVIEW_EXISTS_HINT);
  context.stdout.write(`Wrote ${file} with ${plural(wanted.length, 'KPI')} as of ${asOf}.\n`);
  return EXIT_OK;
}
