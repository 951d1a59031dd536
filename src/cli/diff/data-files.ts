/** The data files `pacer diff` compares: every CSV under data/ on either side, and every file a KPI reads. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_DIRECTORY } from '../../engine/load/repo-paths.ts';
import type { Repo } from '../../engine/load/load-repo.ts';
import { sourcesOf } from '../../engine/load/read-data.ts';
import { compareDataFile } from './compare-data.ts';
import type { DataFileDiff } from './compare-data.ts';

async function csvFiles(root: string): Promise<string[]> {
  const entries = await readdir(join(root, DATA_DIRECTORY), { recursive: true }).catch(() => []);
  return entries
    .filter((entry) => entry.toLowerCase().endsWith('.csv'))
    .map((entry) => `${DATA_DIRECTORY}/${entry.replaceAll('\\', '/')}`);
}

async function dataFilesToCompare(before: Repo, after: Repo): Promise<string[]> {
  const files = new Set([...(await csvFiles(before.root)), ...(await csvFiles(after.root))]);
  for (const repo of [before, after]) {
    for (const ref of repo.kpis.flatMap(sourcesOf)) files.add(ref.source.file);
  }
  return [...files].sort();
}

/** The delimiter a file is declared with, if any, so both sides split the same way. */
function declaredDelimiter(repo: Repo, file: string): string | undefined {
  return (
    repo.dataSchemas.get(file)?.schema.delimiter ??
    repo.kpis.flatMap(sourcesOf).find((ref) => ref.source.file === file && ref.source.delimiter)
      ?.source.delimiter
  );
}

/** Every data file whose bytes differ between the two repositories, with its row changes. */
export async function compareDataFiles(before: Repo, after: Repo): Promise<DataFileDiff[]> {
  const diffs: DataFileDiff[] = [];
  for (const file of await dataFilesToCompare(before, after)) {
    const delimiter = declaredDelimiter(after, file);
    const diff = await compareDataFile(file, before.root, after.root, delimiter);
    if (diff) diffs.push(diff);
  }
  return diffs;
}
