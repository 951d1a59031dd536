/** `/alerts.xml`: alerts that fired on the latest complete periods, and worsened statuses. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { absoluteUrl, feedDate, feedSite } from '../site/feeds.ts';
import { getReport } from '../site/get-report.ts';
import { alertAnchor, feedAlerts } from '../site/model/alert-feed.ts';
import { kpiUrl } from '../site/url.ts';

export const GET: APIRoute = async () => {
  const report = await getReport();
  const { site } = report;
  return rss({
    title: `${site.title}: alerts`,
    description: `Alerts and status changes of ${site.title}`,
    site: feedSite(site),
    items: feedAlerts(report.kpis, report.asOf).map((alert) => ({
      title: `${alert.severity === 'critical' ? 'Critical' : 'Warning'}: ${alert.kpi.title}`,
      link: absoluteUrl(site, `${kpiUrl(alert.kpi.id)}#${alertAnchor(alert)}`),
      pubDate: feedDate(alert.date),
      description: alert.message,
      categories: [alert.rule, alert.severity],
    })),
  });
};
