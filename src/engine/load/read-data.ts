/**
 * Reads every data file the KPIs use, each exactly once per build however
 * many KPIs read it, keeping only the columns they use. Columns a KPI names
 * that a file lacks are reported where the KPI names them.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cacheDirectory } from '../cache/cache-directory.ts';
import { PartWorkers, workersAvailable } from '../csv/part-workers.ts';
import { readCsv, threadsFor } from '../csv/read-csv.ts';
import type { CsvResult, ReadCsvOptions } from '../csv/read-csv.ts';
import { columnKey } from '../csv/table.ts';
import type { ColumnRequest, Table } from '../csv/table.ts';
import { didYouMean } from '../errors/nearest-name.ts';
import type { Problem } from '../errors/problem.ts';
import type { Kpi } from '../schema/kpi.ts';
import { checkSchemaColumns } from './check-schema-columns.ts';
import { requestsOf } from './column-requests.ts';
import type { KpiSourceRef } from './column-requests.ts';
import type { Repo } from './load-repo.ts';
import { thousandsDotProblems } from './thousands-dots.ts';
import type { PlainNumberColumn } from './thousands-dots.ts';

export type { KpiSourceRef } from './column-requests.ts';

export interface DataSet {
  tables: Map<string, Table>;
  problems: Problem[];
}

/** Reports progress on long work: one line per file read. */
export type FileReadListener = (file: string, rows: number, milliseconds: number) => void;

/** Reads one data file: `readCsv`, or a stand-in that counts reads in tests. */
export type CsvReader = (options: ReadCsvOptions) => Promise<CsvResult>;

export function sourcesOf(kpi: Kpi): KpiSourceRef[] {
  const refs: KpiSourceRef[] = [];
  if (kpi.source) refs.push({ kpi, source: kpi.source, field: 'source' });
  if (kpi.numerator) refs.push({ kpi, source: kpi.numerator, field: 'numerator' });
  if (kpi.denominator) refs.push({ kpi, source: kpi.denominator, field: 'denominator' });
  return refs;
}

async function dataFiles(root: string): Promise<string[]> {
  const entries = await readdir(join(root, 'data'), { recursive: true }).catch(() => []);
  return entries
    .filter((entry) => entry.endsWith('.csv'))
    .map((entry) => `data/${entry.replaceAll('\\', '/')}`);
}

export interface ReadDataOptions {
  onFile?: FileReadListener | undefined;
  /** @default readCsv */
  read?: CsvReader | undefined;
  /** Threads for large files, started early by the caller (see startDataWorkers); closed here. */
  workers?: Promise<PartWorkers | null> | undefined;
}

/**
 * Threads for reading the large CSV files under `data/`, started before the
 * definitions are even read, since a thread takes a while to load the code
 * that reads: by the time a large file is cut into parts, they are ready.
 * Null when no file is large enough to share out.
 */
export async function startDataWorkers(root: string): Promise<PartWorkers | null> {
  const files = await dataFiles(root);
  const sizes = await Promise.all(
    files.map((file) =>
      stat(join(root, file)).then(
        (info) => info.size,
        () => 0,
      ),
    ),
  );
  const threads = Math.max(1, ...sizes.map((size) => threadsFor(size)));
  if (threads < 2 || !workersAvailable()) return null;
  return new PartWorkers(threads - 1, cacheDirectory(process.env));
}

