/**
 * Reads a CSV file as text rows, every column kept as written, with the line
 * each row starts on. For comparing two versions of a file (`pacer diff`),
 * not for computing: numbers and dates are not converted.
 */
import Papa from 'papaparse';
import { readDecoded } from './decode.ts';
import { detectDelimiter } from './read-csv.ts';

export interface RawRow {
  /** 1-based line the row starts on. */
  line: number;
  fields: string[];
}

export interface RawTable {
  header: RawRow | null;
  rows: RawRow[];
}

/** The header line: the first that is not blank (a `sep=` line was blanked by the decoder). */
function firstContentLine(text: string): string {
  for (let start = 0; start < text.length;) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    if (line.trim() !== '') return line;
    if (end === -1) break;
    start = end + 1;
  }
  return '';
}

/** Rows of text; blank lines and rows of only delimiters are left out, as `readCsv` skips them. */
export function parseRawRows(text: string, delimiter?: string): RawTable {
  const chosen = delimiter ?? detectDelimiter(firstContentLine(text));
  const parsed = Papa.parse<string[]>(text, { delimiter: chosen, skipEmptyLines: false });

  const rows: RawRow[] = [];
  let line = 1;
  for (const fields of parsed.data) {
    const start = line;
    for (const field of fields) line += field.split('\n').length - 1;
    line++;
    if (fields.every((field) => field.trim() === '')) continue;
    rows.push({ line: start, fields });
  }
  const [header = null, ...data] = rows;
  return { header, rows: data };
}

export async function readRawRows(path: string, delimiter?: string): Promise<RawTable> {
  const { text, start } = await readDecoded(path);
  return parseRawRows(text, delimiter ?? start.sepDelimiter);
}
