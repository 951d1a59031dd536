/**
 * Which columns of a data file a KPI source reads, and how: the source's own
 * settings first, then the file's schema, then the defaults. The same
 * request is built when reading and when binding, so both find one column.
 */
import type { ColumnRequest, NumberColumnRequest } from '../csv/table.ts';
import type { Kpi } from '../schema/kpi.ts';
import { aggregateOf } from '../schema/source.ts';
import type { Source } from '../schema/source.ts';
import { columnDeclaration } from './data-schemas.ts';
import type { Repo } from './load-repo.ts';

/** A source of a KPI with the path of its fields in the definition. */
export interface KpiSourceRef {
  kpi: Kpi;
  source: Source;
  /** `source`, `numerator` or `denominator`. */
  field: 'source' | 'numerator' | 'denominator';
}

/** A column request with the path of the definition's field that asks for it. */
export interface PlacedRequest {
  request: ColumnRequest;
  path: (string | number)[];
  /** `key` when the field's key is the column's name (a `where` filter), so a problem with the name points there. */
  at?: 'key';
}

/** A number column as the schema (and the source, if given) says it is written. */
function numberRequest(
  repo: Repo,
  file: string,
  name: string,
  source?: Source,
): NumberColumnRequest {
  const declared = repo.dataSchemas.get(file);
  const schema = declared?.schema;
  const column = columnDeclaration(declared, name);
  return {
    kind: 'number',
    name,
    numberFormat: {
      decimal: source?.decimal ?? schema?.decimal ?? '.',
      thousands: source?.thousands ?? schema?.thousands,
    },
    missing: source?.missing ?? column?.missing ?? schema?.missing ?? [],
    ...(column?.type === 'integer' ? { integer: true } : {}),
  };
}

/** The date format of a column: the source's, the column's, then the file's; none for ISO. */
function dateFormatOf(repo: Repo, file: string, name: string, source?: Source): string | undefined {
  const declared = repo.dataSchemas.get(file);
  return (
    source?.dateFormat ?? columnDeclaration(declared, name)?.format ?? declared?.schema.dateFormat
  );
}

/** The value column's request: text for counting and distinct counts, a number otherwise. */
export function valueRequest(repo: Repo, source: Source): ColumnRequest | null {
  if (source.value === undefined) return null;
  const aggregate = aggregateOf(source);
  if (aggregate === 'count' || aggregate === 'count_distinct')
    return { kind: 'text', name: source.value };
  return numberRequest(repo, source.file, source.value, source);
}

export function dateRequest(repo: Repo, source: Source): ColumnRequest {
  return {
    kind: 'date',
    name: source.date,
    format: dateFormatOf(repo, source.file, source.date, source),
  };
}

/**
 * The request that checks a column against its declared type, when the KPIs
 * read it some other way (a number column as a breakdown, say). Only the
 * declared columns that KPIs read are checked: a column no KPI reads is not
 * converted at all, so a schema never slows reading down by its size.
 */
function declaredRequest(repo: Repo, file: string, name: string): ColumnRequest | null {
  const type = columnDeclaration(repo.dataSchemas.get(file), name)?.type;
  switch (type) {
    case 'number':
    case 'integer':
      return numberRequest(repo, file, name);
    case 'date':
    case 'timestamp':
      return { kind: 'date', name, format: dateFormatOf(repo, file, name) };
    default:
      return null;
  }
}

/** Every column a source reads, with the path of the field that names it. */
export function requestsOf(repo: Repo, ref: KpiSourceRef): PlacedRequest[] {
  const { source, field, kpi } = ref;
  const requests: PlacedRequest[] = [{ request: dateRequest(repo, source), path: [field, 'date'] }];
  const value = valueRequest(repo, source);
  if (value) requests.push({ request: value, path: [field, 'value'] });
  for (const column of Object.keys(source.where ?? {}))
    requests.push({
      request: { kind: 'text', name: column },
      path: [field, 'where', column],
      at: 'key',
    });
  kpi.breakdown.forEach((dimension, index) =>
    requests.push({ request: { kind: 'text', name: dimension }, path: ['breakdown', index] }),
  );

  const checks: PlacedRequest[] = [];
  for (const { request, path, at } of requests) {
    const declared = declaredRequest(repo, source.file, request.name);
    if (declared && declared.kind !== request.kind)
      checks.push({ request: declared, path, ...(at ? { at } : {}) });
  }
  return [...requests, ...checks];
}
