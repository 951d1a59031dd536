/**
 * Parses YAML and validates it against a schema, turning every YAML error and
 * schema issue into a problem that points at the line and column of the value.
 */
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, YAMLError } from 'yaml';
import type { z } from 'zod';
import { didYouMean } from '../errors/nearest-name.ts';
import type { Problem } from '../errors/problem.ts';
import { fileNameHint, fileNameNote } from './file-name-fields.ts';
import { fieldNamesAt } from './schema-keys.ts';
import { fieldHint, mappingFormHint, yamlErrorHint } from './validation-hints.ts';

export interface Place {
  line: number;
  column: number;
}

/**
 * Finds the place of a value in the file by its path, for problems found
 * after parsing; with `key`, the place of the key that names it, for
 * problems about the name itself (a column named in a `where` filter).
 */
export type Locator = (path: readonly (string | number)[], at?: 'value' | 'key') => Place;

export interface Validated<T> {
  /**
   * The parsed value; when there are problems, the value without the fields
   * that have them (if the rest is valid), so that later checks still run on
   * the rest. Null when nothing usable is left.
   */
  value: T | null;
  problems: Problem[];
  locate: Locator;
}

type Path = (string | number)[];

export function parseYamlWith<S extends z.ZodType>(
  schema: S,
  yaml: string,
  file: string,
  lineOffset = 0,
): Validated<z.output<S>> {
  const lineCounter = new LineCounter();
  // Failsafe: every scalar is the text the user typed; the schema converts it.
  const document = parseDocument(yaml, {
    schema: 'failsafe',
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
  });
  const placeAt = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };

  const locate: Locator = (path, at = 'value') =>
    (at === 'key' ? keyPlace(document, [...path], placeAt) : null) ??
    placeOf(document, [...path], placeAt);

  if (document.errors.length > 0) {
    return { value: null, locate, problems: yamlProblems(document.errors, yaml, file, placeAt) };
  }

  const data: unknown = document.toJS() ?? {};
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, problems: [], locate };
  const problems = result.error.issues.flatMap((issue) =>
    issueToProblems(issue, [], schema, document, file, placeAt),
  );
  // In the order of the file, not of the schema's fields.
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { value: withoutFaultyFields(schema, data, result.error.issues), locate, problems };
}

/**
 * The document without the top-level fields that have problems, if the rest
 * is valid: a target without a deadline must not hide the problems of the
 * KPI's data. Null when a problem concerns the whole document.
 */
function withoutFaultyFields<S extends z.ZodType>(
  schema: S,
  data: unknown,
  issues: readonly z.core.$ZodIssue[],
): z.output<S> | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const faulty = new Set<PropertyKey>();
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys' && issue.path.length === 0)
      issue.keys.forEach((key) => faulty.add(key));
    else if (issue.path[0] !== undefined) faulty.add(issue.path[0]);
    else return null;
  }
  const rest = Object.fromEntries(Object.entries(data).filter(([key]) => !faulty.has(key)));
  const retry = schema.safeParse(rest);
  return retry.success ? retry.data : null;
}

/** One problem per place: the YAML parser often reports one mistake twice. */
function yamlProblems(
  errors: readonly YAMLError[],
  yaml: string,
  file: string,
  placeAt: (offset: number) => Place,
): Problem[] {
  const seen = new Set<number>();
  const problems: Problem[] = [];
  for (const error of errors) {
    if (seen.has(error.pos[0])) continue;
    seen.add(error.pos[0]);
    const message = error.message.split('\n')[0] ?? error.code;
    const key = error.code === 'DUPLICATE_KEY' ? keyAt(yaml, error.pos[0]) : null;
    problems.push({
      severity: 'error',
      code: 'yaml-syntax',
      file,
      ...placeAt(error.pos[0]),
      message: key
        ? `YAML syntax: the field "${key}" is written twice`
        : `YAML syntax: ${message.replace(/\.$/, '')}`,
      hint: yamlErrorHint(error.code),
    });
  }
  return problems;
}

/** The key text starting at `offset`, for naming a duplicate key. */
function keyAt(yaml: string, offset: number): string | null {
  const match = /^\s*["']?([^:"'\n]+)/.exec(yaml.slice(offset));
  return match?.[1]?.trim() ?? null;
}

function issueToProblems(
  issue: z.core.$ZodIssue,
  prefix: Path,
  schema: z.ZodType,
  document: Document,
  file: string,
  placeAt: (offset: number) => Place,
): Problem[] {
  const path: Path = [
    ...prefix,
    ...issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment)),
  ];

  if (issue.code === 'invalid_union') {
    // A branch that got past the shape (its issues are deeper) is the one the user meant.
    const deeper = issue.errors.find((branch) => branch.some((inner) => inner.path.length > 0));
    if (deeper)
      return deeper.flatMap((inner) =>
        issueToProblems(inner, path, schema, document, file, placeAt),
      );
  }

  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((key) => unknownFieldProblem(key, path, schema, document, file, placeAt));

  const label = describePath(path);
  const node = document.getIn(path, true);
  const found = describeFound(node);
  const message =
    issue.code === 'custom'
      ? issue.message
      : found === 'nothing'
        ? 'required, but missing'
        : found === 'empty'
          ? 'required, but empty'
          : `${expectation(issue)}, found ${found}`;
  const hint =
    enumHint(issue, node) ??
    customHint(issue) ??
    scalarForMappingHint(issue, node, path) ??
    fieldHint(path) ??
    requiredHint(found, path.at(-1));
  return [
    {
      severity: 'error',
      code: 'invalid-field',
      file,
      ...placeOf(document, path, placeAt),
      message: label ? `${label}: ${message}` : message,
      ...(hint ? { hint } : {}),
    },
  ];
}

