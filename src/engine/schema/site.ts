/** The site config: `kpis/site.yaml`. */
import { z } from 'zod';
import { parseIsoDate } from '../calendar/civil-date.ts';
import { boolean, fraction, id, positiveInteger, text, withoutEmptyValues } from './fields.ts';
import { locale, timeZone } from './intl-fields.ts';
import { alertRulesSchema } from './kpi.ts';
import { dataFileSchema } from './data-schema.ts';

/** The alert rules of a site that sets none. */
export const BUILT_IN_ALERT_RULES = { drop: 0.1, streak: 3, anomaly: true, stale: 2 } as const;

const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

const object = <T extends z.ZodRawShape>(shape: T) =>
  z.preprocess(withoutEmptyValues, z.strictObject(shape));

export const categorySchema = object({
  id,
  title: text,
  description: text.optional(),
});

export const goalSchema = object({
  id,
  title: text,
  description: text.optional(),
});

export const siteConfigSchema = object({
  /** Site title. */
  title: text.default('KPI report'),
  /** One sentence under the title. */
  description: text.optional(),
  /** Public URL of the site, for feeds and the sitemap, such as `https://acme.github.io`. */
  url: z.url().optional(),
  /** Base path when served from a sub-folder, such as `/my-kpis/`. `PACER_BASE` overrides it. @default "/" */
  base: text.default('/'),
  /** BCP 47 locale for numbers and dates. @default "en-US" */
  locale: locale.default('en-US'),
  /** IANA time zone: the build's date and timestamps with offsets are read in it. @default "UTC" */
  timeZone: timeZone.default('UTC'),
  /** The date the report is computed for; `PACER_AS_OF` overrides it. @default the build's date */
  asOf: text
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date such as 2026-11-30')
    .superRefine((date, context) => {
      if (/^\d{4}-\d{2}-\d{2}$/.test(date) && parseIsoDate(date) === null)
        context.addIssue({ code: 'custom', message: `"${date}" is not a day of the calendar` });
    })
    .optional(),
  /** Default ISO 4217 currency for currency KPIs. @default "USD" */
  currency: text
    .regex(/^[A-Z]{3}$/, 'expected a three-letter currency code such as EUR')
    .default('USD'),
  /** Month (1 to 12) the fiscal year starts in. @default 1 */
  fiscalYearStart: z
    .preprocess(
      (value) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
      z.number().int().min(1).max(12),
    )
    .default(1),
  /** First day of the week. `monday` gives ISO 8601 weeks. @default "monday" */
  weekStart: z.enum(WEEKDAYS).default('monday'),
  /** Categories beyond the built-in customer, marketing, sales, financial and operational. */
  categories: z.array(categorySchema).default([]),
  /** Objectives that KPIs serve. */
  goals: z.array(goalSchema).default([]),
  /**
   * Default alert rules for every KPI: each rule given replaces the built-in
   * one, and the others stay, as a KPI's own rules overlay these.
   */
  alerts: alertRulesSchema
    .default({})
    .transform((rules) => ({ ...BUILT_IN_ALERT_RULES, ...rules })),
  /** How far behind pace still counts as at risk, as a fraction of the baseline-to-target span. @default 0.05 */
  tolerance: fraction.default(0.05),
  /** Complete periods the forecast trend uses (at least 3, the fewest a trend is fitted to). @default 6 */
  forecastWindow: positiveInteger
    .refine((periods) => periods >= 3, {
      message: 'a forecast needs at least 3 periods',
      // Only a whole positive number is measured against 3: `0` or `2.5` already has its problem.
      when: (payload) => payload.issues.length === 0,
    })
    .default(6),
  /** Schemas of data files (number formats, column types), by repository-relative path. */
  data: z.record(z.string(), dataFileSchema).default({}),
  /** Show the "as of" date on every page. @default true */
  showAsOf: boolean.default(true),
});

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;

export function weekStartNumber(config: SiteConfig): number {
  return WEEKDAYS.indexOf(config.weekStart) + 1;
}
