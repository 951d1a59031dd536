/** `/rss.xml`: the reviews, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { absoluteUrl, feedDate, feedSite } from '../site/feeds.ts';
import { getReport } from '../site/get-report.ts';
import { reviewPeriodLabel } from '../site/review-period.ts';
import { reviewUrl } from '../site/url.ts';

export const GET: APIRoute = async () => {
  const report = await getReport();
  const { site } = report;
  const reviews = [...report.reviews].sort((a, b) => b.asOf.localeCompare(a.asOf));
  return rss({
    title: `${site.title}: reviews`,
    description: site.description ?? `Reviews of ${site.title}`,
    site: feedSite(site),
    items: reviews.map((review) => ({
      title: review.title,
      link: absoluteUrl(site, reviewUrl(review.slug)),
      pubDate: feedDate(review.asOf),
      // RSS wants an e-mail address in <author>, so the author's name goes in the description.
      description: `${review.summary ?? `A review of ${reviewPeriodLabel(review, site)}.`} By ${review.author}.`,
    })),
  });
};
