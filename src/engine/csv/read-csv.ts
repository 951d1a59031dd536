/**
 * Streams a CSV file once, keeping only the columns KPIs use, converted into
 * typed columns. Every problem names the line and column it was found at;
 * rows with errors are left out, and reading goes on so that all problems of
 * a file are reported together.
 */
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { GRAINS } from '../calendar/grain.ts';
import type { CalendarOptions } from '../calendar/grain.ts';
import type { Problem, ProblemCode } from '../errors/problem.ts';
import { createDateReader } from './date-value.ts';
import type { DateReader, DateValue } from './date-value.ts';
import { decodeFile, EncodingError, readDecodedText } from './decode.ts';
import type { DecodedStart } from './decode.ts';
import { placeFields } from './field-position.ts';
import { Growable } from './growable.ts';
import { describeNumberFormat, numberHint, parseNumber } from './parse-number.ts';
import { columnKey } from './table.ts';
import type { Column, ColumnRequest, NumberColumnRequest, Table } from './table.ts';

export interface ReadCsvOptions {
  /** Absolute path on disk. */
  path: string;
  /** Repository-relative path, as shown in messages. */
  file: string;
  requests: readonly ColumnRequest[];
  /** The delimiter, when declared; otherwise a `sep=` line or the header decides. */
  delimiter?: string | undefined;
  calendar: CalendarOptions;
  timeZone: string;
}

export interface CsvResult {
  /** Null when the file could not be read at all. */
  table: Table | null;
  problems: Problem[];
  /** Requested columns the header does not have; the caller reports them where they were named. */
  unknownColumns: string[];
}

/** At most this many problems of one kind per file; the rest are counted. */
const PROBLEMS_PER_KIND = 20;
const DELIMITERS = [',', ';', '\t', '|'];
/** A field like ` "x"`: RFC 4180 reads its quotes as text, which is never what was meant. */
const SPACED_QUOTE = /^[ \t]+"/;

interface PendingPlace {
  problem: Problem;
  rowLine: number;
  field: number;
}

