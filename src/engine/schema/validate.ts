/**
 * Parses YAML and validates it against a schema, turning every YAML error and
 * schema issue into a problem that points at the line and column of the value.
 */
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { z } from 'zod';
import { didYouMean } from '../errors/nearest-name.ts';
import type { Problem } from '../errors/problem.ts';
import { fieldNamesAt } from './schema-keys.ts';

export interface Place {
  line: number;
  column: number;
}

/** Finds the place of a value in the file by its path, for problems found after parsing. */
export type Locator = (path: readonly (string | number)[]) => Place;

export interface Validated<T> {
  value: T | null;
  problems: Problem[];
  locate: Locator;
}

/** Hints for fields users commonly get wrong, by dotted path with list indexes removed. */
const FIELD_HINTS: Record<string, string> = {
  'target.by': 'A target needs a deadline: add `by:` with a period such as 2026-12.',
  'target.value': 'Write the target as a plain number, such as 200000 or 0.42.',
  'source.file': 'Name a CSV file in data/, such as data/orders.csv.',
  grain: 'Use day, week, month, quarter, year, fiscal-quarter or fiscal-year.',
};

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

  const locate: Locator = (path) => placeOf(document, [...path], placeAt);

  if (document.errors.length > 0) {
    return {
      value: null,
      locate,
      problems: document.errors.map((error) => ({
        severity: 'error',
        code: 'yaml-syntax',
        file,
        ...placeAt(error.pos[0]),
        message: `YAML syntax: ${error.message.split('\n')[0]}`,
        hint: 'Check the indentation and quoting around this line.',
      })),
    };
  }

  const result = schema.safeParse(document.toJS() ?? {});
  if (result.success) return { value: result.data, problems: [], locate };
  return {
    value: null,
    locate,
    problems: result.error.issues.map((issue) =>
      issueToProblem(issue, schema, document, file, placeAt),
    ),
  };
}

function issueToProblem(
  issue: z.core.$ZodIssue,
  schema: z.ZodType,
  document: Document,
  file: string,
  placeAt: (offset: number) => Place,
): Problem {
  const path = issue.path.map((segment) =>
    typeof segment === 'symbol' ? String(segment) : segment,
  );
  const dotted = path.join('.') || '(top level)';

  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const known = fieldNamesAt(schema, path);
    const parent = document.getIn(path, true);
    const keyNode = isMap(parent)
      ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.key
      : null;
    const place =
      isNode(keyNode) && keyNode.range
        ? placeAt(keyNode.range[0])
        : placeOf(document, path, placeAt);
    const field = path.length ? `${dotted}.${key}` : key;
    return {
      severity: 'error',
      code: 'unknown-field',
      file,
      ...place,
      message: `unknown field "${field}"`,
      hint:
        didYouMean(
          key,
          known.filter((name) => name !== key),
        ) ?? 'Remove it, or check the definition format in the README.',
    };
  }

  const found = describeFound(document.getIn(path, true));
  const hint = FIELD_HINTS[path.filter((segment) => typeof segment === 'string').join('.')];
  return {
    severity: 'error',
    code: 'invalid-field',
    file,
    ...placeOf(document, path, placeAt),
    message:
      found === 'nothing'
        ? `${dotted}: required, but missing`
        : `${dotted}: ${expectation(issue)}, found ${found}`,
    ...(hint ? { hint } : {}),
  };
}

/** The place of the deepest node on `path` that exists. */
function placeOf(
  document: Document,
  path: (string | number)[],
  placeAt: (offset: number) => Place,
): Place {
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
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `expected at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`
        : issue.origin === 'string'
          ? 'expected a non-empty value'
          : `expected a value ${issue.inclusive ? 'of at least' : 'above'} ${issue.minimum}`;
    case 'too_big':
      return `expected a value ${issue.inclusive ? 'of at most' : 'below'} ${issue.maximum}`;
    default:
      return issue.message.replace(/^Invalid input: /, '');
  }
}

function describeExpected(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    object: 'a mapping of fields',
    array: 'a list',
    tuple: 'a list',
  };
  return names[expected] ?? expected;
}

function describeFound(node: unknown): string {
  if (node === undefined || node === null) return 'nothing';
  if (isScalar(node)) return JSON.stringify(String(node.value));
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  return 'something else';
}
