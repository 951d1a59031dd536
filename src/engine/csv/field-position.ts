/** Finds where fields start in raw CSV text, to point messages at exact characters. */

export interface FieldPlace {
  line: number;
  column: number;
}

/**
 * For each wanted (row start line, field index), the line and column at which
 * that field starts. Quotes are honoured, so a field after a quoted newline
 * is placed on the line it really starts on.
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
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };

  return wanted.map(({ line, field }) => {
    const rowStart = lineStarts[line - 1];
    if (rowStart === undefined) return null;
    let offset = rowStart;
    let quoted = false;
    for (let current = 0; current < field; offset++) {
      const char = text[offset];
      if (char === undefined) return null;
      if (char === '"') quoted = !quoted;
      else if (!quoted && (char === '\n' || char === '\r')) return null;
      else if (!quoted && text.startsWith(delimiter, offset)) current++;
    }
    return placeOf(offset);
  });
}
