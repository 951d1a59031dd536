/**
 * Characters that print like a space or like nothing, as spreadsheets export
 * them. Quoted in a message they look like an ordinary space (or are not seen
 * at all), so messages write them as escapes and name them.
 */

const NAMES: Record<string, string> = {
  '\u00a0': 'no-break space',
  '\u2007': 'figure space',
  '\u2009': 'thin space',
  '\u202f': 'narrow no-break space',
  '\u200b': 'zero-width space',
  '\u2060': 'word joiner',
  '\ufeff': 'zero-width no-break space',
};

const INVISIBLE = new RegExp(`[${Object.keys(NAMES).join('')}]`, 'gu');

/** `\u00a0`: how YAML's and JavaScript's double-quoted strings write the character. */
function escapeOf(char: string): string {
  return `\\u${char.codePointAt(0)!.toString(16).padStart(4, '0')}`;
}

/** `U+00A0`. */
export function codePointOf(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The text with each invisible character written as its escape: `1\u00a0234`. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, escapeOf);
}

/** The invisible characters of `text`, each once, in the order they first appear. */
export function invisibleCharacters(text: string): string[] {
  return [...new Set(text.match(INVISIBLE) ?? [])];
}

/** `no-break space (U+00A0)`. */
export function describeCharacter(char: string): string {
  return `${NAMES[char] ?? 'character'} (${codePointOf(char)})`;
}

/** `; it holds a no-break space (U+00A0)`, or nothing when every character shows. */
export function invisibleNote(text: string): string {
  const found = invisibleCharacters(text).map((char) => `a ${describeCharacter(char)}`);
  return found.length === 0 ? '' : `; it holds ${found.join(' and ')}`;
}
