/**
 * Turns parsed rows into typed columns, one row at a time, reporting every
 * problem at the line the row starts on. A reader covers the whole file or
 * one part of it (see read-parts.ts); a part after the first is given the
 * header instead of reading it, and counts its lines from 1.
 */
import type Papa from 'papaparse';
import type { CalendarOptions } from '../calendar/grain.ts';
import type { ProblemCode } from '../errors/problem.ts';
import { dateConverter, mayBeSpace, numberConverter, textConverter } from './column-converters.ts';
import type { Converter, ConverterContext, Report } from './column-converters.ts';
import type { CsvPart } from './csv-part.ts';
import { Growable } from './growable.ts';
import { ProblemSink } from './problem-sink.ts';
import { columnKey } from './table.ts';
import type { ColumnRequest } from './table.ts';

export interface RowReaderOptions {
  /** Repository-relative path, as shown in messages. */
  file: string;
  requests: readonly ColumnRequest[];
  calendar: CalendarOptions;
  timeZone: string;
  /** The line the first row starts on. */
  firstLine: number;
  /** The header, for a part that starts after it; otherwise the first row is the header. */
  header?: readonly string[] | undefined;
  /** Rows likely to come, to size columns up front. */
  expectedRows?: number | undefined;
}

/** A field like ` "x"`: RFC 4180 reads its quotes as text, which is never what was meant. */
const SPACED_QUOTE = /^[ \t]+"/;

/** Whether a field starts with spaces before a quote, without a regular expression per field. */
function spacedQuote(field: string): boolean {
  const first = field.charCodeAt(0);
  return (first === 32 || first === 9) && SPACED_QUOTE.test(field);
}

/** Names that appear more than once in a header. */
export function duplicatedNames(names: readonly string[]): Set<string> {
  return new Set(names.filter((name, index) => names.indexOf(name) !== index));
}

