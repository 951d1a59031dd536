/**
 * The header row of a data file, read from its first block alone: enough to
 * check a schema's columns against a file no KPI reads, without reading the
 * file's rows.
 */
import Papa from 'papaparse';
import { decodeFile } from './decode.ts';
import type { DecodedStart } from './decode.ts';
import { detectDelimiter } from './read-csv.ts';

/** The header's column names, trimmed; null when the file is missing, empty or not text. */
export async function readHeader(path: string, delimiter?: string): Promise<string[] | null> {
  const start: DecodedStart = { encoding: 'utf-8', skippedLines: 0 };
  const chunks = decodeFile(path, start);
  try {
    const first = await chunks.next();
    if (first.done) return null;
    // Blank lines before the header are skipped, as the reader skips them.
    const text = first.value.replace(/^(?:[ \t]*\r?\n)+/, '');
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    const chosen = delimiter ?? start.sepDelimiter ?? detectDelimiter(firstLine);
    const [fields] = Papa.parse<string[]>(text, { delimiter: chosen, preview: 1 }).data;
    return fields && fields.some((field) => field.trim() !== '')
      ? fields.map((field) => field.trim())
      : null;
  } catch {
    // An unreadable file is reported by whoever reads it for a KPI; a schema check has nothing to add.
    return null;
  } finally {
    await chunks.return(undefined);
  }
}
