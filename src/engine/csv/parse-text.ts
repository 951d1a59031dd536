/**
 * Feeds decoded text through papaparse's core parser a slice at a time and
 * hands each row to a row reader. Slices stay small so that the rows of one
 * slice are garbage before the next is parsed: memory stays flat however
 * large the file. A row cut by a slice's end is parsed again with the next
 * slice, as papaparse's own streaming does.
 */
import Papa from 'papaparse';
import type { RowReader } from './row-reader.ts';

/** Characters parsed at a time. */
const SLICE = 64 * 1024;

export type Newline = '\n' | '\r\n' | '\r';

/** The line break papaparse would detect in the first chunk of a file. */
export function detectNewline(firstChunk: string, delimiter: string): Newline {
  const { linebreak } = Papa.parse(firstChunk, { delimiter, preview: 1 }).meta;
  return linebreak === '\r\n' || linebreak === '\r' ? linebreak : '\n';
}

/** No quote, and no line feed other than in line breaks: rows can be cut without a parser. */
function plain(text: string, newline: Newline): boolean {
  if (text.includes('"')) return false;
  if (newline === '\n') return true;
  let lineFeeds = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineFeeds++;
  let breaks = 0;
  for (let at = text.indexOf(newline); at !== -1; at = text.indexOf(newline, at + 2)) breaks++;
  return lineFeeds === breaks;
}

function* slices(text: string): Generator<string> {
  if (text.length <= SLICE) {
    yield text;
    return;
  }
  for (let start = 0; start < text.length; start += SLICE) yield text.slice(start, start + SLICE);
}

/** Parses every chunk of `chunks` into rows for `reader`. */
export async function parseText(
  chunks: AsyncIterable<string>,
  options: { delimiter: string; newline: Newline },
  reader: RowReader,
): Promise<void> {
  const parser = new Papa.Parser({ delimiter: options.delimiter, newline: options.newline });
  // Split on "\n" with no quote in sight, a field cannot hold a line feed: no need to look for one.
  const lineFeedsOnlyEndRows = options.newline === '\n';
  let rest = '';

  /** Without quotes, rows are what lies between line breaks, as papaparse's fast mode cuts them. */
  const parsePlain = (text: string, last: boolean): void => {
    const start = reader.plainRows(text, options.newline, options.delimiter, last);
    rest = last ? '' : text.slice(start);
  };

  const parse = (text: string, last: boolean): void => {
    if (reader.hasHeader && options.newline !== '\r' && plain(text, options.newline)) {
      parsePlain(text, last);
      return;
    }
    const result = parser.parse(text, 0, !last) as Papa.ParseResult<string[]>;
    const { data, errors } = result;
    const mayHoldLineFeeds = !lineFeedsOnlyEndRows || text.includes('"');
    let error = 0;
    for (let row = 0; row < data.length; row++) {
      // Errors of a row cut by the slice's end come again when it is parsed whole.
      while (error < errors.length && (errors[error]!.row ?? row) <= row)
        reader.parserError(errors[error++]!);
      reader.row(data[row]!, mayHoldLineFeeds);
    }
    rest = last ? '' : text.slice(result.meta.cursor);
  };

  for await (const chunk of chunks) for (const slice of slices(chunk)) parse(rest + slice, false);
  parse(rest, true);
}
