/**
 * Field types for definitions read from YAML. Pacer reads YAML with the
 * failsafe schema, so every scalar arrives as the text the user typed: `007`
 * stays "007", `no` stays "no" and a date stays a string in every time zone.
 * Numbers and booleans are converted here, strictly, where a field wants them.
 */
import { z } from 'zod';
import { parseNumber } from '../csv/parse-number.ts';

const BOOLEANS: Record<string, boolean> = { true: true, false: false, yes: true, no: false };

/** Text with surrounding spaces removed; never empty. */
export const text = z.string().trim().min(1);

/** A number written plainly (`1.10`, `-3`, `2e6`). */
export const number = z.preprocess(
  (value) => (typeof value === 'string' ? (parseNumber(value) ?? value) : value),
  z.number(),
);

export const positiveInteger = z.preprocess(
  (value) => (typeof value === 'string' ? (parseNumber(value) ?? value) : value),
  z.number().int().positive(),
);

/** A fraction such as 0.15; a percentage like 15 is rejected rather than guessed. */
export const fraction = z.preprocess(
  (value) => (typeof value === 'string' ? (parseNumber(value) ?? value) : value),
  z.number().gt(0).lte(1),
);

/** `true`/`false` (also `yes`/`no`, which YAML 1.2 reads as text but users mean as booleans). */
export const boolean = z.preprocess(
  (value) => (typeof value === 'string' ? (BOOLEANS[value.trim().toLowerCase()] ?? value) : value),
  z.boolean(),
);

/**
 * A list that also takes a single value (`types: lagging`), as users write it;
 * unlike `oneOrMany` it may be empty.
 */
export function listOf<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => (typeof value === 'string' ? [value] : value), z.array(item));
}

/** One value or a list of them; always a list once parsed. */
export function oneOrMany<T extends z.ZodType>(item: T) {
  return z
    .union([z.array(item).min(1), item])
    .transform((value) => (Array.isArray(value) ? value : [value]));
}

/** A period key such as `2026-11`, `2026-W45`, `2026-Q4`, `2026`, `FY2027` or `2026-11-03`; checked against the calendar later. */
export const periodKey = text.regex(
  /^(\d{4}(-\d{2}(-\d{2})?|-W\d{2}|-Q[1-4])?|FY\d{4}(-Q[1-4])?)$/,
  'expected a period such as 2026-11, 2026-W45, 2026-Q4, 2026, FY2027-Q1 or 2026-11-03',
);

/** An id: lower-case letters, digits and dashes, as in file names and URLs. */
export const id = text.regex(
  /^[a-z0-9][a-z0-9-]*$/,
  'expected an id of lower-case letters, digits and dashes',
);

/**
 * Drops keys whose YAML value was empty (`key:` or `key: ~`), so that an empty
 * optional field means "not set" instead of failing as an empty string.
 */
export function withoutEmptyValues(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== '' && entry !== '~' && entry !== 'null'),
  );
}
