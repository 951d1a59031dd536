/**
 * Text cells as values: a cell's surrounding spaces do not make it another
 * value, so `EU` and `EU ` count once in distinct counts and group together
 * in breakdowns, the way filters already match them.
 */
import type { TextColumn } from '../csv/table.ts';

/** For each code, the first code whose trimmed text is the same. */
export function canonicalCodes(column: TextColumn): Uint32Array {
  const first = new Map<string, number>();
  return Uint32Array.from(column.dictionary, (text, code) => {
    const key = text.trim();
    const earlier = first.get(key);
    if (earlier !== undefined) return earlier;
    first.set(key, code);
    return code;
  });
}

/** 1 for each code whose text is blank (an empty cell or only spaces). */
export function blankCodes(column: TextColumn): Uint8Array {
  return Uint8Array.from(column.dictionary, (text) => (text.trim() === '' ? 1 : 0));
}
