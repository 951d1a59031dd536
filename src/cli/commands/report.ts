/** `pacer report`: the KPIs' status for the terminal, a CI job summary, or as JSON. */
import { statusRank } from '../../engine/progress/status.ts';
import type { Status } from '../../engine/progress/status.ts';
import type { Report } from '../../engine/report/types.ts';
import { Option } from 'commander';
import type { Command } from 'commander';
import type { CliContext } from '../cli-context.ts';
import { EXIT_FAILED, EXIT_OK } from '../cli-context.ts';
import { colorsFor } from '../colors.ts';
import type { Runner } from '../command-runner.ts';
import { renderReportMarkdown } from '../reporters/report-markdown.ts';
import { renderReportTerminal } from '../reporters/report-terminal.ts';
import { loadValidReport } from '../run-check.ts';

export const REPORT_FORMATS = ['text', 'markdown'] as const;
export const FAIL_ON = ['at-risk', 'off-track', 'critical-alert'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface ReportOptions {
  root: string;
  format: (typeof REPORT_FORMATS)[number];
  json: boolean;
  failOn?: FailOn | undefined;
}

export function registerReport(program: Command, run: Runner): void {
  program
    .command('report')
    .description('print every KPI with its value, change, progress and status')
    .addOption(
      new Option('--format <format>', 'text for a terminal, markdown for a CI job summary')
        .choices(REPORT_FORMATS)
        .default('text'),
    )
    .option('--json', 'print the report model as JSON')
    .addOption(
      new Option('--fail-on <level>', 'exit 1 when a KPI is at this status or worse').choices(
        FAIL_ON,
      ),
    )
    .action((options: Omit<ReportOptions, 'root' | 'json'> & { json?: true }, command: Command) =>
      run(reportCommand, { ...options, json: options.json === true }, command),
    );
}

export async function reportCommand(options: ReportOptions, context: CliContext): Promise<number> {
  const output = options.json ? 'stderr' : options.format;
  const loaded = await loadValidReport(options.root, context, output);
  if (!loaded) return EXIT_FAILED;
  const { report } = loaded;

  if (options.json) context.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else if (options.format === 'markdown') context.stdout.write(renderReportMarkdown(report));
  else
    context.stdout.write(
      renderReportTerminal(report, colorsFor(context.stdout.isTTY, context.env)),
    );

  if (!options.failOn) return EXIT_OK;
  const failing = failingKpis(report, options.failOn);
  for (const reason of failing) context.logger.error(reason);
  return failing.length > 0 ? EXIT_FAILED : EXIT_OK;
}

/**
 * The KPIs that fail `--fail-on`, each with the reason. A status level fails
 * on that status or worse (`at-risk`: at-risk, off-track or missed);
 * `critical-alert` fails on any critical alert, whatever the status.
 */
export function failingKpis(report: Report, failOn: FailOn): string[] {
  if (failOn === 'critical-alert') {
    return report.kpis.flatMap((kpi) =>
      kpi.alerts
        .filter((alert) => alert.severity === 'critical')
        .map((alert) => `${kpi.id} has a critical ${alert.rule} alert: ${alert.message}`),
    );
  }
  const limit = statusRank(failOn)!;
  return report.kpis
    .filter((kpi) => isAtOrWorse(kpi.status, limit))
    .map((kpi) => `${kpi.id} is ${kpi.status} (--fail-on ${failOn})`);
}

function isAtOrWorse(status: Status, limit: number): boolean {
  const rank = statusRank(status);
  return rank !== null && rank <= limit;
}
