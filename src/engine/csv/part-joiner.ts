/**
 * Joins the parts of a file into its table as they arrive, in file order:
 * lines shifted back to the file's, text codes renumbered into one
 * dictionary in order of first appearance, and the same problems, in the
 * same order, as reading the file in one pass would give. A part is copied
 * into the table's columns (sized up front from the expected rows) as soon
 * as the parts before it are in, and let go: a large file never holds its
 * columns twice over.
 */
import type { ProblemCode } from '../errors/problem.ts';
import type { CsvPart, JoinedParts } from './csv-part.ts';
import { CodeGrowable } from './growable.ts';
import type { TypedArray } from './growable.ts';
import { ProblemSink } from './problem-sink.ts';
import type { Column, Table } from './table.ts';

/** Values appended a part at a time, in one buffer that grows only when the estimate was short. */
class Appender<T extends TypedArray> {
  readonly #create: new (length: number) => T;
  #buffer: T;
  length = 0;

  constructor(create: new (length: number) => T, expected: number) {
    this.#create = create;
    this.#buffer = new create(Math.max(16, expected));
  }

  reserve(more: number): void {
    if (this.length + more <= this.#buffer.length) return;
    const larger = new this.#create(Math.ceil((this.length + more) * 1.25));
    larger.set(this.#buffer.subarray(0, this.length));
    this.#buffer = larger;
  }

  append(values: ArrayLike<number>): void {
    this.reserve(values.length);
    this.#buffer.set(values, this.length);
    this.length += values.length;
  }

  /** Appends `values` shifted by `offset` (line numbers of a later part). */
  appendShifted(values: ArrayLike<number>, offset: number): void {
    this.reserve(values.length);
    const buffer = this.#buffer;
    for (let index = 0; index < values.length; index++)
      buffer[this.length + index] = values[index]! + offset;
    this.length += values.length;
  }

  /** The values; a copy only when the buffer is much larger than them. */
  finish(): T {
    const filled = this.#buffer.subarray(0, this.length) as T;
    return this.#buffer.length > this.length * 1.1 + 1024 ? (filled.slice() as T) : filled;
  }
}

interface ColumnJoiner {
  add(column: Column): void;
  finish(): Column;
}

function columnJoiner(first: Column, expected: number): ColumnJoiner {
  switch (first.kind) {
    case 'date': {
      const days = new Appender(Int32Array, expected);
      const grains = new Appender(Uint8Array, expected);
      return {
        add(column) {
          if (column.kind !== 'date') return;
          days.append(column.days);
          grains.append(column.grains);
        },
        finish: () => ({ kind: 'date', days: days.finish(), grains: grains.finish() }),
      };
    }
    case 'number': {
      const values = new Appender(Float64Array, expected);
      return {
        add(column) {
          if (column.kind === 'number') values.append(column.values);
        },
        finish: () => ({ kind: 'number', values: values.finish() }),
      };
    }
    case 'text': {
      const dictionary: string[] = [];
      const lookup = new Map<string, number>();
      const codes = new CodeGrowable(expected);
      return {
        add(column) {
          if (column.kind !== 'text') return;
          const renumber = Uint32Array.from(column.dictionary, (text) => {
            let code = lookup.get(text);
            if (code === undefined) {
              code = dictionary.push(text) - 1;
              lookup.set(text, code);
            }
            return code;
          });
          codes.appendRenumbered(column.codes, renumber);
        },
        finish: () => ({ kind: 'text', codes: codes.view().slice(), dictionary }),
      };
    }
  }
}

export class PartJoiner {
  readonly #file: string;
  readonly #expected: number;
  readonly #pending = new Map<number, CsvPart>();
  readonly #sink = new ProblemSink();
  #next = 0;
  /** Lines of the parts joined so far: what the next part's lines are shifted by. */
  #offset = 0;
  #lines: Appender<Uint32Array>;
  #columns: [string, ColumnJoiner][] | null = null;
  #first: CsvPart | null = null;
  #rowCount = 0;
  #dataRows = 0;
  #delimiterOnlyLines: number[] = [];
  /** Whether a part other than the last joined so far had a quote problem. */
  #quoteErrors: boolean[] = [];

  /** `expected`: rows the file likely has, to size its columns up front. */
  constructor(file: string, expected: number) {
    this.#file = file;
    this.#expected = expected;
    this.#lines = new Appender(Uint32Array, expected);
  }

  /** Adds the part at `index` (from 0); it is joined once every part before it is. */
  add(index: number, part: CsvPart): void {
    this.#pending.set(index, part);
    for (let next = this.#pending.get(this.#next); next; next = this.#pending.get(this.#next)) {
      this.#pending.delete(this.#next);
      this.#join(next);
      this.#next++;
    }
  }

  /** Whether a part but the last had a quote problem: a cut may have fallen in a quoted field. */
  get quoteErrorBeforeLast(): boolean {
    return this.#quoteErrors.slice(0, -1).some(Boolean);
  }

  #join(part: CsvPart): void {
    const offset = this.#offset;
    this.#first ??= part;
    this.#columns ??= part.columns.map(([key, column]) => [
      key,
      columnJoiner(column, this.#expected),
    ]);
    part.columns.forEach(([, column], index) => this.#columns![index]![1].add(column));
    if (offset === 0) this.#lines.append(part.lines);
    else this.#lines.appendShifted(part.lines, offset);

    const places = new Map(part.pending.map((pending) => [pending.problem, pending]));
    const kept = new Map<ProblemCode, number>();
    for (const problem of part.problems) {
      if (problem.line !== undefined) problem.line += offset;
      const place = places.get(problem);
      this.#sink.report(problem, place && { rowLine: place.rowLine + offset, field: place.field });
      kept.set(problem.code, (kept.get(problem.code) ?? 0) + 1);
    }
    for (const [code, { count, severity }] of part.counts)
      this.#sink.addUnlisted(code, severity, count - (kept.get(code) ?? 0));

    this.#rowCount += part.rowCount;
    this.#dataRows += part.dataRows;
    for (const line of part.delimiterOnlyLines) this.#delimiterOnlyLines.push(line + offset);
    this.#quoteErrors.push(part.quoteErrors);
    // The first part numbers its lines as the file does; each later part from 1.
    this.#offset += part.nextLine - 1;
    // Its columns are copied: let them go.
    part.columns = [];
  }

  finish(): JoinedParts {
    const first = this.#first!;
    const table: Table = {
      file: this.#file,
      header: first.header ?? [],
      rowCount: this.#rowCount,
      lines: this.#lines.finish(),
      columns: new Map((this.#columns ?? []).map(([key, joiner]) => [key, joiner.finish()])),
    };
    return {
      parts: this.#next,
      table,
      sink: this.#sink,
      header: first.header,
      headerLine: first.headerLine,
      dataRows: this.#dataRows,
      delimiterOnlyLines: this.#delimiterOnlyLines,
      unknownColumns: first.unknownColumns,
    };
  }
}
