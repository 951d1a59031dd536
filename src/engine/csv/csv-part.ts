/**
 * What reading one part of a file yields (see part-joiner.ts for how parts
 * become one table). A file read on one thread is a single part; a large
 * file read on several threads is cut at line starts into consecutive parts,
 * each counting its lines from its own start.
 */
import type { Problem, ProblemCode } from '../errors/problem.ts';
import type { KindCount, PendingPlace, ProblemSink } from './problem-sink.ts';
import type { Column, Table } from './table.ts';

export interface CsvPart {
  /** The header, when this part read it (the first part). */
  header: string[] | null;
  headerLine: number;
  rowCount: number;
  /** Rows with content, valid or not. */
  dataRows: number;
  /** The line the next part starts on, in this part's numbering. */
  nextLine: number;
  /** Start line of each kept row, counted from the part's first line. */
  lines: Uint32Array;
  /** Columns by column key; views that may share a larger buffer. */
  columns: [string, Column][];
  problems: Problem[];
  pending: PendingPlace[];
  counts: [ProblemCode, KindCount][];
  delimiterOnlyLines: number[];
  /** The parser found a quote problem (a split inside a quoted field shows up as one). */
  quoteErrors: boolean;
  unknownColumns: string[];
}

export interface JoinedParts {
  /** How many parts were joined. */
  parts: number;
  table: Table;
  sink: ProblemSink;
  header: string[] | null;
  headerLine: number;
  dataRows: number;
  delimiterOnlyLines: number[];
  unknownColumns: string[];
}