export async function readData(
  repo: Repo,
  kpis: readonly Kpi[],
  options: ReadDataOptions = {},
): Promise<DataSet> {
  const { onFile, read = readCsv } = options;
  const problems: Problem[] = [];
  const byFile = new Map<string, { refs: KpiSourceRef[]; requests: Map<string, ColumnRequest> }>();
  for (const ref of kpis.flatMap(sourcesOf)) {
    let entry = byFile.get(ref.source.file);
    if (!entry) byFile.set(ref.source.file, (entry = { refs: [], requests: new Map() }));
    entry.refs.push(ref);
    for (const { request } of requestsOf(repo, ref))
      entry.requests.set(columnKey(request), request);
  }

  const known = await dataFiles(repo.root);
  const tables = new Map<string, Table>();
  const workers = await (options.workers ?? startDataWorkers(repo.root));
  try {
    for (const [file, { refs, requests }] of byFile) {
      const started = performance.now();
      const declared =
        repo.dataSchemas.get(file)?.schema.delimiter ??
        refs.find((ref) => ref.source.delimiter)?.source.delimiter;
      const result = await read({
        path: join(repo.root, file),
        file,
        requests: [...requests.values()],
        delimiter: declared,
        calendar: repo.calendar,
        timeZone: repo.config.timeZone,
        workers: workers ?? undefined,
      });
      if (result.table) {
        tables.set(file, result.table);
        onFile?.(file, result.table.rowCount, performance.now() - started);
      }
      problems.push(...fileProblems(repo, file, refs, result, known));
      // Only a semicolon file can be a European spreadsheet's; others are not opened again.
      if (result.table && result.delimiter === ';')
        problems.push(
          ...(await thousandsDotProblems(
            join(repo.root, file),
            file,
            plainNumberColumns(repo, refs),
          )),
        );
    }
    problems.push(...(await checkSchemaColumns(repo, tables, new Set(byFile.keys()))));
  } finally {
    await workers?.close();
  }
  return { tables, problems: dedupe(problems) };
}

/** A file's own problems, with a missing file or column reported where the KPIs name them. */
function fileProblems(
  repo: Repo,
  file: string,
  refs: readonly KpiSourceRef[],
  result: CsvResult,
  known: readonly string[],
): Problem[] {
  if (result.problems.some((problem) => problem.code === 'file-not-found')) {
    return refs.map((ref) => ({
      severity: 'error',
      code: 'file-not-found',
      file: ref.kpi.file,
      ...(repo.locators.get(ref.kpi.file)?.([ref.field, 'file']) ?? {}),
      message: `${ref.field}.file "${file}" does not exist`,
      hint:
        didYouMean(file, known) ??
        'Add the CSV file, or correct the path (relative to the repository root).',
    }));
  }
  const problems = [...result.problems];
  // A breakdown by a column the header has twice was reported as a duplicate; it is not read.
  for (const name of result.ambiguousColumns) {
    for (const ref of refs) dropDimension(ref.kpi, name);
  }
  if (result.unknownColumns.length === 0 || !result.table) return problems;
  const header = result.table.header;
  // A header without names was reported at the file; every column a KPI reads would repeat it.
  if (header.every((name) => name === '')) return problems;
  for (const ref of refs) {
    for (const { request, path, at } of requestsOf(repo, ref)) {
      if (!result.unknownColumns.includes(request.name)) continue;
      if (path[0] === 'breakdown') dropDimension(ref.kpi, request.name);
      problems.push({
        severity: 'error',
        code: 'unknown-column',
        file: ref.kpi.file,
        ...(repo.locators.get(ref.kpi.file)?.(path, at) ?? {}),
        message: `column "${request.name}" is not in ${file} (its columns: ${header.join(', ')})`,
        hint: didYouMean(request.name, header) ?? 'Name a column of the file’s header row.',
      });
    }
  }
  return problems;
}

/**
 * The number columns read with the default format because no source or
 * schema declares one: a declared `decimal` or `thousands`, even `decimal:
 * "."`, is the author's word on how the file is written.
 */
function plainNumberColumns(repo: Repo, refs: readonly KpiSourceRef[]): PlainNumberColumn[] {
  const columns = new Map<string, PlainNumberColumn>();
  for (const ref of refs) {
    const { source } = ref;
    const schema = repo.dataSchemas.get(source.file)?.schema;
    const declared = [source.decimal, source.thousands, schema?.decimal, schema?.thousands];
    if (declared.some((setting) => setting !== undefined)) continue;
    for (const { request } of requestsOf(repo, ref))
      if (request.kind === 'number' && !columns.has(request.name))
        columns.set(request.name, { name: request.name, missing: request.missing });
  }
  return [...columns.values()];
}

/**
 * A breakdown by a column the file lacks is reported (above) and dropped, so
 * that the KPI's own numbers, which do not depend on it, are still computed
 * and checked in the same run instead of stopping at the missing column.
 */
function dropDimension(kpi: Kpi, dimension: string): void {
  kpi.breakdown = kpi.breakdown.filter((name) => name !== dimension);
}

/** The same breakdown column missing from two sources of one KPI is one problem. */
function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.file}:${problem.line}:${problem.column}:${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
