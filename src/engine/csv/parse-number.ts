/**
 * Strict number parsing. Numbers are never guessed from a locale: `1.234,50`
 * is 1234.5 only when the source declares `decimal: ","` and `thousands: "."`,
 * and anything that is not plainly a number is rejected rather than coerced.
 */
import { describeCharacter, invisibleCharacters } from '../errors/invisible-characters.ts';

export interface NumberFormat {
  /** The decimal separator. @default "." */
  decimal: '.' | ',';
  /** The thousands separator, if the data uses one. A space also accepts no-break spaces. */
  thousands?: ',' | '.' | ' ' | "'" | undefined;
}

export const PLAIN_NUMBERS: NumberFormat = { decimal: '.' };

const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const SPACES = /[\s\u00a0\u202f]/g;
const patternCache = new Map<string, RegExp>();

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function patternFor(format: NumberFormat): RegExp {
  const cacheKey = `${format.decimal}|${format.thousands ?? ''}`;
  let pattern = patternCache.get(cacheKey);
  if (!pattern) {
    const decimal = escape(format.decimal);
    const grouped =
      format.thousands === undefined ? '' : `\\d{1,3}(?:${escape(format.thousands)}\\d{3})+|`;
    pattern = new RegExp(`^[+-]?(?:${grouped}\\d+)(?:${decimal}\\d+)?(?:[eE][+-]?\\d+)?$`);
    patternCache.set(cacheKey, pattern);
  }
  return pattern;
}

/** Only finite numbers: `1e400` would otherwise become Infinity and be published. */
function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** The number `text` spells in `format`, or null when it is not one. */
export function parseNumber(text: string, format: NumberFormat = PLAIN_NUMBERS): number | null {
  const trimmed = text.trim();
  if (format.decimal === '.' && format.thousands === undefined) {
    return PLAIN.test(trimmed) ? finite(Number(trimmed)) : null;
  }
  // A declared space separator also accepts the no-break spaces spreadsheets export.
  const normalised = format.thousands === ' ' ? trimmed.replace(SPACES, ' ') : trimmed;
  if (!patternFor(format).test(normalised)) return null;
  let plain = normalised;
  if (format.thousands !== undefined) plain = plain.split(format.thousands).join('');
  if (format.decimal === ',') plain = plain.replace(',', '.');
  return finite(Number(plain));
}

/** ` written with decimal "," and thousands "."`, or nothing for plain numbers. */
export function describeNumberFormat(format: NumberFormat): string {
  if (format.decimal === '.' && format.thousands === undefined) return '';
  const thousands =
    format.thousands === undefined
      ? ' and no thousands separator'
      : ` and thousands "${format.thousands}"`;
  return ` written with decimal "${format.decimal}"${thousands}`;
}

/**
 * For digits grouped by spaces of any kind with no thousands separator
 * declared: the one declaration that reads them, naming the spaces, since a
 * no-break space looks like any other.
 */
function spacedThousandsHint(trimmed: string, format: NumberFormat): string | null {
  const grouped = new RegExp(
    `^[+-]?\\d{1,3}(?:[ \\u00a0\\u2007\\u2009\\u202f]\\d{3})+(?:${escape(format.decimal)}\\d+)?$`,
  );
  if (!grouped.test(trimmed)) return null;
  const invisible = invisibleCharacters(trimmed);
  const subject =
    invisible.length === 0
      ? 'space'
      : invisible.map((char) => describeCharacter(char)).join(' and ');
  const verb = invisible.length > 1 ? 'separate' : 'separates';
  const also =
    invisible.length === 0 ? '' : ' (a declared space also accepts no-break and thin spaces)';
  return `The ${subject} ${verb} thousands: declare \`thousands: " "\` on the source or the data file${also}.`;
}

