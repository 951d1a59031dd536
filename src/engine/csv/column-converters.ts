/**
 * Converters from cell text to typed columns, one per requested column. A
 * converter writes a cell's value at the row's place as soon as it is
 * checked, without counting it: the reader counts the rows it keeps, so a
 * row with an error in any column adds nothing to any column, since the
 * next row is written over it.
 */
import { dayFromCivil, daysInMonth } from '../calendar/civil-date.ts';
import { GRAINS } from '../calendar/grain.ts';
import type { CalendarOptions } from '../calendar/grain.ts';
import { invisibleNote, showInvisible } from '../errors/invisible-characters.ts';
import type { Problem } from '../errors/problem.ts';
import { createDateReader, dateHint } from './date-value.ts';
import { CodeGrowable, Growable } from './growable.ts';
import { describeNumberFormat, numberHint, numberReader, plainNumberIn } from './parse-number.ts';
import type { RowField } from './problem-sink.ts';
import type { Column, DateColumnRequest, NumberColumnRequest } from './table.ts';

export interface Converter {
  /** The field the converter reads. */
  index: number;
  /**
   * Checks the value and writes it at `row` (the rows kept so far); false
   * when the row must be left out.
   */
  parse(text: string, row: number, rowLine: number, field: number): boolean;
  /** The same for the cell from `start` to `end` of `text`, without cutting it out when it can. */
  parseIn(
    text: string,
    start: number,
    end: number,
    row: number,
    rowLine: number,
    field: number,
  ): boolean;
  /** The column of the first `rows` rows (the ones kept), without copying. */
  column(rows: number): Column;
}

export type Report = (problem: Problem, place?: RowField) => void;

export interface ConverterContext {
  /** Rows the reader expects, to size columns up front. */
  expectedRows: number;
  file: string;
  calendar: CalendarOptions;
  timeZone: string;
  report: Report;
}

const DAY = GRAINS.indexOf('day');

/** The digits of `YYYY-MM-DD` at `start` as the number YYYYMMDD; -1 when it is not that shape. */
function isoDigits(text: string, start: number): number {
  if (text.charCodeAt(start + 4) !== 45 || text.charCodeAt(start + 7) !== 45) return -1; // "-"
  let digits = 0;
  for (let at = start; at < start + 10; at++) {
    if (at === start + 4 || at === start + 7) continue;
    const code = text.charCodeAt(at) - 48;
    if (code < 0 || code > 9) return -1;
    digits = digits * 10 + code;
  }
  return digits;
}

export function dateConverter(
  request: DateColumnRequest,
  index: number,
  context: ConverterContext,
): Converter {
  const { file, report } = context;
  const format = request.format;
  const reader = createDateReader(context.calendar, context.timeZone, format);
  const days = new Growable(Int32Array, context.expectedRows);
  const grains = new Growable(Uint8Array, context.expectedRows);
  let heldDay = 0;
  let heldGrain = 0;
  const write = (row: number): true => {
    days.set(row, heldDay);
    grains.set(row, heldGrain);
    return true;
  };
  // Rows usually come sorted by date: a cell like the previous valid one needs no lookup.
  let lastText: string | null = null;
  // An ISO date's digits as one number (YYYYMMDD), read in place: compared and converted
  // without cutting the cell out or looking it up.
  const iso = format === undefined;
  let lastDigits = -1;

  const invalid = (text: string, rowLine: number, field: number): false => {
    const hint = dateHint(text, format);
    report(
      {
        severity: 'error',
        code: 'invalid-date',
        file,
        line: rowLine,
        column: field + 1,
        message: `"${text}" in column "${request.name}" is not a date; expected ${reader.expected}`,
        hint,
      },
      { rowLine, field },
    );
    return false;
  };

  const parse = (text: string, row: number, rowLine: number, field: number): boolean => {
    if (text === lastText) return write(row);
    lastDigits = -1;
    if (text.trim() === '') {
      report(
        {
          severity: 'warning',
          code: 'half-empty-row',
          file,
          line: rowLine,
          column: field + 1,
          message: `row has values but no date in column "${request.name}"; it is skipped`,
          hint: 'Fill in the date, or delete the row.',
        },
        { rowLine, field },
      );
      return false;
    }
    const value = reader.read(text);
    if (value === null) return invalid(text, rowLine, field);
    lastText = text;
    heldDay = value.day;
    heldGrain = GRAINS.indexOf(value.grain);
    return write(row);
  };
  return {
    index,
    parse,
    parseIn(text, start, end, row, rowLine, field) {
      if (iso && end - start === 10) {
        const digits = isoDigits(text, start);
        if (digits === lastDigits) return write(row);
        if (digits > 0) {
          const year = Math.floor(digits / 10000);
          const month = Math.floor(digits / 100) % 100;
          const day = digits % 100;
          if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
            lastDigits = digits;
            lastText = null;
            heldDay = dayFromCivil(year, month, day);
            heldGrain = DAY;
            return write(row);
          }
        }
      }
      if (lastText !== null && end - start === lastText.length && text.startsWith(lastText, start))
        return write(row);
      lastDigits = -1;
      return parse(text.slice(start, end), row, rowLine, field);
    },
    column: (rows) => ({ kind: 'date', days: days.view(rows), grains: grains.view(rows) }),
  };
}