function lineFeeds(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

export class RowReader {
  readonly sink = new ProblemSink();
  private readonly options: RowReaderOptions;
  private readonly context: ConverterContext;
  private readonly report: Report;
  private nextLine: number;
  private header: string[] | null = null;
  private headerLine = 1;
  private converters: Converter[] = [];
  private readonly columns = new Map<string, Converter>();
  private readonly lines: Growable<Uint32Array>;
  /** Where each field of a plain row starts, reused from row to row. */
  private fieldStarts = new Int32Array(0);
  private rowCount = 0;
  /** Rows with content, valid or not. */
  private dataRows = 0;
  private readonly delimiterOnlyLines: number[] = [];
  private pendingParserErrors: Papa.ParseError[] = [];
  private quoteErrors = false;
  unknownColumns: string[] = [];

  constructor(options: RowReaderOptions) {
    this.options = options;
    this.report = (problem, place) => this.sink.report(problem, place);
    this.context = {
      expectedRows: options.expectedRows ?? 0,
      file: options.file,
      calendar: options.calendar,
      timeZone: options.timeZone,
      report: this.report,
    };
    this.nextLine = options.firstLine;
    this.lines = new Growable(Uint32Array, options.expectedRows ?? 0);
    if (options.header) this.useHeader([...options.header]);
  }

  parserError(error: Papa.ParseError): void {
    this.pendingParserErrors.push(error);
    this.quoteErrors = true;
  }

  /**
   * One parsed row. `mayHoldLineFeeds` is false when the text it came from
   * has no line feed inside a field, which spares looking for them.
   */
  row(fields: string[], mayHoldLineFeeds = true): void {
    const rowLine = this.nextLine;
    if (mayHoldLineFeeds) for (const field of fields) this.nextLine += lineFeeds(field);
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
    const spaced = fields.findIndex(spacedQuote);
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

    this.convert(fields, rowLine);
  }

  /** Whether the header has been read, so that rows can be taken as data. */
  get hasHeader(): boolean {
    return this.header !== null;
  }

  /**
   * The data rows of a text without quote characters, split at line breaks
   * and at the delimiter exactly as papaparse's fast mode splits such text,
   * up to the last line break (to the end of the text when `last`); returns
   * where the rest after that line break starts. Only the fields that are
   * converted are cut out; any row that needs a problem reported or a closer
   * look goes through `row` with all its fields.
   */
  plainRows(text: string, newline: string, delimiter: string, last: boolean): number {
    const width = this.header!.length;
    const step = delimiter.length;
    const starts = this.fieldStarts;
    const converters = this.converters;
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf(newline, start);
      if (end === -1) {
        if (!last) break;
        end = text.length;
      }
      let at = text.indexOf(delimiter, start);
      if (at === -1 || at > end) at = end;
      let count = 1;
      // A blank line, or a first field that may be blank (a row of only delimiters?), stays 1.
      if (at !== start && !mayBeSpace(text.charCodeAt(start))) {
        starts[0] = start;
        while (at < end && count < width) {
          starts[count++] = at + step;
          at = text.indexOf(delimiter, at + step);
          if (at === -1 || at > end) at = end;
        }
      }
      if (count !== width || at < end) {
        // Blank, too few or too many fields: the slow way, which reports the problem.
        this.row(text.slice(start, end).split(delimiter), false);
      } else {
        starts[count] = end + step;
        const rowLine = this.nextLine++;
        const row = this.rowCount;
        this.dataRows++;
        let valid = true;
        for (let index = 0; index < converters.length; index++) {
          const converter = converters[index]!;
          const field = converter.index;
          if (
            !converter.parseIn(text, starts[field]!, starts[field + 1]! - step, row, rowLine, field)
          )
            valid = false;
        }
        if (valid) this.keep(rowLine);
      }
      start = end + newline.length;
    }
    return Math.min(start, text.length);
  }

  /** Converts a row's requested fields; the row is kept only if all of them are valid. */
  private convert(fields: string[], rowLine: number): void {
    const converters = this.converters;
    const row = this.rowCount;
    let valid = true;
    for (let index = 0; index < converters.length; index++) {
      const converter = converters[index]!;
      if (!converter.parse(fields[converter.index] ?? '', row, rowLine, converter.index))
        valid = false;
    }
    if (valid) this.keep(rowLine);
  }

  /** Keeps the row the converters have just written: the next row is written after it. */
  private keep(rowLine: number): void {
    this.lines.push(rowLine);
    this.rowCount++;
  }

  private readHeader(fields: string[], rowLine: number): void {
    this.headerLine = rowLine;
    const names = fields.map((field) => field.trim());
    const { file } = this.options;

    // One mistake, not a duplicate "" per field: padding and duplicates mean nothing without names.
    if (names.every((name) => name === '')) {
      const empty =
        fields.length === 1
          ? 'its one field is empty'
          : `all ${fields.length} of its fields are empty`;
      this.problem(
        'empty-header',
        `the header on line ${rowLine} has no column names: ${empty}`,
        rowLine,
        'Write the column names in the first row, such as date,amount: KPIs name the columns they read by them.',
        0,
      );
      this.useHeader(names);
      return;
    }

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
          hint: used
            ? `Rename one of them so every column has its own name; until then no KPI reads "${name}", since it cannot tell which one is meant.`
            : 'Rename one of them so every column has its own name.',
        },
        { rowLine, field: index },
      );
    });
    this.useHeader(names);
  }

  /**
   * Sets up a converter per requested column the header has; notes the ones it
   * lacks. A name the header has twice is ambiguous: it was reported once as a
   * duplicate, and its cells are not converted, which would report every row.
   */
  private useHeader(names: string[]): void {
    this.header = names;
    this.fieldStarts = new Int32Array(names.length + 1);
    const ambiguous = duplicatedNames(names);
    for (const request of this.options.requests) {
      const index = names.indexOf(request.name);
      if (index === -1) {
        if (!this.unknownColumns.includes(request.name)) this.unknownColumns.push(request.name);
        continue;
      }
      if (ambiguous.has(request.name)) continue;
      const key = columnKey(request);
      if (this.columns.has(key)) continue;
      const converter =
        request.kind === 'date'
          ? dateConverter(request, index, this.context)
          : request.kind === 'number'
            ? numberConverter(request, index, this.context)
            : textConverter(index, this.context);
      this.columns.set(key, converter);
      this.converters.push(converter);
    }
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
    field: number,
  ): void {
    this.report(
      {
        severity: 'error',
        code,
        file: this.options.file,
        line: rowLine,
        column: field + 1,
        message,
        hint,
      },
      { rowLine, field },
    );
  }

  /** What this reader found, with its columns as views (the merge copies them). */
  part(): CsvPart {
    return {
      header: this.header,
      headerLine: this.headerLine,
      rowCount: this.rowCount,
      dataRows: this.dataRows,
      nextLine: this.nextLine,
      lines: this.lines.view(),
      columns: [...this.columns].map(([key, converter]) => [key, converter.column(this.rowCount)]),
      problems: this.sink.problems,
      pending: this.sink.pending,
      counts: [...this.sink.counts],
      delimiterOnlyLines: this.delimiterOnlyLines,
      quoteErrors: this.quoteErrors,
      unknownColumns: this.unknownColumns,
    };
  }
}
