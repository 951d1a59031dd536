/**
 * Finds the schema of each data file: a sidecar `data/<name>.schema.yaml`
 * beside `data/<name>.csv`, or the file's entry under `data:` in the site
 * config. One file has at most one schema, so the two ways never merge.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatPlace } from '../errors/problem.ts';
import type { Problem } from '../errors/problem.ts';
import { nearestName } from '../errors/nearest-name.ts';
import { dataFileSchema } from '../schema/data-schema.ts';
import type { ColumnDeclaration, DataFileSchema } from '../schema/data-schema.ts';
import type { SiteConfig } from '../schema/site.ts';
import { parseYamlWith } from '../schema/validate.ts';
import type { Locator, Place } from '../schema/validate.ts';
import { DATA_DIRECTORY, SITE_CONFIG_FILE } from './repo-paths.ts';

export const SCHEMA_SUFFIX = '.schema.yaml';

export interface DeclaredSchema {
  /** The data file it describes, such as `data/orders.csv`. */
  dataFile: string;
  schema: DataFileSchema;
  /** The file it is written in: the sidecar or the site config. */
  file: string;
  /** Where the schema sits in `file`: `[]` in a sidecar, `['data', dataFile]` in the site config. */
  path: string[];
}

/** The sidecar schema of a data file: `data/orders.csv` → `data/orders.schema.yaml`. */
export function sidecarOf(dataFile: string): string {
  return dataFile.replace(/\.csv$/i, '') + SCHEMA_SUFFIX;
}

/** Where a field of a declared schema is, as `file:line:column`, for messages naming it. */
export function declaredPlace(
  declared: DeclaredSchema,
  locators: ReadonlyMap<string, Locator>,
  field: (string | number)[],
): Place & { file: string } {
  const place = locators.get(declared.file)?.([...declared.path, ...field]) ?? {
    line: 1,
    column: 1,
  };
  return { file: declared.file, ...place };
}

/** A column's declaration in a file's schema, if the file has a schema that declares it. */
export function columnDeclaration(
  declared: DeclaredSchema | undefined,
  column: string,
): ColumnDeclaration | undefined {
  return declared && Object.hasOwn(declared.schema.columns, column)
    ? declared.schema.columns[column]
    : undefined;
}

async function filesUnderData(root: string): Promise<string[]> {
  const entries = await readdir(join(root, DATA_DIRECTORY), { recursive: true }).catch(() => []);
  return entries.map((entry) => `${DATA_DIRECTORY}/${entry.replaceAll('\\', '/')}`).sort();
}

/**
 * Every data file's schema, by data file. Sidecars are parsed here (their
 * problems and locators added to the repository's); entries of the site
 * config were parsed with it.
 */
export async function readDataSchemas(
  root: string,
  config: SiteConfig,
  problems: Problem[],
  locators: Map<string, Locator>,
): Promise<Map<string, DeclaredSchema>> {
  const files = await filesUnderData(root);
  const csvFiles = files.filter((file) => file.toLowerCase().endsWith('.csv'));
  const sidecars = files.filter((file) => file.endsWith(SCHEMA_SUFFIX));
  const schemas = new Map<string, DeclaredSchema>();

  for (const file of sidecars) {
    const dataFile = csvFiles.find((csv) => sidecarOf(csv) === file);
    const parsed = parseYamlWith(dataFileSchema, await readFile(join(root, file), 'utf8'), file);
    locators.set(file, parsed.locate);
    problems.push(...parsed.problems);
    if (dataFile === undefined) {
      problems.push(orphanProblem(file, csvFiles));
      continue;
    }
    if (parsed.value) schemas.set(dataFile, { dataFile, schema: parsed.value, file, path: [] });
  }

  for (const [dataFile, schema] of Object.entries(config.data)) {
    const sidecar = sidecarOf(dataFile);
    if (!sidecars.includes(sidecar)) {
      schemas.set(dataFile, { dataFile, schema, file: SITE_CONFIG_FILE, path: ['data', dataFile] });
      continue;
    }
    const entry = locators.get(SITE_CONFIG_FILE)?.(['data', dataFile]);
    problems.push({
      severity: 'error',
      code: 'duplicate-schema',
      file: sidecar,
      ...(locators.get(sidecar)?.([]) ?? { line: 1, column: 1 }),
      message: `${dataFile} has two schemas: this file and the entry under \`data:\` in ${formatPlace({ file: SITE_CONFIG_FILE, ...entry })}`,
      hint: `Keep one: move the settings into ${sidecar} and remove the entry from ${SITE_CONFIG_FILE}, or the other way round.`,
    });
  }
  return schemas;
}

/** A sidecar must sit beside its CSV file under the same name, or it describes nothing. */
function orphanProblem(file: string, csvFiles: readonly string[]): Problem {
  const wanted = file.slice(0, -SCHEMA_SUFFIX.length) + '.csv';
  const nearest = nearestName(wanted, csvFiles);
  return {
    severity: 'error',
    code: 'file-not-found',
    file,
    line: 1,
    column: 1,
    message: `the schema describes ${wanted}, which does not exist`,
    hint:
      nearest !== undefined
        ? `Did you mean "${nearest}"? Rename the schema to ${sidecarOf(nearest)}.`
        : `Name the schema after the CSV file it describes: data/<name>.schema.yaml beside data/<name>.csv.`,
  };
}