export function numberConverter(
  request: NumberColumnRequest,
  index: number,
  context: ConverterContext,
): Converter {
  const { file, report } = context;
  const values = new Growable(Float64Array, context.expectedRows);
  const missing = new Set(request.missing);
  const read = numberReader(request.numberFormat);
  const integer = request.integer === true;
  const notWhole = (text: string, rowLine: number, field: number): false => {
    report(
      {
        severity: 'error',
        code: 'invalid-number',
        file,
        line: rowLine,
        column: field + 1,
        message: `"${showInvisible(text)}" in column "${request.name}" is not a whole number${invisibleNote(text)}`,
        hint: `The schema of ${file} declares "${request.name}" an integer: write whole numbers, or declare it \`number\`.`,
      },
      { rowLine, field },
    );
    return false;
  };
  const plain =
    request.numberFormat.decimal === '.' &&
    request.numberFormat.thousands === undefined &&
    missing.size === 0;
  const parse = (text: string, row: number, rowLine: number, field: number): boolean => {
    const trimmed = text.trim();
    if (trimmed === '' || (missing.size > 0 && missing.has(trimmed))) {
      values.set(row, Number.NaN);
      return true;
    }
    const value = read(trimmed);
    if (value !== null && integer && !Number.isInteger(value))
      return notWhole(text, rowLine, field);
    if (value !== null) {
      values.set(row, value);
      return true;
    }
    report(
      {
        severity: 'error',
        code: 'invalid-number',
        file,
        line: rowLine,
        column: field + 1,
        message: `"${showInvisible(text)}" in column "${request.name}" is not a number${describeNumberFormat(request.numberFormat)}${invisibleNote(text)}`,
        hint: numberHint(text, request.numberFormat),
      },
      { rowLine, field },
    );
    return false;
  };
  return {
    index,
    parse,
    parseIn(text, start, end, row, rowLine, field) {
      // A plain number with no space around it is read in place; anything else the usual way.
      if (
        plain &&
        start < end &&
        !mayBeSpace(text.charCodeAt(start)) &&
        !mayBeSpace(text.charCodeAt(end - 1))
      ) {
        const value = plainNumberIn(text, start, end);
        if (value !== null && (!integer || Number.isInteger(value))) {
          values.set(row, value);
          return true;
        }
      }
      return parse(text.slice(start, end), row, rowLine, field);
    },
    column: (rows) => ({ kind: 'number', values: values.view(rows) }),
  };
}

/**
 * A copy of `text` that does not point into the chunk it was cut from: V8
 * keeps a longer substring as a view of its parent, which would keep every
 * chunk that gave the dictionary a value alive.
 */
function detach(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

/** Slots of the recent-values table; a power of two. */
const RECENT = 256;

/** A slot for a text from its length and a few characters: cheaper than hashing it all. */
function slotOf(text: string): number {
  const last = text.length - 1;
  return (
    (text.length * 31 +
      text.charCodeAt(0) * 7 +
      text.charCodeAt(last) * 3 +
      text.charCodeAt((last / 2) | 0)) &
    (RECENT - 1)
  );
}

/** Whether a character may be white space as `String.prototype.trim` sees it. */
export function mayBeSpace(code: number): boolean {
  return code <= 32 || (code >= 127 && code <= 160) || code >= 0x1680;
}

/**
 * Text is kept as codes into a dictionary of the distinct cells, in order of
 * first appearance in a kept row. A value the dictionary lacks is written
 * with the code it will get, and joins the dictionary only once its row is
 * known to be kept: when a later row is read, or the column is taken.
 */
export function textConverter(index: number, context: ConverterContext): Converter {
  const codes = new CodeGrowable(context.expectedRows);
  const dictionary: string[] = [];
  const lookup = new Map<string, number>();
  // Dimension columns repeat a few values: most cells are found here without a map lookup.
  const recentTexts: (string | undefined)[] = new Array<string | undefined>(RECENT);
  const recentCodes = new Uint32Array(RECENT);
  let pending: string | null = null;
  let pendingRow = -1;

  const remember = (text: string, code: number): void => {
    const slot = slotOf(text) || 0;
    recentTexts[slot] = text;
    recentCodes[slot] = code;
  };
  /** Adds the pending value if its row was kept (`rows` have been kept since). */
  const settle = (rows: number): void => {
    if (pending !== null && pendingRow < rows) {
      const kept = detach(pending);
      lookup.set(kept, dictionary.push(kept) - 1);
      remember(kept, dictionary.length - 1);
    }
    pending = null;
  };
  const parse = (text: string, row: number): true => {
    if (pending !== null) settle(row);
    const slot = slotOf(text) || 0;
    if (recentTexts[slot] === text) {
      codes.set(row, recentCodes[slot]!);
      return true;
    }
    const code = lookup.get(text);
    if (code === undefined) {
      pending = text;
      pendingRow = row;
      codes.set(row, dictionary.length);
    } else {
      remember(dictionary[code]!, code);
      codes.set(row, code);
    }
    return true;
  };
  return {
    index,
    parse,
    parseIn(text, start, end, row) {
      // A value seen lately is taken from the table without cutting the cell out.
      const length = end - start;
      if (length > 0 && pending === null) {
        const last = end - 1;
        const slot =
          (length * 31 +
            text.charCodeAt(start) * 7 +
            text.charCodeAt(last) * 3 +
            text.charCodeAt((start + (last - start) / 2) | 0)) &
          (RECENT - 1);
        const recent = recentTexts[slot];
        if (recent !== undefined && recent.length === length && text.startsWith(recent, start)) {
          codes.set(row, recentCodes[slot]!);
          return true;
        }
      }
      return parse(text.slice(start, end), row);
    },
    column(rows) {
      settle(rows);
      return { kind: 'text', codes: codes.view(rows), dictionary };
    },
  };
}
