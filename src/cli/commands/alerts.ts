/**
 * `pacer alerts --since <old-report.json>`: new alerts, worse statuses and
 * recoveries since an earlier report, each with the issue action to take.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { compareAlerts } from '../alerts/compare-alerts.ts';
import { issueText } from '../alerts/issue-text.ts';
import { reportSnapshotSchema } from '../alerts/report-snapshot.ts';
import type { ReportSnapshot } from '../alerts/report-snapshot.ts';
import type { Command } from 'commander';
import type { CliContext } from '../cli-context.ts';
import { EXIT_FAILED, EXIT_OK } from '../cli-context.ts';
import { CliError } from '../cli-error.ts';
import type { Runner } from '../command-runner.ts';
import { renderAlertsMarkdown } from '../reporters/alerts-markdown.ts';
import { loadValidReport } from '../run-check.ts';
import { postWebhook, webhookText } from '../alerts/webhook.ts';

export interface AlertsOptions {
  root: string;
  since: string;
  json: boolean;
  /** A chat webhook to post the changes to, when there are any. */
  post?: string | undefined;
}

export function registerAlerts(program: Command, run: Runner): void {
  program
    .command('alerts')
    .description('compare alerts and statuses with an earlier report (for issues and webhooks)')
    .requiredOption('--since <file>', 'an earlier `pacer report --json` output')
    .option('--json', 'print the changes as JSON instead of Markdown')
    .option(
      '--post <url>',
      'also post the changes to a chat webhook (Slack, Teams…) if there are any',
    )
    .action((options: { since: string; json?: true; post?: string }, command: Command) =>
      run(
        alertsCommand,
        { since: options.since, json: options.json === true, post: options.post },
        command,
      ),
    );
}

/** The JSON leaves out the KPI's whole report: the current report has it. */
function withoutReport<T extends { kpi: unknown }>(change: T): Omit<T, 'kpi'> {
  const copy: Partial<T> = { ...change };
  delete copy.kpi;
  return copy as Omit<T, 'kpi'>;
}

/** Why a file could not be read, in words: `no such file`, `permission denied`. */
function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

async function readSnapshot(path: string): Promise<ReportSnapshot> {
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    throw new CliError(`cannot read ${path}: ${readFailure(error)}`, {
      hint: 'Pass a file written by `npx pacer report --json`.',
    });
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${path} is not JSON: ${(error as Error).message}`, {
      hint: 'Pass a file written by `npx pacer report --json`.',
    });
  }
  const parsed = reportSnapshotSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'the top level';
    throw new CliError(`${path} is not a Pacer report: ${where}: ${issue?.message ?? 'invalid'}`, {
      hint: 'Pass a file written by `npx pacer report --json`.',
    });
  }
  return parsed.data;
}

export async function alertsCommand(options: AlertsOptions, context: CliContext): Promise<number> {
  const since = await readSnapshot(resolve(context.cwd, options.since));
  const loaded = await loadValidReport(options.root, context, options.json ? 'stderr' : 'markdown');
  if (!loaded) return EXIT_FAILED;
  const now = loaded.report;

  const changes = compareAlerts(since, now).map((change) => ({
    ...change,
    issue: issueText(change, now),
  }));
  if (options.json) {
    const document = {
      since: { generated: since.generated, asOf: since.asOf },
      now: { generated: now.generated, asOf: now.asOf },
      kpis: changes.map((change) => withoutReport(change)),
    };
    context.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  } else {
    context.stdout.write(renderAlertsMarkdown(since, now, changes));
  }

  if (options.post && changes.length > 0) {
    try {
      await postWebhook(options.post, webhookText(changes, now.site.title, now.asOf));
      context.logger.info(
        `posted ${changes.length} change${changes.length === 1 ? '' : 's'} to the webhook`,
      );
    } catch (error) {
      throw new CliError(`could not post to the webhook: ${(error as Error).message}`, {
        hint: 'Check the webhook URL (kept as a secret) and that the chat service accepts JSON with a `text` field.',
      });
    }
  }
  return EXIT_OK;
}
