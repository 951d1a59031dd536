/**
 * The one place values become text, on Intl with the site locale, so that the
 * same value prints the same way on every page, feed, export and terminal.
 */
import type { Unit } from '../schema/kpi.ts';

export interface ValueStyle {
  locale: string;
  unit: Unit;
  /** ISO 4217 code, for currency values. */
  currency: string;
  /** Fraction digits; chosen by unit and size when not set. */
  decimals?: number | undefined;
}

/** What a missing value prints as. */
export const NO_VALUE = '—';

const cache = new Map<string, Intl.NumberFormat>();

/** Every option this module passes to Intl; the cache key is built from exactly these. */
const OPTION_NAMES = [
  'style',
  'currency',
  'notation',
  'minimumFractionDigits',
  'maximumFractionDigits',
  'signDisplay',
] as const;

// Formatting runs for every number on every page, so the key is built by hand
// rather than with JSON.stringify (which showed up in build profiles).
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let key = locale;
  for (const name of OPTION_NAMES) key += `|${options[name] ?? ''}`;
  let format = cache.get(key);
  if (!format) cache.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** Fraction digits for a plain number when none are declared: fewer as values grow. */
function autoDecimals(value: number): number {
  const size = Math.abs(value);
  return size >= 1000 ? 0 : size >= 10 ? 1 : 2;
}

/**
 * Compact values of a thousand and more are left to Intl's own rounding (two
 * significant digits: `1.2M`, `212K`) unless the KPI declares its decimals.
 */
function compactRounding(style: ValueStyle, value: number): boolean {
  return style.decimals === undefined && Math.abs(value) >= 1000;
}

/**
 * Values that show a sign only when negative: `negative` leaves it off values
 * that round to zero, so that -0.004 reads `0%`, never `-0%`.
 */
const UNSIGNED_ZERO = { signDisplay: 'negative' } as const;

function options(style: ValueStyle, value: number, compact: boolean): Intl.NumberFormatOptions {
  const notation = compact ? ({ notation: 'compact', ...UNSIGNED_ZERO } as const) : UNSIGNED_ZERO;
  if (compact && compactRounding(style, value)) {
    return style.unit === 'currency'
      ? { style: 'currency', currency: style.currency, ...notation }
      : notation;
  }
  switch (style.unit) {
    case 'currency': {
      const digits = style.decimals ?? (compact || Math.abs(value) >= 1000 ? 0 : 2);
      return {
        style: 'currency',
        currency: style.currency,
        minimumFractionDigits: compact ? 0 : digits,
        maximumFractionDigits: digits,
        ...notation,
      };
    }
    case 'percent':
      return {
        style: 'percent',
        minimumFractionDigits: style.decimals ?? 1,
        maximumFractionDigits: style.decimals ?? 1,
        ...UNSIGNED_ZERO,
      };
    case 'ratio':
      return {
        minimumFractionDigits: style.decimals ?? 2,
        maximumFractionDigits: style.decimals ?? 2,
        ...UNSIGNED_ZERO,
      };
    default: {
      const digits = style.decimals ?? autoDecimals(value);
      return {
        minimumFractionDigits: compact ? 0 : (style.decimals ?? 0),
        maximumFractionDigits: compact ? Math.min(digits, 1) : digits,
        ...notation,
      };
    }
  }
}

const DURATION_UNITS = [
  ['days', 86400],
  ['hours', 3600],
  ['minutes', 60],
  ['seconds', 1],
] as const;

/** A duration in seconds as `2h 5m`, `45s` or `3d 4h`: the two largest units are enough to read. */
function formatDuration(seconds: number, locale: string): string {
  let rest = Math.round(Math.abs(seconds));
  // Intl.DurationFormat prints an all-zero duration as an empty string.
  if (rest === 0)
    return new Intl.DurationFormat(locale, { style: 'narrow', secondsDisplay: 'always' }).format({
      seconds: 0,
    });
  const counts = DURATION_UNITS.map(([unit, size]) => {
    const count = Math.floor(rest / size);
    rest -= count * size;
    return [unit, count] as const;
  });
  const largest = Math.max(
    0,
    counts.findIndex(([, count]) => count > 0),
  );
  const shown = counts
    .slice(largest, largest + 2)
    .filter(([, count], index) => index === 0 || count > 0);
  const text = new Intl.DurationFormat(locale, { style: 'narrow' }).format(
    Object.fromEntries(shown),
  );
  return seconds < 0 ? `-${text}` : text;
}

/** A value in its unit: `€212,345`, `42.0%`, `1.35`, `2h 5m`, or `—` when missing. */
export function formatValue(value: number | null, style: ValueStyle): string {
  if (value === null) return NO_VALUE;
  if (style.unit === 'duration') return formatDuration(value, style.locale);
  return numberFormat(style.locale, options(style, value, false)).format(value);
}

/** A short form for cards and chart axes: `€212K`, `1.2M`. */
export function formatCompact(value: number | null, style: ValueStyle): string {
  if (value === null) return NO_VALUE;
  if (style.unit === 'duration' || style.unit === 'percent' || style.unit === 'ratio')
    return formatValue(value, style);
  return numberFormat(style.locale, options(style, value, true)).format(value);
}

/**
 * A signed change shows the direction of the change itself, also when it
 * rounds to zero: `+6 (+0.0%)`, not `+6 (0.0%)`. Only no change at all has no sign.
 */
function changeSign(value: number): 'always' | 'exceptZero' {
  return value === 0 ? 'exceptZero' : 'always';
}

function formatChange(value: number, style: ValueStyle, signed: boolean): string {
  const signDisplay = signed ? changeSign(value) : 'negative';
  if (style.unit === 'percent') {
    // A change between two percentages is in percentage points, not percent.
    const points = numberFormat(style.locale, {
      maximumFractionDigits: style.decimals ?? 1,
      minimumFractionDigits: style.decimals ?? 1,
      signDisplay,
    }).format(value * 100);
    return `${points} pp`;
  }
  if (style.unit === 'duration') {
    return (value > 0 && signed ? '+' : '') + formatDuration(value, style.locale);
  }
  return numberFormat(style.locale, { ...options(style, value, false), signDisplay }).format(value);
}

/** An absolute change with its sign: `+€12,000`, `−3.1 pp` for percentages. */
export function formatDelta(value: number | null, style: ValueStyle): string {
  return value === null ? NO_VALUE : formatChange(value, style, true);
}

/** The size of a difference, without a sign: `€118`, `0.6 pp`. */
export function formatDifference(value: number | null, style: ValueStyle): string {
  return value === null ? NO_VALUE : formatChange(Math.abs(value), style, false);
}

/** A relative change or progress as a signed percentage: `+4.2%`, `−12.0%`. */
export function formatPercentChange(fraction: number | null, locale: string): string {
  if (fraction === null) return NO_VALUE;
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: changeSign(fraction),
  }).format(fraction);
}

/** An unsigned percentage with one decimal, for running text: `4.2%`. */
export function formatPercent(fraction: number | null, locale: string): string {
  if (fraction === null) return NO_VALUE;
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    ...UNSIGNED_ZERO,
  }).format(fraction);
}

/** A share, such as progress: `87%`, `130%`, `-20%`, and `0%` for -0.004. */
export function formatShare(fraction: number | null, locale: string): string {
  if (fraction === null) return NO_VALUE;
  return numberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 0,
    ...UNSIGNED_ZERO,
  }).format(fraction);
}

/** A plain count: `1,204`. */
export function formatCount(count: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 0, ...UNSIGNED_ZERO }).format(count);
}
