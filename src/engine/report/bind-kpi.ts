/** Binds a KPI's sources to the parsed tables, ready for aggregation. */
import { bindSource } from '../aggregate/bound-source.ts';
import type { BoundSource } from '../aggregate/bound-source.ts';
import type { KpiSources } from '../aggregate/kpi-series.ts';
import { columnKey } from '../csv/table.ts';
import type { Column, DateColumn, NumberColumn, Table, TextColumn } from '../csv/table.ts';
import { didYouMean } from '../errors/nearest-name.ts';
import type { Problem } from '../errors/problem.ts';
import { dateRequest, valueRequest } from '../load/column-requests.ts';
import type { Repo } from '../load/load-repo.ts';
import type { Kpi } from '../schema/kpi.ts';
import type { Source } from '../schema/source.ts';

function columnOf<T extends Column>(table: Table, key: string): T | undefined {
  return table.columns.get(key) as T | undefined;
}

function bind(
  repo: Repo,
  kpi: Kpi,
  field: 'source' | 'numerator' | 'denominator',
  source: Source,
  tables: Map<string, Table>,
  problems: Problem[],
): BoundSource | null {
  const table = tables.get(source.file);
  if (!table) return null;
  const date = columnOf<DateColumn>(table, columnKey(dateRequest(repo, source)));
  const request = valueRequest(repo, source);
  const value = request ? columnOf<NumberColumn | TextColumn>(table, columnKey(request)) : null;
  if (!date || value === undefined) return null;

  const filters: { column: TextColumn; values: readonly string[] }[] = [];
  for (const [name, values] of Object.entries(source.where ?? {})) {
    const column = columnOf<TextColumn>(table, `text:${name}`);
    if (!column) return null;
    filters.push({ column, values });
    const present = new Set(column.dictionary.map((text) => text.trim()));
    values.forEach((wanted, index) => {
      if (present.has(wanted.trim())) return;
      const place =
        repo.locators.get(kpi.file)?.([
          field,
          'where',
          name,
          ...(Array.isArray(source.where?.[name]) && values.length > 1 ? [index] : []),
        ]) ?? {};
      problems.push({
        severity: 'warning',
        code: 'unmatched-filter',
        file: kpi.file,
        ...place,
        message: `no row of ${source.file} has ${name} "${wanted}"`,
        hint:
          didYouMean(wanted, present) ??
          `Its values include ${[...present].slice(0, 5).join(', ')}.`,
      });
    });
  }
  return bindSource(source, table, { date, value, filters });
}

/** The KPI's bound sources, or null when a file or column is missing (already reported). */
export function bindKpi(
  repo: Repo,
  kpi: Kpi,
  tables: Map<string, Table>,
  problems: Problem[],
): KpiSources | null {
  if (kpi.source) {
    const source = bind(repo, kpi, 'source', kpi.source, tables, problems);
    return source ? { kind: 'single', source } : null;
  }
  if (kpi.numerator && kpi.denominator) {
    const numerator = bind(repo, kpi, 'numerator', kpi.numerator, tables, problems);
    const denominator = bind(repo, kpi, 'denominator', kpi.denominator, tables, problems);
    return numerator && denominator ? { kind: 'ratio', numerator, denominator } : null;
  }
  return null;
}

/** The text column of a breakdown dimension in a bound source's table. */
export function dimensionColumn(source: BoundSource, dimension: string): TextColumn {
  const column = source.table.columns.get(`text:${dimension}`);
  if (!column || column.kind !== 'text')
    throw new Error(`Column "${dimension}" of ${source.table.file} was not read.`);
  return column;
}