/** Picks the delimiter that splits the header line into the most fields, outside quotes. */
export function detectDelimiter(firstLine: string): string {
  let best = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    let count = 0;
    let quoted = false;
    for (const char of firstLine) {
      if (char === '"') quoted = !quoted;
      else if (char === delimiter && !quoted) count++;
    }
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

export async function readCsv(options: ReadCsvOptions): Promise<CsvResult> {
  const { file } = options;
  const problems: Problem[] = [];
  const counts = new Map<ProblemCode, { count: number; severity: Problem['severity'] }>();
  const pending: PendingPlace[] = [];
  const report = (problem: Problem, place?: { rowLine: number; field: number }) => {
    const count = (counts.get(problem.code)?.count ?? 0) + 1;
    counts.set(problem.code, { count, severity: problem.severity });
    if (count > PROBLEMS_PER_KIND) return;
    problems.push(problem);
    if (place) pending.push({ problem, ...place });
  };

  const size = await stat(options.path).then(
    (info) => info.size,
    () => null,
  );
  if (size === null) {
    return {
      table: null,
      problems: [{ severity: 'error', code: 'file-not-found', file, message: 'file not found' }],
      unknownColumns: [],
    };
  }

  const start: DecodedStart = { encoding: 'utf-8', skippedLines: 0 };
  const chunks = decodeFile(options.path, start);
  let firstChunk: IteratorResult<string>;
  try {
    firstChunk = await chunks.next();
  } catch (error) {
    return { table: null, problems: [encodingProblem(file, error)], unknownColumns: [] };
  }
  if (firstChunk.done || firstChunk.value.trim() === '') {
    return {
      table: null,
      problems: [
        {
          severity: 'error',
          code: 'empty-file',
          file,
          line: 1,
          column: 1,
          message: 'the file is empty: it needs a header row and data rows',
          hint: 'Add a header row naming the columns, then one row per record.',
        },
      ],
      unknownColumns: [],
    };
  }
  const firstLine = firstChunk.value.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = options.delimiter ?? start.sepDelimiter ?? detectDelimiter(firstLine);

  const state = new RowReader(options, report, start.skippedLines + 1);
  const input = Readable.from(
    (async function* () {
      yield firstChunk.value;
      yield* chunks;
    })(),
  );

  try {
    await new Promise<void>((resolve, reject) => {
      Papa.parse<string[]>(input, {
        delimiter,
        skipEmptyLines: false,
        step: (results) => {
          for (const error of results.errors) state.parserError(error);
          state.row(results.data);
        },
        complete: () => resolve(),
        error: (error: Error) => reject(error),
      });
    });
  } catch (error) {
    return {
      table: null,
      problems: [...problems, encodingProblem(file, error)],
      unknownColumns: [],
    };
  }

  for (const [code, { count, severity }] of counts) {
    if (count > PROBLEMS_PER_KIND) {
      problems.push({
        severity,
        code,
        file,
        message: `${count - PROBLEMS_PER_KIND} more problems like the above are not listed`,
        hint: 'Fix the ones listed and run `pacer check` again.',
      });
    }
  }
  problems.push(...state.finishProblems());
  if (pending.length > 0) await placeColumns(options.path, delimiter, pending);
  return { table: state.table(), problems, unknownColumns: state.unknownColumns };
}

function encodingProblem(file: string, error: unknown): Problem {
  if (error instanceof EncodingError) {
    return {
      severity: 'error',
      code: 'unsupported-encoding',
      file,
      message: error.message,
      hint: 'Save the file as UTF-8 (CSV UTF-8 in spreadsheet programs).',
    };
  }
  throw error;
}

/** Replaces field numbers with exact character columns by re-reading the file (only when there are problems). */
async function placeColumns(
  path: string,
  delimiter: string,
  pending: PendingPlace[],
): Promise<void> {
  const text = await readDecodedText(path);
  const places = placeFields(
    text,
    delimiter,
    pending.map(({ rowLine, field }) => ({ line: rowLine, field })),
  );
  pending.forEach(({ problem }, index) => {
    const place = places[index];
    if (place) {
      problem.line = place.line;
      problem.column = place.column;
    }
  });
}

/**
 * Converts one column of a row in two steps, so that a row with an error in
 * any column adds nothing to any column.
 */
interface Converter {
  index: number;
  /** Checks and holds the value; false when the row must be left out. */
  parse(text: string, rowLine: number, field: number): boolean;
  /** Appends the held value. */
  commit(): void;
}

/** Turns parsed rows into typed columns, one row at a time. */
class RowReader {
  private readonly options: ReadCsvOptions;
  private readonly report: (problem: Problem, place?: { rowLine: number; field: number }) => void;
  private nextLine: number;
  private header: string[] | null = null;
  private headerLine = 1;
  private converters: Converter[] = [];
  private readonly finishers = new Map<string, () => Column>();
  private readonly lines = new Growable(Uint32Array);
  private rowCount = 0;
  /** Rows with content, valid or not. */
  private dataRows = 0;
  private delimiterOnlyLines: number[] = [];
  private pendingParserErrors: Papa.ParseError[] = [];
  unknownColumns: string[] = [];

  constructor(options: ReadCsvOptions, report: RowReader['report'], firstLine: number) {
    this.options = options;
    this.report = report;
    this.nextLine = firstLine;
  }

  parserError(error: Papa.ParseError): void {
    this.pendingParserErrors.push(error);
  }

  row(fields: string[]): void {
    const rowLine = this.nextLine;
    for (const field of fields) {
      for (let at = field.indexOf('\n'); at !== -1; at = field.indexOf('\n', at + 1))
        this.nextLine++;
    }
    this.nextLine++;

    if (this.pendingParserErrors.length > 0) {
      this.quoteProblem(this.pendingParserErrors.splice(0), fields, rowLine);
      if (this.header !== null) {
        this.dataRows++;
        return;
      }
    }
    if (this.header === null) {
      this.readHeader(fields, rowLine);
      return;
    }
    if (fields.length === 1 && fields[0] === '') return; // blank line
    if (fields.every((field) => field.trim() === '')) {
      this.delimiterOnlyLines.push(rowLine);
      return;
    }
    this.dataRows++;
    const spaced = fields.findIndex((field) => SPACED_QUOTE.test(field));
    if (spaced !== -1) {
      this.problem(
        'spaced-quote',
        `a space before the quoted field ${spaced + 1}: its quotes are read as part of the text`,
        rowLine,
        'Remove the space between the delimiter and the opening quote.',
        spaced,
      );
      return;
    }
    if (fields.length !== this.header.length) {
      this.fieldCountProblem(fields, rowLine);
      return;
    }

    let valid = true;
    for (const converter of this.converters) {
      if (!converter.parse(fields[converter.index] ?? '', rowLine, converter.index)) valid = false;
    }
    if (!valid) return;
    for (const converter of this.converters) converter.commit();
    this.lines.push(rowLine);
    this.rowCount++;
  }

  private readHeader(fields: string[], rowLine: number): void {
    this.headerLine = rowLine;
    const names = fields.map((field) => field.trim());
    this.header = names;
    const { file } = this.options;

    fields.forEach((field, index) => {
      if (field !== names[index]) {
        this.report(
          {
            severity: 'warning',
            code: 'padded-header',
            file,
            line: rowLine,
            column: index + 1,
            message: `header "${field}" has surrounding spaces; read as "${names[index]}"`,
            hint: 'Remove the spaces around the column name.',
          },
          { rowLine, field: index },
        );
      }
    });

    const requested = new Set(this.options.requests.map((request) => request.name));
    const seen = new Map<string, number>();
    names.forEach((name, index) => {
      const first = seen.get(name);
      if (first === undefined) {
        seen.set(name, index);
        return;
      }
      const used = requested.has(name);
      this.report(
        {
          severity: used ? 'error' : 'warning',
          code: 'duplicate-column',
          file,
          line: rowLine,
          column: index + 1,
          message: `column "${name}" appears twice in the header (fields ${first + 1} and ${index + 1})`,
          hint: 'Rename one of them so every column has its own name.',
        },
        { rowLine, field: index },
      );
    });

    for (const request of this.options.requests) {
      const index = names.indexOf(request.name);
      if (index === -1) {
        if (!this.unknownColumns.includes(request.name)) this.unknownColumns.push(request.name);
        continue;
      }
      this.addColumn(request, index);
    }
  }

  private addColumn(request: ColumnRequest, index: number): void {
    const key = columnKey(request);
    if (this.finishers.has(key)) return;
    switch (request.kind) {
      case 'date':
        return this.addDateColumn(key, request.name, request.format, index);
      case 'number':
        return this.addNumberColumn(key, request, index);
      case 'text':
        return this.addTextColumn(key, index);
    }
  }

  private addDateColumn(
    key: string,
    columnName: string,
    format: string | undefined,
    index: number,
  ): void {
    const { file } = this.options;
    const reader: DateReader = createDateReader(
      this.options.calendar,
      this.options.timeZone,
      format,
    );
    const days = new Growable(Int32Array);
    const grains = new Growable(Uint8Array);
    let held: DateValue | null = null;
    this.converters.push({
      index,
      parse: (text, rowLine, field) => {
        if (text.trim() === '') {
          this.report(
            {
              severity: 'warning',
              code: 'half-empty-row',
              file,
              line: rowLine,
              column: field + 1,
              message: `row has values but no date in column "${columnName}"; it is skipped`,
              hint: 'Fill in the date, or delete the row.',
            },
            { rowLine, field },
          );
          return false;
        }
        held = reader.read(text);
        if (held !== null) return true;
        const hint =
          format === undefined
            ? 'Write dates as 2026-11-03, or declare `dateFormat` on the source.'
            : 'Check the value, or the `dateFormat` declared on the source.';
        this.report(
          {
            severity: 'error',
            code: 'invalid-date',
            file,
            line: rowLine,
            column: field + 1,
            message: `"${text}" in column "${columnName}" is not a date; expected ${reader.expected}`,
            hint,
          },
          { rowLine, field },
        );
        return false;
      },
      commit: () => {
        days.push(held!.day);
        grains.push(GRAINS.indexOf(held!.grain));
      },
    });
    this.finishers.set(key, () => ({ kind: 'date', days: days.finish(), grains: grains.finish() }));
  }

  private addNumberColumn(key: string, request: NumberColumnRequest, index: number): void {
    const { file } = this.options;
    const values = new Growable(Float64Array);
    const missing = new Set(request.missing);
    let held = Number.NaN;
    this.converters.push({
      index,
      parse: (text, rowLine, field) => {
        const trimmed = text.trim();
        if (trimmed === '' || missing.has(trimmed)) {
          held = Number.NaN;
          return true;
        }
        const value = parseNumber(trimmed, request.numberFormat);
        if (value !== null) {
          held = value;
          return true;
        }
        this.report(
          {
            severity: 'error',
            code: 'invalid-number',
            file,
            line: rowLine,
            column: field + 1,
            message: `"${text}" in column "${request.name}" is not a number${describeNumberFormat(request.numberFormat)}`,
            hint: numberHint(text, request.numberFormat),
          },
          { rowLine, field },
        );
        return false;
      },
      commit: () => values.push(held),
    });
    this.finishers.set(key, () => ({ kind: 'number', values: values.finish() }));
  }

  private addTextColumn(key: string, index: number): void {
    const codes = new Growable(Uint32Array);
    const dictionary: string[] = [];
    const lookup = new Map<string, number>();
    let held = '';
    this.converters.push({
      index,
      parse: (text) => {
        held = text;
        return true;
      },
      commit: () => {
        let code = lookup.get(held);
        if (code === undefined) {
          code = dictionary.length;
          dictionary.push(held);
          lookup.set(held, code);
        }
        codes.push(code);
      },
    });
    this.finishers.set(key, () => ({ kind: 'text', codes: codes.finish(), dictionary }));
  }

  /**
   * A quote that is never closed (or closed too early) makes the parser read
   * the rest of the file as one field, so the row is dropped and the problem
   * points at the start of that field.
   */
  private quoteProblem(errors: Papa.ParseError[], fields: string[], rowLine: number): void {
    const field = Math.max(0, fields.length - 1);
    const pieces = (fields[field] ?? '').split('\n');
    // Lines after the opening one, not counting the file's final line break.
    const swallowed = pieces.length - 1 - (pieces.at(-1)?.trim() === '' ? 1 : 0);
    const rest =
      swallowed > 0
        ? `; the ${swallowed === 1 ? 'line' : `${swallowed} lines`} after it ${swallowed === 1 ? 'is' : 'are'} read as part of it`
        : '';
    if (errors.some((error) => error.code === 'InvalidQuotes')) {
      this.problem(
        'malformed-quote',
        `the quoted field ${field + 1} has text after its closing quote${rest}`,
        rowLine,
        'Put the whole value in quotes and double any quote inside it ("").',
        field,
      );
    } else {
      this.problem(
        'unclosed-quote',
        `the quote that opens field ${field + 1} is never closed${rest}`,
        rowLine,
        'Close the quote, or double any quote inside a quoted value ("").',
        field,
      );
    }
  }

  private fieldCountProblem(fields: string[], rowLine: number): void {
    const expected = this.header?.length ?? 0;
    const message = `row has ${fields.length} field${fields.length === 1 ? '' : 's'}, the header has ${expected}`;
    const hint =
      'Quote fields that contain the delimiter, and check for missing or extra delimiters.';
    this.problem('field-count', message, rowLine, hint, Math.min(fields.length, expected));
  }

  private problem(
    code: ProblemCode,
    message: string,
    rowLine: number,
    hint: string,
    field?: number,
  ): void {
    const problem: Problem = {
      severity: 'error',
      code,
      file: this.options.file,
      line: rowLine,
      message,
      hint,
    };
    if (field === undefined) this.report(problem);
    else this.report({ ...problem, column: field + 1 }, { rowLine, field });
  }

  finishProblems(): Problem[] {
    const problems: Problem[] = [];
    const { file } = this.options;
    if (this.header !== null && this.dataRows === 0) {
      problems.push({
        severity: 'warning',
        code: 'header-only',
        file,
        line: this.headerLine,
        column: 1,
        message: 'the file has a header but no data rows; KPIs reading it show no data',
        hint: 'Add rows below the header; until then the KPIs reading it show "no data".',
      });
    }
    if (this.delimiterOnlyLines.length > 0) {
      const lines = this.delimiterOnlyLines;
      const listed = lines.slice(0, 5).join(', ') + (lines.length > 5 ? ', …' : '');
      problems.push({
        severity: 'warning',
        code: 'half-empty-row',
        file,
        line: lines[0]!,
        column: 1,
        message: `${lines.length} row${lines.length === 1 ? '' : 's'} of only delimiters skipped (line${lines.length === 1 ? '' : 's'} ${listed})`,
        hint: 'Delete the empty rows; spreadsheets export them when cells are cleared.',
      });
    }
    return problems;
  }

  table(): Table {
    return {
      file: this.options.file,
      header: this.header ?? [],
      rowCount: this.rowCount,
      lines: this.lines.finish(),
      columns: new Map([...this.finishers].map(([key, finish]) => [key, finish()])),
    };
  }
}
