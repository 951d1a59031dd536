/**
 * A schema's columns against its file's header: a declared column the file
 * lacks is a typo in one of them, reported where the schema declares it.
 */
import { join } from 'node:path';
import { readHeader } from '../csv/read-header.ts';
import type { Table } from '../csv/table.ts';
import { didYouMean } from '../errors/nearest-name.ts';
import type { Problem } from '../errors/problem.ts';
import { declaredPlace } from './data-schemas.ts';
import type { Repo } from './load-repo.ts';

/**
 * `tables`: the files read for KPIs, whose headers are known already;
 * `read`: every file KPIs tried to read (one that failed was reported). A
 * file no KPI reads has only its header read.
 */
export async function checkSchemaColumns(
  repo: Repo,
  tables: ReadonlyMap<string, Table>,
  read: ReadonlySet<string>,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const declared of repo.dataSchemas.values()) {
    const { dataFile, schema } = declared;
    const columns = Object.keys(schema.columns);
    if (columns.length === 0) continue;
    const header =
      tables.get(dataFile)?.header ??
      (read.has(dataFile) ? null : await readHeader(join(repo.root, dataFile), schema.delimiter));
    if (!header) continue;

    for (const column of columns) {
      if (header.includes(column)) continue;
      problems.push({
        severity: 'error',
        code: 'unknown-column',
        ...declaredPlace(declared, repo.locators, ['columns', column]),
        message: `the schema declares column "${column}", which is not in ${dataFile} (its columns: ${header.join(', ')})`,
        hint: didYouMean(column, header) ?? 'Name a column of the file’s header row, or remove it.',
      });
    }
  }
  return problems;
}
