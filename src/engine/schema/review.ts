/** A written review: the frontmatter of `kpis/reviews/<period>-<slug>.mdx`. */
import { z } from 'zod';
import { id, periodKey, text, withoutEmptyValues } from './fields.ts';

export const reviewSchema = z.preprocess(
  withoutEmptyValues,
  z.strictObject({
    title: text,
    /** The period the review is about; its embedded numbers are computed as of this period's end. */
    period: periodKey,
    author: text,
    /** Ids of the KPIs it covers. */
    kpis: z.array(id).min(1),
    /** One-sentence summary for the index and the feed. */
    summary: text.optional(),
  }),
);

export type ReviewDefinition = z.output<typeof reviewSchema>;

export interface Review extends ReviewDefinition {
  slug: string;
  file: string;
  body: string;
}
