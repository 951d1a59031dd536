/**
 * A data file after parsing: only the columns KPIs use, each converted once
 * into a compact typed array, one entry per data row.
 */
import type { CodeArray } from './growable.ts';
import type { NumberFormat } from './parse-number.ts';

export interface DateColumnRequest {
  kind: 'date';
  name: string;
  format?: string | undefined;
}

export interface NumberColumnRequest {
  kind: 'number';
  name: string;
  numberFormat: NumberFormat;
  /** Cell texts that mean "no value". */
  missing: readonly string[];
  /** Only whole numbers: the file's schema declares the column `integer`. */
  integer?: boolean | undefined;
}

export interface TextColumnRequest {
  kind: 'text';
  name: string;
}

export type ColumnRequest = DateColumnRequest | NumberColumnRequest | TextColumnRequest;

export interface DateColumn {
  kind: 'date';
  /** Day number of each row's date or period start. */
  days: Int32Array;
  /** Grain each row's date was written at (index into GRAINS). */
  grains: Uint8Array;
}

export interface NumberColumn {
  kind: 'number';
  /** NaN marks a missing value; it never leaves the engine as a number. */
  values: Float64Array;
}

export interface TextColumn {
  kind: 'text';
  /** Index into `dictionary` for each row (as narrow as the dictionary allows). */
  codes: CodeArray;
  dictionary: string[];
}

export type Column = DateColumn | NumberColumn | TextColumn;

export interface Table {
  /** Repository-relative path. */
  file: string;
  header: string[];
  rowCount: number;
  /** Source line of each row, for pointing at a row in messages. */
  lines: Uint32Array;
  columns: Map<string, Column>;
}

/** A stable key for a column request: the same column read two ways is two columns. */
export function columnKey(request: ColumnRequest): string {
  switch (request.kind) {
    case 'date':
      return `date:${request.name}:${request.format ?? 'iso'}`;
    case 'number':
      return `number:${request.name}:${request.numberFormat.decimal}${request.numberFormat.thousands ?? ''}:${request.missing.join('\u0000')}${request.integer === true ? ':integer' : ''}`;
    case 'text':
      return `text:${request.name}`;
  }
}
