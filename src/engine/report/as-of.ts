/**
 * The "as of" date every number is computed for: `PACER_AS_OF`, else the site
 * config's `asOf`, else the build's date in the site's time zone. Tests and
 * reproducible builds pin it, so they never depend on the clock.
 */
import { parseIsoDate } from '../calendar/civil-date.ts';
import type { DayNumber } from '../calendar/civil-date.ts';
import { SettingError } from '../errors/setting-error.ts';
import type { SiteConfig } from '../schema/site.ts';

export interface AsOf {
  day: DayNumber;
  /** Where it came from, for the build log. */
  origin: 'PACER_AS_OF' | 'site config' | 'build date';
}

/** The calendar date of an instant in a time zone. */
export function dateInZone(instant: Date, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

export function resolveAsOf(config: SiteConfig, environment: string | undefined, now: Date): AsOf {
  if (environment) {
    const day = parseIsoDate(environment.trim());
    if (day === null)
      throw new SettingError(
        `PACER_AS_OF="${environment}" is not a date`,
        'Write it as 2026-11-30, or unset PACER_AS_OF to use `asOf` in kpis/site.yaml or the build date.',
      );
    return { day, origin: 'PACER_AS_OF' };
  }
  if (config.asOf) {
    const day = parseIsoDate(config.asOf);
    // The schema rejects impossible dates; should one get through, it must not fall back to the clock.
    if (day === null)
      throw new SettingError(
        `asOf: "${config.asOf}" in kpis/site.yaml is not a date`,
        'Write it as 2026-11-30.',
      );
    return { day, origin: 'site config' };
  }
  return { day: parseIsoDate(dateInZone(now, config.timeZone))!, origin: 'build date' };
}
