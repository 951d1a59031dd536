/** What to do about a YAML mistake or an invalid field: the hint half of each message. */
import { parseNumber } from '../csv/parse-number.ts';
import { periodKey } from './fields.ts';

/** Hints for fields users commonly get wrong, by dotted path without list indexes. */
const FIELD_HINTS: Record<string, string> = {
  'target.by': 'A target needs a deadline: add `by:` with a period such as 2026-12.',
  'target.value': 'Write the target as a plain number, such as 200000 or 0.42.',
  'baseline.period': 'Name the period the target is measured from, such as 2025-12.',
  'baseline.value': 'Write the starting value as a plain number, such as 120000.',
  'milestones.by': 'Give each milestone a period, such as 2026-06.',
  'milestones.value': 'Write the milestone as a plain number, such as 150000.',
  'source.file': 'Name a CSV file in data/, such as data/orders.csv.',
  'alerts.drop': 'Write the drop as a fraction: 0.15 alerts on a fall of more than 15%.',
  'alerts.streak': 'Write a whole number of periods, such as 3.',
  'alerts.stale': 'Write a whole number of periods, such as 2.',
  tolerance: 'Write the tolerance as a fraction of the baseline-to-target span, such as 0.05.',
  forecastWindow: 'Write a whole number of periods, at least 3.',
  grain: 'Use day, week, month, quarter, year, fiscal-quarter or fiscal-year.',
  period: 'Write the period as 2026-11, 2026-W45, 2026-Q4, 2026, FY2027-Q1 or 2026-11-03.',
  kpis: 'List the ids (file names) of the KPIs the review covers, such as [monthly-revenue].',
  band: 'Write the healthy range as [min, max], such as [0.9, 1.1].',
  decimals: 'Write a whole number of fraction digits from 0 to 6.',
  fiscalYearStart: 'Write the month number the fiscal year starts in, from 1 (January) to 12.',
  asOf: 'Write the date as 2026-11-30.',
  currency: 'Use a three-letter ISO 4217 code such as EUR or USD.',
};

/** Hints for YAML syntax errors, by the parser's error code. */
const YAML_HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'Keep one of the two lines.',
  TAB_AS_INDENT: 'Indent with spaces, not tabs.',
  MISSING_CHAR: 'Close the quote, bracket or brace that was opened before this point.',
  BAD_INDENT:
    'Close the list with ] or the mapping with }, and indent continuation lines under their field.',
  BLOCK_AS_IMPLICIT_KEY:
    'Quote values that contain ": " (title: "Revenue: EU"), and check the indentation of the next line.',
  MULTILINE_IMPLICIT_KEY:
    'Quote values that contain ": " (title: "Revenue: EU"), and check the indentation of the next line.',
  UNEXPECTED_TOKEN: 'Check the quoting and indentation around this place.',
};

/**
 * The mapping form of fields users often write as one value, with that value
 * in its place when it fits; `orScalar` says the field also takes a word
 * (`alerts: false`).
 */
const MAPPING_FORMS: Record<string, (found: string, orScalar: boolean) => string> = {
  target: (found) => {
    const value = isNumber(found) ? found : '200000';
    const by = isPeriod(found) && !isNumber(found) ? found : '2026-12';
    return `Write the target as a mapping with its deadline: target: { value: ${value}, by: ${by} }.`;
  },
  baseline: (found) =>
    isPeriod(found)
      ? `Write the baseline as a mapping: baseline: { period: ${found} }.`
      : `Write the baseline as a mapping of its period and starting value: baseline: { period: 2025-12, value: ${isNumber(found) ? found : 120000} }.`,
  thresholds: () =>
    'Write the thresholds as a mapping: thresholds: { warning: 140000, critical: 120000 }.',
  alerts: (_, orScalar) =>
    orScalar
      ? 'Write `alerts: false` to turn alerts off, or the rules as a mapping, such as alerts: { drop: 0.15, streak: 3 }.'
      : 'Write the rules as a mapping, such as alerts: { drop: 0.15, streak: 3 }.',
  source: (found) =>
    `Write the source as a mapping: source: { file: ${found.endsWith('.csv') ? found : 'data/orders.csv'}, date: order_date, value: amount }.`,
};

function isNumber(text: string): boolean {
  return parseNumber(text) !== null;
}

function isPeriod(text: string): boolean {
  return periodKey.safeParse(text).success;
}

/** The mapping form of the field at `path`, for a value `found` where a mapping was expected. */
export function mappingFormHint(
  path: readonly (string | number)[],
  found: string,
  orScalar: boolean,
): string | undefined {
  const dotted = path.filter((segment) => typeof segment === 'string').join('.');
  return MAPPING_FORMS[dotted]?.(found, orScalar);
}

export function fieldHint(path: readonly (string | number)[]): string | undefined {
  const dotted = path.filter((segment) => typeof segment === 'string').join('.');
  return (
    FIELD_HINTS[dotted] ??
    // Sources share their fields: numerator.file reads like source.file.
    FIELD_HINTS[dotted.replace(/^(numerator|denominator)\./, 'source.')]
  );
}

export function yamlErrorHint(code: string): string {
  return YAML_HINTS[code] ?? 'Check the indentation and quoting around this line.';
}
