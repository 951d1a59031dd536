/**
 * The schema of a data file: `data/<name>.schema.yaml` beside `data/<name>.csv`,
 * or the file's entry under `data:` in the site config. It sets how the file
 * is written for every KPI that reads it, and types its columns.
 */
import { z } from 'zod';
import { oneOrMany, text, withoutEmptyValues } from './fields.ts';
import { numberFormatSchema } from './source.ts';

export const COLUMN_TYPES = ['text', 'number', 'integer', 'date', 'timestamp'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** Types whose cells are read as dates, and so may have a `format`. */
export const DATE_TYPES: readonly ColumnType[] = ['date', 'timestamp'];

const columnObjectSchema = z.preprocess(
  withoutEmptyValues,
  z
    .strictObject({
      /** `text`, `number`, `integer`, `date` or `timestamp`. */
      type: z.enum(COLUMN_TYPES),
      /** Format of a date or timestamp column when it is not ISO, in Luxon tokens (`dd/MM/yyyy`). */
      format: text.optional(),
      /** Cell texts that mean "no value" in this column; replaces the file's `missing`. */
      missing: oneOrMany(z.string()).optional(),
    })
    .superRefine((column, context) => {
      if (column.format !== undefined && !DATE_TYPES.includes(column.type))
        context.addIssue({
          code: 'custom',
          path: ['format'],
          message: `only date and timestamp columns have a format; this column is ${column.type}`,
          params: {
            hint: 'Remove `format`, or declare the column `date` or `timestamp`. Numbers follow the file’s `decimal` and `thousands`.',
          },
        });
    }),
);

/** A column's declaration, whether written alone (`amount: number`) or with its settings. */
export interface ColumnDeclaration {
  type: ColumnType;
  format?: string | undefined;
  missing?: string[] | undefined;
}

export const columnSchema = z.union([
  z.enum(COLUMN_TYPES).transform((type): ColumnDeclaration => ({ type })),
  columnObjectSchema,
]);

export const dataFileSchema = z.preprocess(
  withoutEmptyValues,
  numberFormatSchema.extend({
    /** Format of every date column of the file when it is not ISO, in Luxon tokens. */
    dateFormat: text.optional(),
    /** Column name → type, or `{ type, format, missing }`. Undeclared columns are typed by their use. */
    columns: z.record(z.string(), columnSchema).default({}),
  }),
);

export type DataFileSchemaInput = z.input<typeof dataFileSchema>;
export type DataFileSchema = z.output<typeof dataFileSchema>;
