/** A KPI definition: the frontmatter of `kpis/<id>.md`. The file name is the id. */
import { z } from 'zod';
import { GRAINS } from '../calendar/grain.ts';
import {
  boolean,
  fraction,
  id,
  listOf,
  number,
  periodKey,
  positiveInteger,
  text,
  withoutEmptyValues,
} from './fields.ts';
import { sourceSchema } from './source.ts';

export const KPI_TYPES = ['leading', 'lagging', 'input', 'output', 'financial'] as const;
export const BUILT_IN_CATEGORIES = [
  'customer',
  'marketing',
  'sales',
  'financial',
  'operational',
] as const;
export const UNITS = ['number', 'currency', 'percent', 'ratio', 'duration'] as const;
export const DIRECTIONS = ['higher', 'lower', 'band'] as const;
export const REVIEW_CADENCES = ['weekly', 'monthly', 'quarterly'] as const;

export type KpiType = (typeof KPI_TYPES)[number];
export type Unit = (typeof UNITS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type ReviewCadence = (typeof REVIEW_CADENCES)[number];

const object = <T extends z.ZodRawShape>(shape: T) =>
  z.preprocess(withoutEmptyValues, z.strictObject(shape));

export const baselineSchema = object({
  /** The period the target is measured from. */
  period: periodKey,
  /** The starting value; defaults to the KPI's value in that period. */
  value: number.optional(),
});

export const targetSchema = object({
  /** The value to reach. */
  value: number,
  /** The deadline: the period (or day) by whose end the value should be reached. */
  by: periodKey,
});

export const milestoneSchema = object({
  by: periodKey,
  value: number,
});

export const thresholdsSchema = object({
  /** Beyond this value the KPI is at risk (below it for higher-is-better KPIs). */
  warning: number.optional(),
  /** Beyond this value the KPI is off track. */
  critical: number.optional(),
});

export const alertRulesSchema = object({
  /** Alert when the value worsens by more than this fraction against the previous period. */
  drop: fraction.optional(),
  /** Alert after this many consecutive worsening periods. */
  streak: positiveInteger.optional(),
  /** Alert when the value falls outside the trailing median ± 3 scaled MAD. */
  anomaly: boolean.optional(),
  /** Alert when no data has arrived for this many periods. */
  stale: positiveInteger.optional(),
});

export const kpiSchema = z.preprocess(
  withoutEmptyValues,
  z
    .strictObject({
      /** Display name. */
      title: text,
      /** One sentence on what the KPI measures, for cards and feeds. */
      description: text.optional(),
      /** The person or team accountable for it. */
      owner: text,
      /** `customer`, `marketing`, `sales`, `financial`, `operational`, or a category of the site config. */
      category: id,
      /** Any of `leading`, `lagging`, `input`, `output`, `financial`. */
      types: listOf(z.enum(KPI_TYPES)).default([]),
      /** How values print. @default "number" */
      unit: z.enum(UNITS).default('number'),
      /** ISO 4217 code for currency KPIs. @default the site's currency */
      currency: text
        .regex(/^[A-Z]{3}$/, 'expected a three-letter currency code such as EUR')
        .optional(),
      /** Fraction digits to show. @default chosen by unit */
      decimals: z
        .preprocess(
          (value) => (typeof value === 'string' && /^\d$/.test(value) ? Number(value) : value),
          z.number().int().min(0).max(6),
        )
        .optional(),
      /** Whether higher or lower values are better, or a band is the goal. @default "higher" */
      direction: z.enum(DIRECTIONS).default('higher'),
      /** The healthy range of a `band` KPI: [min, max]. */
      band: z.tuple([number, number]).optional(),
      /** The reporting grain. @default "month" */
      grain: z.enum(GRAINS).default('month'),
      /** Where the values come from. */
      source: sourceSchema.optional(),
      /** A ratio KPI's numerator; the value per period is the ratio of the period aggregates. */
      numerator: sourceSchema.optional(),
      denominator: sourceSchema.optional(),
      /** Dimensions (columns) to show breakdowns by. */
      breakdown: listOf(text).default([]),
      baseline: baselineSchema.optional(),
      target: targetSchema.optional(),
      milestones: z.array(milestoneSchema).default([]),
      thresholds: thresholdsSchema.optional(),
      /** Alert rules; `false` turns alerts off for this KPI. */
      alerts: z
        .union([z.literal('false').transform(() => false as const), alertRulesSchema])
        .optional(),
      /** Let a partial latest period count for status and comparisons. @default false */
      includePartial: boolean.default(false),
      /** How far behind pace still counts as at risk, as a fraction of the baseline-to-target span. */
      tolerance: fraction.optional(),
      /** How many complete periods the forecast trend uses (at least 3). */
      forecastWindow: positiveInteger.optional(),
      /** Id of the site goal this KPI serves. */
      goal: id.optional(),
      /** Ids of the lagging KPIs this one drives. */
      drives: listOf(id).default([]),
      /** How often the KPI should be reviewed. */
      review: z.enum(REVIEW_CADENCES).optional(),
    })
    .superRefine((kpi, context) => {
      const hasSource = kpi.source !== undefined;
      const hasRatio = kpi.numerator !== undefined || kpi.denominator !== undefined;
      if (hasSource === hasRatio) {
        context.addIssue({
          code: 'custom',
          path: hasSource ? ['numerator'] : [],
          message: hasSource
            ? 'a KPI has either `source` or `numerator` and `denominator`, not both'
            : 'a KPI needs either `source` or both `numerator` and `denominator`',
          params: {
            hint: 'Add `source:` with `file` and `date` (and `value` unless it counts rows); a ratio KPI uses `numerator:` and `denominator:` instead.',
          },
        });
      } else if (hasRatio && (kpi.numerator === undefined || kpi.denominator === undefined)) {
        const missing = kpi.numerator === undefined ? 'numerator' : 'denominator';
        context.addIssue({
          code: 'custom',
          path: [missing === 'numerator' ? 'denominator' : 'numerator'],
          message: `a ratio KPI needs both \`numerator\` and \`denominator\`; \`${missing}\` is missing`,
          params: { hint: `Add \`${missing}:\` with its file, date and value columns.` },
        });
      }
      if (kpi.direction === 'band' && kpi.band === undefined) {
        context.addIssue({
          code: 'custom',
          path: ['direction'],
          message: 'a `band` KPI needs `band: [min, max]`',
          params: { hint: 'Add the healthy range, such as band: [0.9, 1.1].' },
        });
      }
      if (kpi.band !== undefined && kpi.band[0] > kpi.band[1]) {
        context.addIssue({
          code: 'custom',
          path: ['band'],
          message: 'the band’s minimum is above its maximum',
          params: { hint: 'Write the band as [min, max].' },
        });
      }
      const { warning, critical } = kpi.thresholds ?? {};
      if (warning !== undefined && critical !== undefined && kpi.direction !== 'band') {
        // The value worsens past the warning first, then the critical threshold.
        const higher = kpi.direction === 'higher';
        if (higher ? critical > warning : critical < warning) {
          context.addIssue({
            code: 'custom',
            path: ['thresholds'],
            message: higher
              ? `critical ${critical} is above warning ${warning}, but higher is better: a falling value must pass the warning first, so critical must be at or below warning`
              : `critical ${critical} is below warning ${warning}, but lower is better: a rising value must pass the warning first, so critical must be at or above warning`,
            params: {
              hint: `Swap the two values (warning: ${critical}, critical: ${warning}), or correct the direction.`,
            },
          });
        }
      }
      if (kpi.forecastWindow !== undefined && kpi.forecastWindow < 3) {
        context.addIssue({
          code: 'custom',
          path: ['forecastWindow'],
          message: 'a forecast needs at least 3 periods',
          params: {
            hint: 'Set forecastWindow to 3 or more, or leave it out for the default of 6.',
          },
        });
      }
    })
    // Last, since every other method returns a copy without the metadata.
    .meta({ fromFileName: { id: 'a KPI’s id is its file name, kpis/<id>.md' } }),
);

export type KpiInput = z.input<typeof kpiSchema>;
export type KpiDefinition = z.output<typeof kpiSchema>;

/** A parsed KPI with its id and the file it came from. */
export interface Kpi extends KpiDefinition {
  id: string;
  /** Repository-relative path of the definition. */
  file: string;
  /** The Markdown or MDX body. */
  body: string;
}
