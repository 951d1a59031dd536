/** Where a KPI's raw values come from: a CSV file, its columns, filters and how to aggregate. */
import { z } from 'zod';
import { GRAINS } from '../calendar/grain.ts';
import { oneOrMany, text, withoutEmptyValues } from './fields.ts';

export const AGGREGATES = [
  'sum',
  'mean',
  'median',
  'min',
  'max',
  'count',
  'count_distinct',
  'first',
  'last',
] as const;
export type Aggregate = (typeof AGGREGATES)[number];

/** How numbers are written in a data file; declared, never guessed. */
export const numberFormatSchema = z.strictObject({
  /** Decimal separator. @default "." */
  decimal: z.enum(['.', ',']).optional(),
  /** Thousands separator; `" "` also accepts no-break spaces. @default none */
  thousands: z.enum([',', '.', ' ', "'"]).optional(),
  /** Cell texts that mean "no value", such as `n/a` or `-`. An empty cell always does. */
  missing: oneOrMany(z.string()).optional(),
  /** Field separator. @default detected from the header line */
  delimiter: z.enum([',', ';', '\t', '|']).optional(),
});

export const sourceSchema = z.preprocess(
  withoutEmptyValues,
  numberFormatSchema.extend({
    /** Repository-relative path of the CSV file, such as `data/orders.csv`. */
    file: text,
    /** Column holding each row's date or period key. */
    date: text,
    /** Format of the date column when it is not ISO, in Luxon tokens (`MMM d yyyy`). */
    dateFormat: text.optional(),
    /** The grain each row was recorded at, when it cannot be told from the dates. */
    rows: z.enum(GRAINS).optional(),
    /** Column to aggregate; omit it to count rows. */
    value: text.optional(),
    /** How rows combine into one value per period. @default "sum" with a value column, "count" without */
    aggregate: z.enum(AGGREGATES).optional(),
    /** Equality filters: a column and the value it must have, or a list of allowed values. */
    where: z.record(z.string(), oneOrMany(z.string())).optional(),
    /** `zero`: a period without rows counts as 0 instead of a gap. */
    fill: z.literal('zero').optional(),
  }),
);

export type SourceInput = z.input<typeof sourceSchema>;
export type Source = z.output<typeof sourceSchema>;

/** The aggregate a source uses, applying the default. */
export function aggregateOf(source: Source): Aggregate {
  return source.aggregate ?? (source.value === undefined ? 'count' : 'sum');
}