/** A hint for a value that failed to parse, naming the likely cause. */
export function numberHint(text: string, format: NumberFormat): string {
  const trimmed = text.trim();
  if (/^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(trimmed) && format.decimal === '.') {
    return 'This looks like a decimal comma with thousands dots; declare `decimal: ","` and `thousands: "."` on the source or the data file.';
  }
  if (/^[+-]?\d{1,3}(,\d{3})+\.\d+$/.test(trimmed) && format.decimal === ',') {
    return 'This looks like a decimal point with thousands commas, but the source declares `decimal: ","`.';
  }
  if (/^[+-]?\d{1,3},\d{3}$/.test(trimmed) && format.decimal === '.') {
    const [whole, fraction] = trimmed.split(',');
    return `The comma is probably a thousands separator (${trimmed} = ${whole}${fraction}): declare \`thousands: ","\` on the source or the data file. If it is a decimal comma (${whole}.${fraction}), declare \`decimal: ","\` instead.`;
  }
  if (/^[+-]?\d{1,3}(,\d{3}){2,}$/.test(trimmed) && format.decimal === '.') {
    return 'The commas are thousands separators: declare `thousands: ","` on the source or the data file.';
  }
  if (/^[+-]?\d+,\d+$/.test(trimmed) && format.decimal === '.') {
    return 'This looks like a decimal comma; declare `decimal: ","` on the source or the data file.';
  }
  if (format.thousands === undefined) {
    const spaced = spacedThousandsHint(trimmed, format);
    if (spaced !== null) return spaced;
  }
  if (/^[+-]?\d{1,3}([.,\s\u00a0\u202f'])\d{3}/.test(trimmed) && format.thousands === undefined) {
    return 'This looks like a thousands separator; declare `thousands` on the source or the data file.';
  }
  if (format.thousands !== undefined && trimmed.replace(SPACES, ' ').includes(format.thousands)) {
    return `With thousands "${format.thousands}" declared, it may only separate groups of three digits, as in 1${format.thousands}234${format.decimal}5.`;
  }
  if (/%$/.test(trimmed))
    return 'Write percentages as plain numbers (0.42 or 42) without the % sign.';
  if (/^[+-]?[\d.]+e\d{3,}$/i.test(trimmed)) return 'The number is too large to be represented.';
  return 'Write plain numbers such as 1234.5; declare values like "n/a" under `missing` if they mean "no value".';
}

/** Exact powers of ten as doubles: 10^0 to 10^22. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, exponent) => 10 ** exponent);
const MAX_EXACT = 2 ** 53;

/**
 * The value of the plain number (PLAIN, already trimmed) from `start` to
 * `end` of `text`, or null when it is not one. Read without a regular
 * expression or a substring: a number of at most 15 digits and 22 decimals
 * is its digits as an integer divided by a power of ten, both exact, so the
 * one rounding of the division gives the same double as `Number` (Clinger's
 * fast path); anything else goes to `Number`.
 */
export function plainNumberIn(text: string, start: number, end: number): number | null {
  let at = start;
  let code = at < end ? text.charCodeAt(at) : -1;
  const negative = code === 45;
  if (code === 43 || code === 45) code = ++at < end ? text.charCodeAt(at) : -1; // + or -
  let digits = 0;
  let mantissa = 0;
  while (code >= 48 && code <= 57) {
    digits++;
    mantissa = mantissa * 10 + (code - 48);
    code = ++at < end ? text.charCodeAt(at) : -1;
  }
  let decimals = 0;
  if (code === 46) {
    // A point: "5." and ".5" are numbers, "." is not.
    code = ++at < end ? text.charCodeAt(at) : -1;
    while (code >= 48 && code <= 57) {
      digits++;
      decimals++;
      mantissa = mantissa * 10 + (code - 48);
      code = ++at < end ? text.charCodeAt(at) : -1;
    }
  }
  if (digits === 0) return null;
  let exponent = false;
  if (code === 101 || code === 69) {
    // e or E, an optional sign, then at least one digit.
    exponent = true;
    code = ++at < end ? text.charCodeAt(at) : -1;
    if (code === 43 || code === 45) code = ++at < end ? text.charCodeAt(at) : -1;
    let exponentDigits = 0;
    while (code >= 48 && code <= 57) {
      exponentDigits++;
      code = ++at < end ? text.charCodeAt(at) : -1;
    }
    if (exponentDigits === 0) return null;
  }
  if (at !== end) return null;
  if (exponent || digits > 15 || decimals > 22 || mantissa >= MAX_EXACT)
    return finite(Number(text.slice(start, end)));
  const value = mantissa / POWERS_OF_TEN[decimals]!;
  return negative ? -value : value;
}

function plainNumber(text: string): number | null {
  return plainNumberIn(text, 0, text.length);
}

/**
 * `parseNumber` for one format, for reading a column of trimmed cells: plain
 * numbers, the common case, skip the regular expression.
 */
export function numberReader(format: NumberFormat): (trimmed: string) => number | null {
  if (format.decimal === '.' && format.thousands === undefined) return plainNumber;
  return (trimmed) => parseNumber(trimmed, format);
}
