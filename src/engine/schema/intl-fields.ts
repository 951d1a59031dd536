/**
 * The site config's locale and time zone, checked against what `Intl` can do,
 * so a typo is reported where it was written instead of falling back to
 * en-US formatting or stopping the build with "Invalid time zone specified".
 */
import { didYouMean } from '../errors/nearest-name.ts';
import { text } from './fields.ts';

/** Whether `Intl` knows the time zone (IANA names in any case, `UTC`, offsets such as +01:00). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function timeZoneNames(): string[] {
  return [...Intl.supportedValuesOf('timeZone'), 'UTC'];
}

export function timeZoneHint(zone: string): string {
  return (
    didYouMean(zone, timeZoneNames()) ??
    'Use an IANA time zone name such as Europe/Paris, America/New_York or UTC.'
  );
}

/** An IANA time zone such as `Europe/Paris`. */
export const timeZone = text.superRefine((zone, context) => {
  if (isTimeZone(zone)) return;
  context.addIssue({
    code: 'custom',
    message: `"${zone}" is not a time zone`,
    params: { hint: timeZoneHint(zone) },
  });
});

/** The canonical form of a BCP 47 tag (`en-us` → `en-US`), or null when it is not well formed. */
function canonicalLocale(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** Whether number and date formatting support the locale (or a fallback of it, as `en-XX` → `en`). */
export function isSupportedLocale(tag: string): boolean {
  const canonical = canonicalLocale(tag);
  return (
    canonical !== null &&
    Intl.NumberFormat.supportedLocalesOf(canonical).length > 0 &&
    Intl.DateTimeFormat.supportedLocalesOf(canonical).length > 0
  );
}

/** Two-letter language codes with the English name of each: `english` → `en`. */
function languageByName(): Map<string, string> {
  const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const byName = new Map<string, string>();
  for (let first = 97; first <= 122; first++) {
    for (let second = 97; second <= 122; second++) {
      const code = String.fromCharCode(first, second);
      const name = names.of(code);
      if (name !== undefined && !byName.has(name.toLowerCase()))
        byName.set(name.toLowerCase(), code);
    }
  }
  return byName;
}

/** The language's usual tag with a region, `de` → `de-DE`, as examples of what to write. */
function withRegion(language: string): string {
  const region = new Intl.Locale(language).maximize().region;
  return region ? `${language}-${region}` : language;
}

export function localeHint(tag: string): string {
  const dashed = tag.trim().replaceAll('_', '-');
  if (dashed !== tag.trim() && isSupportedLocale(dashed))
    return `Separate the parts with a dash: "${canonicalLocale(dashed)}".`;
  const language = languageByName().get(tag.trim().toLowerCase());
  if (language !== undefined)
    return `Write the language as a BCP 47 tag: "${language}", or "${withRegion(language)}" with a region.`;
  return 'Use a BCP 47 tag that Intl supports, such as en-US, en-GB, de-DE, fr-FR or ja-JP.';
}

/** A BCP 47 locale tag that number and date formatting support, in its canonical form. */
export const locale = text
  .superRefine((tag, context) => {
    if (isSupportedLocale(tag)) return;
    context.addIssue({
      code: 'custom',
      message:
        canonicalLocale(tag) === null
          ? `"${tag}" is not a well-formed BCP 47 locale tag`
          : `"${tag}" is not a locale that number and date formatting support`,
      params: { hint: localeHint(tag) },
    });
  })
  .transform((tag) => canonicalLocale(tag) ?? tag);
