/** Finds where fields start in raw CSV text, to point messages at exact characters. */

export interface FieldPlace {
  line: number;
  /** 1-based, in characters (code points), so an emoji earlier on the line counts once. */
  column: number;
}

/** Characters (code points) of `text` between two offsets. */
function characters(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    // The second half of a surrogate pair is not a character of its own.
    if (code < 0xdc00 || code > 0xdfff) count++;
  }
  return count;
}

/**
 * For each wanted (row start line, field index), the line and column at which
 * that field starts. Quotes are honoured, so a field after a quoted newline
 * is placed on the line it really starts on. A field beyond the end of its
 * row (a row with too few fields) is placed just after the row's last
 * character, where the missing field would start.
 */
export function placeFields(
  text: string,
  delimiter: string,
  wanted: readonly { line: number; field: number }[],
): (FieldPlace | null)[] {
  const lineStarts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1))
    lineStarts.push(at + 1);
  const placeOf = (offset: number): FieldPlace => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: characters(text, lineStarts[low]!, offset) + 1 };
  };

  return wanted.map(({ line, field }) => {
    const rowStart = lineStarts[line - 1];
    if (rowStart === undefined) return null;
    let offset = rowStart;
    let quoted = false;
    for (let current = 0; current < field; offset++) {
      const char = text[offset];
      if (char === undefined) return placeOf(offset);
      if (char === '"') quoted = !quoted;
      else if (!quoted && (char === '\n' || char === '\r')) return placeOf(offset);
      else if (!quoted && text.startsWith(delimiter, offset)) current++;
    }
    return placeOf(offset);
  });
}
