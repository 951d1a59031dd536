/**
 * Streams a CSV file once, keeping only the columns KPIs use, converted into
 * typed columns. Every problem names the line and column it was found at;
 * rows with errors are left out, and reading goes on so that all problems of
 * a file are reported together. A large UTF-8 file is read on several
 * threads at once (see read-parts.ts), with the same result as one pass.
 */
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import Papa from 'papaparse';
import type { CalendarOptions } from '../calendar/grain.ts';
import type { Problem } from '../errors/problem.ts';
import type { JoinedParts } from './csv-part.ts';
import { PartJoiner } from './part-joiner.ts';
import { decodeFile, EncodingError, readDecodedText } from './decode.ts';
import type { DecodedStart } from './decode.ts';
import { placeFields } from './field-position.ts';
import { detectNewline, parseText } from './parse-text.ts';
import type { Newline } from './parse-text.ts';
import type { PendingPlace } from './problem-sink.ts';
import { cacheDirectory } from '../cache/cache-directory.ts';
import { PartWorkers, workersAvailable } from './part-workers.ts';
import { readInParts } from './read-parts.ts';
import { duplicatedNames, RowReader } from './row-reader.ts';
import type { ColumnRequest, Table } from './table.ts';

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
  /**
   * How many threads read the file at the same time. @default one per core
   * (at most four) for files of PARALLEL_BYTES or more, otherwise one
   */
  parts?: number | undefined;
  /** Worker threads already started (see read-data.ts); otherwise started here when needed. */
  workers?: PartWorkers | undefined;
}

export interface CsvResult {
  /** Null when the file could not be read at all. */
  table: Table | null;
  problems: Problem[];
  /** Requested columns the header does not have; the caller reports them where they were named. */
  unknownColumns: string[];
  /** Requested columns the header has twice: reported as duplicates, and not read. */
  ambiguousColumns: string[];
  /** How many parts the file was read in at the same time (1: one pass). */
  parts?: number;
  /** The delimiter the rows were split on, declared or detected, when the file was read. */
  delimiter?: string;
}

/** Below this size, starting threads costs more than it saves. */
export const PARALLEL_BYTES = 8 << 20;
const MAX_PARTS = 4;
const DELIMITERS = [',', ';', '\t', '|'];

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

function emptyFile(file: string): CsvResult {
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
    ambiguousColumns: [],
  };
}

/** Rows a file of `size` bytes likely has, judging by the lines of its first chunk. */
function expectedRows(firstChunk: string, size: number): number {
  let lines = 1;
  for (let at = firstChunk.indexOf('\n'); at !== -1; at = firstChunk.indexOf('\n', at + 1)) lines++;
  const bytesPerRow = Math.max(1, Buffer.byteLength(firstChunk) / lines);
  // A little over, so that a file of slightly longer rows further on still fits.
  return Math.ceil((size / bytesPerRow) * 1.02);
}

/** How many threads should read a file of `size` bytes. */
export function threadsFor(size: number, parts?: number): number {
  if (parts !== undefined) return Math.max(1, Math.floor(parts));
  if (size < PARALLEL_BYTES) return 1;
  return Math.min(MAX_PARTS, availableParallelism());
}

/**
 * The header (the first row of the first chunk) and the byte offset where it
 * ends; null when it does not end within the chunk.
 */
function headerOf(
  firstChunk: string,
  start: DecodedStart,
  delimiter: string,
  newline: Newline,
): { header: string[]; end: number } | null {
  const parsed = Papa.parse<string[]>(firstChunk, { delimiter, newline, preview: 1 });
  const [fields] = parsed.data;
  const cursor = parsed.meta.cursor;
  if (!fields || parsed.errors.length > 0 || cursor >= firstChunk.length) return null;
  const end = (start.prefixBytes ?? 0) + Buffer.byteLength(firstChunk.slice(0, cursor));
  return { header: fields.map((field) => field.trim()), end };
}

/** The file in parts on several threads, or null when it must be read in one pass. */
async function readParallel(
  options: ReadCsvOptions,
  size: number,
  start: DecodedStart,
  firstChunk: string,
  delimiter: string,
): Promise<JoinedParts | null> {
  const parts = threadsFor(size, options.parts);
  if (parts < 2 || start.encoding !== 'utf-8' || !workersAvailable()) return null;
  const newline = detectNewline(firstChunk, delimiter);
  if (newline === '\r') return null;
  const header = headerOf(firstChunk, start, delimiter, newline);
  if (header === null) return null;
  const workers = options.workers ?? new PartWorkers(parts - 1, cacheDirectory(process.env));
  try {
    return await readInParts(
      {
        path: options.path,
        file: options.file,
        delimiter,
        newline,
        header: header.header,
        requests: [...options.requests],
        calendar: options.calendar,
        timeZone: options.timeZone,
        size,
        parts,
        headerEnd: header.end,
        skippedLines: start.skippedLines,
        bytesPerRow: size / expectedRows(firstChunk, size),
      },
      workers,
    );
  } finally {
    if (!options.workers) await workers.close();
  }
}

