/**
 * A European spreadsheet saves CSV with semicolons, decimal commas and
 * thousands dots: 35.361 meaning 35361. Read with the default decimal point,
 * every such value is a thousand times too small and nothing fails. Pacer
 * never guesses a format per value (DESIGN.md), but a semicolon file whose
 * number column has three digits after the point in every value is worth a
 * warning. Only the start of a file is looked at, so this costs the same
 * however large the file is.
 * TODO: note the pattern in the reader as it converts numbers, to spare this second look at the file's start.
 */
import { decodeFile } from '../csv/decode.ts';
import type { DecodedStart } from '../csv/decode.ts';
import { placeFields } from '../csv/field-position.ts';
import { parseRawRows } from '../csv/read-raw-rows.ts';
import type { Problem } from '../errors/problem.ts';

/** Data lines looked at: enough to tell a pattern from chance, few enough to cost nothing. */
export const SCAN_LINES = 1000;

/**
 * Thousands groups after a point and nothing else: `35.361`, `1.234.567`.
 * Not `0.512`: no one writes a thousands separator after a leading zero, and
 * a column of fractions with three decimals is common.
 */
const THOUSANDS_DOTS = /^-?[1-9]\d{0,2}(\.\d{3})+$/;

/** A number column a KPI reads with the default format, and the cells that mean "no value". */
export interface PlainNumberColumn {
  name: string;
  missing: readonly string[];
}

/** The file's first lines as text (a `sep=` line left blank), or null when it cannot be read. */
async function firstLines(path: string): Promise<string | null> {
  const start: DecodedStart = { encoding: 'utf-8', skippedLines: 0 };
  const chunks = decodeFile(path, start);
  let text = '';
  try {
    for await (const chunk of chunks) {
      text += chunk;
      const cut = nthNewline(text, SCAN_LINES + 1);
      if (cut !== -1) {
        text = text.slice(0, cut + 1);
        break;
      }
    }
  } catch {
    // An unreadable file is reported by the reader; there is nothing to add.
    return null;
  } finally {
    await chunks.return(undefined);
  }
  return '\n'.repeat(start.skippedLines) + text;
}

/** The offset of the `count`th newline of `text`, or -1 when it has fewer. */
function nthNewline(text: string, count: number): number {
  let at = -1;
  for (let seen = 0; seen < count; seen++) {
    at = text.indexOf('\n', at + 1);
    if (at === -1) return -1;
  }
  return at;
}

/**
 * One warning per column whose every value in the first SCAN_LINES data
 * lines looks like thousands with dots. The caller asks only for files the
 * reader split on semicolons.
 */
export async function thousandsDotProblems(
  path: string,
  file: string,
  columns: readonly PlainNumberColumn[],
): Promise<Problem[]> {
  if (columns.length === 0) return [];
  const text = await firstLines(path);
  if (text === null) return [];
  const delimiter = ';';
  const { header, rows } = parseRawRows(text, delimiter);
  if (!header) return [];
  const names = header.fields.map((name) => name.trim());
  const problems: Problem[] = [];
  for (const { name, missing } of columns) {
    const index = names.indexOf(name);
    if (index === -1) continue;
    let first: { line: number; value: string } | null = null;
    let all = true;
    for (const row of rows) {
      const value = row.fields[index]?.trim() ?? '';
      if (value === '' || missing.includes(value)) continue;
      if (!THOUSANDS_DOTS.test(value)) {
        all = false;
        break;
      }
      first ??= { line: row.line, value };
    }
    if (!all || !first) continue;
    const [place] = placeFields(text, delimiter, [{ line: first.line, field: index }]);
    problems.push({
      severity: 'warning',
      code: 'ambiguous-number',
      file,
      ...(place ?? { line: first.line }),
      message: `every value in column "${name}" has three digits after the point, as in "${first.value}": if the point separates thousands, declare thousands: "." (and decimal: ",") on the source`,
      hint: `Pacer reads "${first.value}" as ${Number(first.value)}, not ${first.value.replaceAll('.', '')}: it never guesses a format from the values. Declare \`thousands: "."\` and \`decimal: ","\` on the source (or in the file's schema); if the point is a decimal point, declare \`decimal: "."\` to say so.`,
    });
  }
  return problems;
}
