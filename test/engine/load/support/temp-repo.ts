/** Small repositories written to a temporary directory for one test, removed after it. */
import { mkdtemp, mkdir, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { onTestFinished } from 'vitest';
import { formatPlace } from '../../../../src/engine/errors/problem.ts';
import type { Problem } from '../../../../src/engine/errors/problem.ts';
import { runCheck } from '../../../../src/engine/load/check-repo.ts';
import type { CheckResult } from '../../../../src/engine/load/check-repo.ts';

export const FIXTURES = resolve(import.meta.dirname, '../../../fixtures');

/** A site config pinned to a date, so no test depends on the clock. */
export const SITE = 'title: Test site\nlocale: en-US\ncurrency: EUR\nasOf: 2026-11-15\n';

export type RepoFiles = Record<string, string | Uint8Array>;

export async function tempDirectory(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'pacer-test-'));
  onTestFinished(() => rm(directory, { recursive: true, force: true }));
  return directory;
}

export async function writeFiles(root: string, files: RepoFiles): Promise<void> {
  for (const [file, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), content);
  }
}

/** A repository with `files`, and the pinned site config unless `files` has its own. */
export async function tempRepo(files: RepoFiles): Promise<string> {
  const root = await tempDirectory();
  await writeFiles(root, { 'kpis/site.yaml': SITE, ...files });
  return root;
}

/** A copy of a fixture repository, for tests that change it. */
export async function copyFixture(name: string): Promise<string> {
  const root = await tempDirectory();
  await cp(join(FIXTURES, name), root, { recursive: true });
  return root;
}

/** `file:line:column severity message`: the whole of a problem but its hint, for exact assertions. */
export function describeProblem(problem: Problem): string {
  return `${formatPlace(problem)} ${problem.severity} ${problem.message}`;
}

export async function check(files: RepoFiles): Promise<CheckResult> {
  return runCheck(await tempRepo(files), { env: {}, now: new Date('2026-11-20T12:00:00Z') });
}

/** The problems of a repository, described. */
export async function problemsOf(files: RepoFiles): Promise<string[]> {
  return (await check(files)).problems.map(describeProblem);
}

/** A KPI definition: the given frontmatter lines between the fences. */
export function kpi(...lines: string[]): string {
  return `---\n${lines.join('\n')}\n---\n\nAbout this KPI.\n`;
}

/** The usual head of a KPI reading `file` by `date` and summing `amount`. */
export function sumKpi(file: string, ...extra: string[]): string {
  return kpi(
    'title: Revenue',
    'owner: Sales',
    'category: sales',
    'source:',
    `  file: ${file}`,
    '  date: date',
    '  value: amount',
    ...extra,
  );
}

/** Each KPI's series as [period, value] pairs. */
export async function seriesOf(
  files: RepoFiles,
): Promise<Record<string, [string, number | null][]>> {
  const result = await check(files);
  const report = result.loaded.report;
  return Object.fromEntries(
    (report?.kpis ?? []).map((kpi) => [
      kpi.id,
      kpi.series.map((point): [string, number | null] => [point.period, point.value]),
    ]),
  );
}