export async function readCsv(options: ReadCsvOptions): Promise<CsvResult> {
  const { file } = options;
  const size = await stat(options.path).then(
    (info) => info.size,
    () => null,
  );
  if (size === null) {
    return {
      table: null,
      problems: [{ severity: 'error', code: 'file-not-found', file, message: 'file not found' }],
      unknownColumns: [],
      ambiguousColumns: [],
    };
  }

  const start: DecodedStart = { encoding: 'utf-8', skippedLines: 0 };
  const chunks = decodeFile(options.path, start);
  // Every way out closes the file, or its handle waits for the garbage collector.
  try {
    return await readChunks(options, size, start, chunks);
  } finally {
    await chunks.return(undefined);
  }
}

async function readChunks(
  options: ReadCsvOptions,
  size: number,
  start: DecodedStart,
  chunks: AsyncGenerator<string>,
): Promise<CsvResult> {
  const { file } = options;
  let firstChunk: IteratorResult<string>;
  try {
    firstChunk = await chunks.next();
  } catch (error) {
    return failed([encodingProblem(file, error)]);
  }
  if (firstChunk.done || firstChunk.value.trim() === '') return emptyFile(file);
  const first = firstChunk.value;
  const firstLine = first.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = options.delimiter ?? start.sepDelimiter ?? detectDelimiter(firstLine);

  let joined = await readParallel(options, size, start, first, delimiter);
  if (joined === null) {
    const reader = new RowReader({
      file,
      requests: options.requests,
      calendar: options.calendar,
      timeZone: options.timeZone,
      firstLine: start.skippedLines + 1,
      expectedRows: expectedRows(first, size),
    });
    const text = (async function* () {
      yield first;
      yield* chunks;
    })();
    try {
      await parseText(text, { delimiter, newline: detectNewline(first, delimiter) }, reader);
    } catch (error) {
      return failed([...reader.sink.problems, encodingProblem(file, error)]);
    }
    const joiner = new PartJoiner(file, 0);
    joiner.add(0, reader.part());
    joined = joiner.finish();
  }

  joined.sink.markHidden();
  const problems = [...joined.sink.problems, ...finalProblems(file, joined)];
  if (joined.sink.pending.length > 0)
    await placeColumns(options.path, delimiter, joined.sink.pending);
  const requested = new Set(options.requests.map((request) => request.name));
  return {
    table: joined.table,
    problems,
    unknownColumns: joined.unknownColumns,
    ambiguousColumns: [...duplicatedNames(joined.table.header)].filter((name) =>
      requested.has(name),
    ),
    parts: joined.parts,
    delimiter,
  };
}

function failed(problems: Problem[]): CsvResult {
  return { table: null, problems, unknownColumns: [], ambiguousColumns: [] };
}

function encodingProblem(file: string, error: unknown): Problem {
  if (!(error instanceof EncodingError)) throw error;
  const hint = 'Save the file as UTF-8 (CSV UTF-8 in spreadsheet programs).';
  const { invalid } = error;
  if (invalid === null)
    return { severity: 'error', code: 'unsupported-encoding', file, message: error.message, hint };
  const byte = `0x${invalid.value.toString(16).toUpperCase().padStart(2, '0')}`;
  const latin = new TextDecoder('windows-1252').decode(Uint8Array.of(invalid.value));
  const legacy = /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(latin);
  return {
    severity: 'error',
    code: 'unsupported-encoding',
    file,
    line: invalid.line,
    column: invalid.column,
    message: `${error.message}: the byte ${byte}${legacy ? ` ("${latin}" in Windows-1252 or Latin-1)` : ''} is not UTF-8`,
    hint: legacy
      ? 'The file looks saved as Windows-1252 or Latin-1: save it as UTF-8 (CSV UTF-8 in spreadsheet programs).'
      : hint,
  };
}

/** Problems about the file as a whole, known once every row has been read. */
function finalProblems(file: string, joined: JoinedParts): Problem[] {
  const problems: Problem[] = [];
  // A header without names is reported on its own; that no rows follow it is beside the point.
  const named = joined.header?.some((name) => name !== '') ?? false;
  if (named && joined.dataRows === 0) {
    problems.push({
      severity: 'warning',
      code: 'header-only',
      file,
      line: joined.headerLine,
      column: 1,
      message: 'the file has a header but no data rows; KPIs reading it show no data',
      hint: 'Add rows below the header; until then the KPIs reading it show "no data".',
    });
  }
  const lines = joined.delimiterOnlyLines;
  if (lines.length > 0) {
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
