/**
 * A KPI source against the schema of the file it reads. The schema's
 * settings are the defaults of every source reading the file; a source may
 * repeat one, but not contradict it, since two KPIs reading one file two
 * ways is a mistake in one of them. A column the schema types as text (or a
 * date) cannot be summed.
 */
import { formatPlace } from '../errors/problem.ts';
import type { Problem } from '../errors/problem.ts';
import type { Kpi } from '../schema/kpi.ts';
import { aggregateOf } from '../schema/source.ts';
import type { Source } from '../schema/source.ts';
import { columnDeclaration, declaredPlace } from './data-schemas.ts';
import type { DeclaredSchema } from './data-schemas.ts';
import type { Repo } from './load-repo.ts';

type SourceField = 'source' | 'numerator' | 'denominator';

type SettingName = 'decimal' | 'thousands' | 'delimiter' | 'missing' | 'dateFormat';

/** A setting as the source and the schema state it, with the schema's path to it. */
interface Setting {
  name: SettingName;
  inSource: string | undefined;
  inSchema: string | undefined;
  schemaPath: string[];
}

function setting(
  name: SettingName,
  inSource: string | undefined,
  inSchema: string | undefined,
  schemaPath: string[] = [name],
): Setting {
  return { name, inSource, inSchema, schemaPath };
}

/** Markers in a stable order, as text: the same set written in another order agrees. */
function markerList(markers: readonly string[] | undefined): string | undefined {
  return markers === undefined ? undefined : JSON.stringify([...markers].sort());
}

/** The settings a source shares with its file's schema; a column's own setting beats the file's. */
function settingsOf(source: Source, declared: DeclaredSchema): Setting[] {
  const { schema } = declared;
  const dateColumn = columnDeclaration(declared, source.date);
  const value = source.value;
  const valueColumn = value === undefined ? undefined : columnDeclaration(declared, value);
  return [
    setting('decimal', source.decimal, schema.decimal),
    setting('thousands', source.thousands, schema.thousands),
    setting('delimiter', source.delimiter, schema.delimiter),
    value !== undefined && valueColumn?.missing !== undefined
      ? setting('missing', markerList(source.missing), markerList(valueColumn.missing), [
          'columns',
          value,
          'missing',
        ])
      : setting('missing', markerList(source.missing), markerList(schema.missing)),
    dateColumn?.format !== undefined
      ? setting('dateFormat', source.dateFormat, dateColumn.format, [
          'columns',
          source.date,
          'format',
        ])
      : setting('dateFormat', source.dateFormat, schema.dateFormat),
  ];
}

export function checkSourceAgainstSchema(
  repo: Repo,
  kpi: Kpi,
  field: SourceField,
  source: Source,
): Problem[] {
  const declared = repo.dataSchemas.get(source.file);
  if (!declared) return [];
  const problems: Problem[] = [];
  const placeIn = (path: (string | number)[]) =>
    repo.locators.get(kpi.file)?.(path) ?? { line: 1, column: 1 };

  for (const setting of settingsOf(source, declared)) {
    const { name, inSource, inSchema } = setting;
    if (inSource === undefined || inSchema === undefined || inSource === inSchema) continue;
    const where = formatPlace(declaredPlace(declared, repo.locators, setting.schemaPath));
    problems.push({
      severity: 'error',
      code: 'conflicting-setting',
      file: kpi.file,
      ...placeIn([field, name]),
      message: `${field}.${name} ${show(inSource)} contradicts ${name} ${show(inSchema)} in the schema of ${source.file} (${where})`,
      hint: `The schema sets it for every KPI that reads ${source.file}: remove \`${name}\` from the ${field}, or change the schema at ${where}.`,
    });
  }

  const valueType = typeOfValue(declared, source);
  if (valueType !== null) {
    const where = formatPlace(declaredPlace(declared, repo.locators, ['columns', source.value!]));
    problems.push({
      severity: 'error',
      code: 'column-type',
      file: kpi.file,
      ...placeIn([field, 'value']),
      message: `${field}.value: column "${source.value}" is declared ${valueType} (${where}), so it cannot be aggregated with ${aggregateOf(source)}`,
      hint: `Declare it \`number\` or \`integer\` in the schema of ${source.file}, or count its rows with \`aggregate: count\` or \`count_distinct\`.`,
    });
  }
  return problems;
}

/** The declared type of a value column that cannot give numbers, or null when it can. */
function typeOfValue(declared: DeclaredSchema, source: Source): string | null {
  if (source.value === undefined) return null;
  const aggregate = aggregateOf(source);
  if (aggregate === 'count' || aggregate === 'count_distinct') return null;
  const type = columnDeclaration(declared, source.value)?.type;
  return type === undefined || type === 'number' || type === 'integer' ? null : type;
}

/** A setting as written: a list of markers is shown as the list it is. */
function show(value: string): string {
  return value.startsWith('[') ? value : JSON.stringify(value);
}