function unknownFieldProblem(
  key: string,
  path: Path,
  schema: z.ZodType,
  document: Document,
  file: string,
  placeAt: (offset: number) => Place,
): Problem {
  const known = fieldNamesAt(schema, path);
  const parent = document.getIn(path, true);
  const keyNode = isMap(parent)
    ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.key
    : null;
  const place =
    isNode(keyNode) && keyNode.range ? placeAt(keyNode.range[0]) : placeOf(document, path, placeAt);
  const label = describePath(path);
  const message = `unknown field "${label ? `${label}.${key}` : key}"`;

  // A field the file name gives (a KPI's id) is explained, not listed with the fields known here.
  const note = fileNameNote(schema, path, key);
  if (note !== undefined) {
    const value = document.getIn([...path, key], true);
    const text = isScalar(value) && typeof value.value === 'string' ? value.value : undefined;
    const hint = fileNameHint(key, text, file);
    return {
      severity: 'error',
      code: 'unknown-field',
      file,
      ...place,
      message: `${message}: ${note}`,
      hint,
    };
  }

  return {
    severity: 'error',
    code: 'unknown-field',
    file,
    ...place,
    message,
    hint:
      didYouMean(
        key,
        known.filter((name) => name !== key),
      ) ?? `Remove it; the fields known here are ${known.join(', ')}.`,
  };
}

/** `target.value`; list indexes are left out because the line and column already say which item. */
function describePath(path: Path): string {
  return path.filter((segment) => typeof segment === 'string').join('.');
}

/** The place of the key that ends `path` in its mapping, or null when there is none. */
function keyPlace(
  document: Document,
  path: Path,
  placeAt: (offset: number) => Place,
): Place | null {
  const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
  const last = path.at(-1);
  if (!isMap(parent)) return null;
  const key = parent.items.find((pair) => isScalar(pair.key) && pair.key.value === last)?.key;
  return isNode(key) && key.range ? placeAt(key.range[0]) : null;
}

/** The place of the deepest node on `path` that exists. */
function placeOf(document: Document, path: Path, placeAt: (offset: number) => Place): Place {
  for (let length = path.length; length >= 0; length--) {
    const node = length === 0 ? document.contents : document.getIn(path.slice(0, length), true);
    if (isNode(node) && node.range) return placeAt(node.range[0]);
  }
  return { line: 1, column: 1 };
}

function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${describeExpected(issue.expected)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${JSON.stringify(issue.values[0])}`
        : `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_union':
      return `expected ${unionAlternatives(issue)}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `expected at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`
        : issue.origin === 'string'
          ? 'expected a non-empty value'
          : `expected a number ${issue.inclusive ? 'of at least' : 'above'} ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `expected at most ${issue.maximum} item${issue.maximum === 1 ? '' : 's'}`
        : `expected a number ${issue.inclusive ? 'of at most' : 'below'} ${issue.maximum}`;
    case 'invalid_format':
      return issue.format === 'regex'
        ? issue.message
        : `expected ${issue.format === 'url' ? 'a URL' : `a ${issue.format}`}`;
    default:
      return issue.message.replace(/^Invalid input: /, '');
  }
}

/** `"false" or a mapping of fields`: what each branch of a union wanted. */
function unionAlternatives(issue: z.core.$ZodIssueInvalidUnion): string {
  const wanted = issue.errors.map((branch) =>
    branch[0] ? expectation(branch[0]).replace(/^expected /, '') : 'something else',
  );
  return [...new Set(wanted)].join(' or ');
}

function describeExpected(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'a mapping of fields',
    array: 'a list',
    tuple: 'a list',
    record: 'a mapping',
  };
  return names[expected] ?? expected;
}

function describeFound(node: unknown): string {
  if (node === undefined || node === null) return 'nothing';
  if (isScalar(node)) {
    // Failsafe YAML scalars are strings, or null for an empty value.
    const text = typeof node.value === 'string' ? node.value : '';
    return text.trim() === '' ? 'empty' : JSON.stringify(text);
  }
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  return 'something else';
}

/** For a field left out or left empty, what to write. */
function requiredHint(found: string, key: string | number | undefined): string | undefined {
  if (typeof key !== 'string') return undefined;
  if (found === 'nothing') return `Add the field \`${key}:\` with a value.`;
  if (found === 'empty') return `Write a value after \`${key}:\`.`;
  return undefined;
}

/** For one value where a mapping was expected (`target: 1.10`), the mapping form of the field. */
function scalarForMappingHint(
  issue: z.core.$ZodIssue,
  node: unknown,
  path: Path,
): string | undefined {
  const wantedMapping =
    (issue.code === 'invalid_type' && issue.expected === 'object') ||
    issue.code === 'invalid_union';
  if (!wantedMapping || !isScalar(node) || typeof node.value !== 'string') return undefined;
  return mappingFormHint(path, node.value.trim(), issue.code === 'invalid_union');
}

/** Custom checks carry their own hint in `params.hint`. */
function customHint(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code !== 'custom') return undefined;
  const hint: unknown = issue.params?.['hint'];
  return typeof hint === 'string' ? hint : undefined;
}

/**
 * For a value outside a fixed set, the allowed value it was probably meant to
 * be; also when the set is one branch of a union (`amount: numbr` for a type
 * that may also be written as a mapping).
 */
function enumHint(issue: z.core.$ZodIssue, node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const allowed =
    issue.code === 'invalid_value'
      ? issue.values
      : issue.code === 'invalid_union'
        ? issue.errors
            .flat()
            .flatMap((inner) =>
              inner.code === 'invalid_value' && inner.path.length === 0 ? inner.values : [],
            )
        : [];
  return allowed.length === 0
    ? undefined
    : didYouMean(
        String(node.value),
        allowed.map((value) => String(value)),
      );
}
