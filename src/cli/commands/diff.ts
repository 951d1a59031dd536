/** `pacer diff <ref>`: how the working tree moves each KPI, and which data rows changed. */
import type { Command } from 'commander';
import type { CliContext } from '../cli-context.ts';
import { EXIT_FAILED, EXIT_OK } from '../cli-context.ts';
import type { Runner } from '../command-runner.ts';
import { compareReports } from '../diff/compare-reports.ts';
import { compareDataFiles } from '../diff/data-files.ts';
import { materialiseRef } from '../diff/materialise-ref.ts';
import type { ReportDiff } from '../diff/report-diff.ts';
import { renderDiffMarkdown } from '../reporters/diff-markdown.ts';
import { checkFor, loadValidReport } from '../run-check.ts';

export interface DiffOptions {
  root: string;
  ref: string;
  json: boolean;
}

export function registerDiff(program: Command, run: Runner): void {
  program
    .command('diff')
    .description('how the working tree moves each KPI compared with a git ref')
    .argument('<ref>', 'the git ref to compare against, such as main or HEAD~1')
    .option('--json', 'print the comparison as JSON instead of Markdown')
    .action((ref: string, options: { json?: true }, command: Command) =>
      run(diffCommand, { ref, json: options.json === true }, command),
    );
}

export async function diffCommand(options: DiffOptions, context: CliContext): Promise<number> {
  const head = await loadValidReport(options.root, context, options.json ? 'stderr' : 'markdown');
  if (!head) return EXIT_FAILED;
  const after = head.report;

  const base = await materialiseRef(options.root, options.ref, context.env);
  try {
    context.logger.debug(`${options.ref} is ${base.commit}, written to ${base.root}`);
    // The ref is computed as of the working tree's date, so only the change moves numbers.
    const check = await checkFor(base.root, context, { ...context.env, PACER_AS_OF: after.asOf });
    const before = check.loaded.report;

    const dataFiles = await compareDataFiles(check.loaded.repo, head.check.loaded.repo);
    const kpis = compareReports(before, after);
    const moved = new Set(kpis.map((kpi) => kpi.id));
    const diff: ReportDiff = {
      ref: options.ref,
      commit: base.commit,
      asOf: after.asOf,
      base: { errors: check.errors, warnings: check.warnings },
      kpis,
      unchangedKpis: after.kpis.filter((kpi) => !moved.has(kpi.id)).length,
      dataFiles,
    };

    if (options.json) {
      context.stdout.write(`${JSON.stringify(diff, null, 2)}\n`);
    } else {
      const definitions = new Map(
        [...(before?.kpis ?? []), ...after.kpis].map((kpi) => [kpi.id, kpi]),
      );
      context.stdout.write(
        renderDiffMarkdown(diff, {
          locale: after.site.locale,
          kpiOf: (id) => definitions.get(id)!,
        }),
      );
    }
    return EXIT_OK;
  } finally {
    await base.dispose();
  }
}
