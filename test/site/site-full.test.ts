/**
 * The site-full fixture built for real, its numbers checked against values
 * worked out by hand. As of 2026-11-15:
 *
 * revenue (sum of paid orders per month): Jan 100+50 = 150, Feb 120 (the
 *   refunded 30 is left out), Mar 200, Apr none (a gap), May 90+110 = 200,
 *   Jun 160, Jul 140, Aug 170, Sep 180, Oct 190, Nov 40 so far (partial).
 *   Judged on October (190); baseline January (150); target 250 by December.
 * churn (monthly rates, lower is better): 5.0% in January to 3.4% in October;
 *   target 3.0% by September, now past: missed.
 * signups (sum per month): October 35+30 = 65, clear of the warning at 40.
 * nps: no target, no thresholds. cancellations: no row matches: no data.
 * Reviews: revenue monthly (October is reviewed), churn quarterly (Q3 is not).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReport } from '../../src/engine/report/load-report.ts';
import type { KpiReport, Report } from '../../src/engine/report/types.ts';
import { buildSite, PROJECT_ROOT, type BuiltSite } from './support/build-site.ts';
import { attributeValues, element, tags, textOf } from './support/html.ts';
import { recordPageWeights } from './support/page-weight.ts';

const FIXTURE = 'test/fixtures/site-full';
let site: BuiltSite;
let report: Report;

beforeAll(async () => {
  site = await buildSite(FIXTURE);
  report = JSON.parse(site.read('api/report.json')) as Report;
});

afterAll(() => site?.remove());

const card = (html: string, id: string) =>
  textOf(element(html, new RegExp(`<article class="card[^"]*"[^>]*data-kpi="${id}"`)));
const kpi = (id: string): KpiReport => report.kpis.find((candidate) => candidate.id === id)!;

describe('the built site-full fixture', () => {
  it('writes a page, a CSV and a JSON file for every KPI', () => {
    expect(report.kpis.map((item) => item.id).sort()).toEqual([
      'cancellations',
      'churn',
      'nps',
      'revenue',
      'signups',
    ]);
    for (const { id } of report.kpis) {
      expect(site.exists(`kpis/${id}/index.html`), id).toBe(true);
      expect(site.exists(`kpis/${id}.csv`), id).toBe(true);
      expect(site.exists(`api/kpis/${id}.json`), id).toBe(true);
    }
    for (const page of ['index.html', '404.html', 'alerts/index.html', 'goals/index.html']) {
      expect(site.exists(page), page).toBe(true);
    }
    for (const page of [
      'reviews/index.html',
      'reviews/2026-06-midyear/index.html',
      'owners/index.html',
    ]) {
      expect(site.exists(page), page).toBe(true);
    }
    for (const owner of ['sales-team', 'growth', 'customer-success']) {
      expect(site.exists(`owners/${owner}/index.html`), owner).toBe(true);
    }
  });

  it('writes exactly JSON.stringify(report), with the numbers worked out by hand', async () => {
    const text = site.read('api/report.json');
    expect(JSON.stringify(JSON.parse(text))).toBe(text);

    const revenue = kpi('revenue');
    expect(revenue.series.map((point) => point.value)).toEqual([
      150,
      120,
      200,
      null,
      200,
      160,
      140,
      170,
      180,
      190,
      40,
    ]);
    expect(revenue.latest).toEqual({ period: '2026-11', value: 40, partial: true });
    expect(revenue.current).toEqual({ period: '2026-10', value: 190, partial: false });
    // (190 − 150) / (250 − 150) = 0.4
    expect(revenue.progress).toBeCloseTo(0.4, 12);
    // 150 + 100 × (31 Jan → 31 Oct: 273 days) / (31 Jan → 31 Dec: 334 days) = 231.7365…
    expect(revenue.pace).toBeCloseTo(150 + (100 * 273) / 334, 9);
    // Least squares over May–Oct (200 160 140 170 180 190): slope 20 / 17.5, 178.476 at December.
    expect(revenue.forecast?.slope).toBeCloseTo(20 / 17.5, 12);
    expect(revenue.forecast?.atDeadline).toBeCloseTo(1040 / 6 + (20 / 17.5) * 4.5, 9);
    // (250 − 190) / 2 periods left = 30
    expect(revenue.forecast?.requiredPerPeriod).toBeCloseTo(30, 12);
    expect(kpi('churn').progress).toBeCloseTo((0.034 - 0.05) / (0.03 - 0.05), 12);
    expect(report.statusCounts).toEqual({
      missed: 1,
      'off-track': 1,
      'at-risk': 0,
      'on-track': 1,
      achieved: 0,
      'no-target': 1,
      'no-data': 1,
    });

    // The same document the engine computes without a build, but for its timestamp.
    const direct = await loadReport(`${PROJECT_ROOT}${FIXTURE}`);
    expect({ ...report, generated: '' }).toEqual({ ...direct.report, generated: '' });
  });

  it('writes each KPI file as exactly its part of the report', () => {
    for (const item of report.kpis) {
      expect(site.read(`api/kpis/${item.id}.json`)).toBe(JSON.stringify(item));
    }
  });

  it('writes the CSV with raw values, a gap as an empty field, and the partial flag', () => {
    const csv = site.read('kpis/revenue.csv');
    expect(csv.split('\r\n').slice(0, 5)).toEqual([
      'period,start,end,value,partial',
      '2026-01,2026-01-01,2026-01-31,150,false',
      '2026-02,2026-02-01,2026-02-28,120,false',
      '2026-03,2026-03-01,2026-03-31,200,false',
      '2026-04,2026-04-01,2026-04-30,,false',
    ]);
    expect(csv.endsWith('2026-11,2026-11-01,2026-11-30,40,true\r\n')).toBe(true);
    expect(site.read('kpis/churn.csv')).toContain('2026-10,2026-10-01,2026-10-31,0.034,false\r\n');
  });

  describe('overview', () => {
    let html: string;
    beforeAll(() => {
      html = site.read('index.html');
    });

    it('shows the as-of date and the count of each status, worst first', () => {
      const text = textOf(html);
      expect(text).toContain('5 KPIs as of Nov 15, 2026');
      const counts = textOf(element(html, /<ul class="counts"/));
      expect(counts.replace(/ : show only these/g, '')).toBe(
        'Missed 1 Off track 1 On track 1 No target 1 No data 1',
      );
    });

    it('leads with the judged value and its period, the value to date second, then change and progress', () => {
      // Judged on October (190); 190 − 180 = +10; 10 / 180 = +5.6%; progress 40%.
      expect(card(html, 'revenue')).toBe(
        'Revenue €190.00 October 2026 November 2026 to date: €40.00 +€10.00 (+5.6%) vs September 2026 Off track 40% of the way to €250.00 Sales team',
      );
      expect(html).toMatch(/data-kpi="revenue"[\s\S]*?class="progress__fill" style="width: 40%"/);
      // Churn's latest month is complete: it is the judged one, and there is no second line.
      expect(card(html, 'churn')).toMatch(/^Churn rate 3\.4% October 2026 -/);
      expect(element(html, /<article class="card[^"]*"[^>]*data-kpi="churn"/)).not.toContain(
        'data-to-date',
      );
      expect(card(html, 'cancellations')).toMatch(/^Cancelled orders — no data yet /);
    });

    it('links each status count to the overview filtered by that status', () => {
      const counts = element(html, /<ul class="counts"/);
      expect(attributeValues(counts, ['href'])).toEqual([
        '/?status=missed',
        '/?status=off-track',
        '/?status=on-track',
        '/?status=no-target',
        '/?status=no-data',
      ]);
    });

    it('marks the KPIs listed by goal for the filters too', () => {
      const byGoal = element(html, /<section aria-labelledby="by-goal"/);
      expect(byGoal).toMatch(
        /<li data-filter-item data-kpi="revenue" data-category="sales" data-types="[^"]*" data-owner="Sales team" data-status="off-track">/,
      );
      expect(byGoal.match(/data-filter-item/g)).toHaveLength(5);
      expect(byGoal.match(/data-filter-group/g)).toHaveLength(4);
    });

    it('flags a KPI whose review is overdue in words, and only that one', () => {
      // Churn is reviewed quarterly: as of 15 November Q3 is due, and the newest review is June's.
      const churn = element(html, /<article class="card[^"]*"[^>]*data-kpi="churn"/);
      expect(textOf(element(churn, /<p class="review-overdue"/))).toBe(
        'Review overdue: no quarterly review covers Q3 2026 yet.',
      );
      // Revenue is reviewed monthly, and the October review covers October.
      expect(card(html, 'revenue')).not.toContain('Review overdue');
      expect(html.match(/class="review-overdue"/g)).toHaveLength(1);
    });

    it('gives the status as a word with an icon, never by colour alone', () => {
      expect(element(html, /<article class="card[^"]*"[^>]*data-kpi="churn"/)).toMatch(
        /<span class="status status--missed"><svg[^>]*aria-hidden="true"[\s\S]*?<\/svg>Missed<\/span>/,
      );
    });

    it('sorts the cards of a category worst status first', () => {
      const customer = element(html, /<section aria-labelledby="category-customer"/);
      expect([...customer.matchAll(/data-kpi="([a-z-]+)"/g)].map((match) => match[1])).toEqual([
        'churn',
        'nps',
      ]);
    });

    it('carries the filter values on each card and hides the filters until the script runs', () => {
      expect(html).toMatch(
        /data-kpi="signups" data-category="marketing" data-types="leading input" data-owner="Growth" data-status="on-track"/,
      );
      expect(html).toMatch(/<form class="filters" data-filters hidden/);
    });
  });

  describe('KPI page', () => {
    it('compares the judged value with the previous period, a year earlier, the baseline and the target', () => {
      const table = textOf(
        element(site.read('kpis/revenue/index.html'), /<section aria-labelledby="changes"/),
      );
      // Baseline: 190 − 150 = +40, +40 / 150 = +26.7%. Target: 190 − 250 = −60, −60 / 250 = −24.0%.
      expect(table).toContain(
        'Compared with Value Change Relative Previous period September 2026 €180.00 +€10.00 +5.6%',
      );
      expect(table).toContain('A year earlier October 2025 — — —');
      expect(table).toContain('Baseline January 2026 €150.00 +€40.00 +26.7%');
      expect(table).toContain('Target by December 2026 €250.00 -€60.00 -24.0%');
      expect(table).toContain(
        'Pace for October 2026: €231.74. Trend at the deadline: €178.48; still needed: +€30.00 per period.',
      );
    });

    it('heads the page with the judged value and its period, and says what the status is about', () => {
      const headline = textOf(
        element(site.read('kpis/revenue/index.html'), /<section class="headline[^"]*"/),
      );
      // The page shows the engine's summary as it is.
      expect(headline).toBe(
        `€190.00 October 2026 November 2026 to date: €40.00 not judged until the period is complete 40% of the way to €250.00 Off track judged on October 2026 ${kpi('revenue').summary}`,
      );
      // Without a partial period there is one value, and the status is judged on it.
      expect(
        textOf(element(site.read('kpis/churn/index.html'), /<section class="headline[^"]*"/)),
      ).toMatch(/^3\.4% October 2026 80% of the way to 3\.0% Missed judged on October 2026 /);
    });

    it('says why the status is what it is once, in the summary sentence', () => {
      // 10 / 180 = 5.6%; (231.74 − 190) / 231.74 = 18.0% behind pace; 178.48 / 250 = 71.4%.
      const revenue = textOf(
        element(site.read('kpis/revenue/index.html'), /<section class="headline[^"]*"/),
      );
      expect(revenue).toContain(
        'Revenue rose 5.6% to €190.00 in October 2026, 18.0% behind pace; the trend reaches 71.4% of the target by December 2026.',
      );
      expect(revenue.match(/behind pace/g)).toHaveLength(1);
      // Without a target the summary says where the value stands against the thresholds.
      // September 28 + 30 = 58; 65 / 58 − 1 = 12.1%.
      const signups = textOf(
        element(site.read('kpis/signups/index.html'), /<section class="headline[^"]*"/),
      );
      expect(signups).toMatch(
        /On track judged on October 2026 Sign-ups rose 12\.1% to 65 in October 2026, clear of the warning threshold of 40\.$/,
      );
      expect(signups.match(/warning threshold/g)).toHaveLength(1);
      // Past the deadline, the summary names it and the target: September 2026, 3.0%.
      expect(
        textOf(element(site.read('kpis/churn/index.html'), /<section class="headline[^"]*"/)),
      ).toMatch(
        /Missed judged on October 2026 Churn rate fell 0\.1 pp to 3\.4% in October 2026; the deadline \(September 2026\) has passed short of the target of 3\.0%\.$/,
      );
    });

    it('marks the partial period "to date" in the table of periods', () => {
      const table = textOf(
        element(site.read('kpis/revenue/index.html'), /<figure class="chart" id="kpi-chart"/),
      );
      // Year to date: 150 + 120 + 200 + 200 + 160 + 140 + 170 + 180 + 190 = 1,510, + 40 = 1,550.
      // Every value of the KPI keeps its cents (its largest month, 200, is below €1,000).
      expect(table).toContain(
        'November 2026 to date €40.00 €1,550.00 October 2026 €190.00 €1,510.00',
      );
    });

    it('weighs achievability against the KPI’s own history', () => {
      const text = textOf(site.read('kpis/revenue/index.html'));
      // The page shows the report's check as it is.
      for (const criterion of kpi('revenue').smart) expect(text).toContain(criterion.reason);
      // Needs (250 − 190) / 2 = +30 a month; past changes −30 +80 −40 −20 +30 +10 +10: median +10, largest +80.
      expect(text).toContain(
        'Achievable — satisfied. It needs +€30.00 per period; the median change so far is +€10.00 and the largest +€80.00: a stretch, but done before.',
      );
      expect(text).toContain(
        'Time-bound — satisfied. The target is due by the end of December 2026.',
      );
    });

    it('breaks the KPI down by region in its current period, noting a newer value to date', () => {
      const breakdown = textOf(
        element(site.read('kpis/revenue/index.html'), /<section aria-labelledby="breakdown-1"/),
      );
      // October is judged: EU sold 190; the US sold nothing in October, then 40 in November so far.
      expect(breakdown).toContain('EU €190.00 October 2026 US');
      expect(breakdown).toContain('US — October 2026 Latest: €40.00, November 2026 to date');
      // May: EU 90 and US 110.
      expect(breakdown).toContain('May 2026 €90.00 €110.00');
    });

    it('lists its reviews newest first and flags an overdue review cadence', () => {
      const revenue = textOf(site.read('kpis/revenue/index.html'));
      expect(revenue).toContain(
        'Reviewed monthly. Up to date: the latest review covers October 2026.',
      );
      expect(revenue.indexOf('October review')).toBeLessThan(revenue.indexOf('Mid-year review'));
      // Quarterly as of 15 November: Q3 is due, and the newest review is about June.
      expect(textOf(site.read('kpis/churn/index.html'))).toContain(
        'Reviewed quarterly. Overdue: no review covers Q3 2026 or later.',
      );
    });

    it('links the KPIs it drives and is driven by, and renders the Markdown body', () => {
      const revenue = site.read('kpis/revenue/index.html');
      expect(textOf(element(revenue, /<section aria-labelledby="related"/))).toBe(
        'Related KPIs Driven by: Sign-ups On track',
      );
      expect(revenue).toContain('Revenue from <strong>paid</strong> orders, before refunds.');
      expect(site.read('kpis/signups/index.html')).toMatch(
        /Drives:[\s\S]*?href="\/kpis\/revenue\/"/,
      );
    });

    it('lists its alerts, including a worsened status', () => {
      expect(
        textOf(element(site.read('kpis/churn/index.html'), /<section aria-labelledby="alerts"/)),
      ).toBe(
        'Alerts Critical · status change · October 2026 Status went from off track to missed.',
      );
    });

    it('renders KPI components embedded in an MDX body with today’s numbers', () => {
      // Pages are built one after another; a review rendered earlier must not leak its period.
      const embedded = element(
        site.read('kpis/signups/index.html'),
        /<span class="kpi-ref"><a [^>]*data-embed="value"/,
      );
      expect(textOf(embedded)).toBe('€40.00 (November 2026 to date)');
    });

    it('draws each chart twice, wide and for phones, each with its own spec', () => {
      const figure = element(
        site.read('kpis/revenue/index.html'),
        /<figure class="chart" id="kpi-chart"/,
      );
      const drawings = [
        ...figure.matchAll(/<div class="chart__canvas chart__canvas--(\w+)" data-chart="(\w+)"/g),
      ];
      expect(drawings.map((match) => [match[1], match[2]])).toEqual([
        ['wide', 'wide'],
        ['narrow', 'narrow'],
      ]);
      expect(figure).toMatch(
        /chart__canvas--wide"[^>]*>\s*<div class="chart__drawing" aria-hidden="true">\s*<svg[^>]* width="640" height="280"/,
      );
      expect(figure).toMatch(
        /chart__canvas--narrow"[^>]*>\s*<div class="chart__drawing" aria-hidden="true">\s*<svg[^>]* width="340" height="260"/,
      );
      const specs = [
        ...figure.matchAll(
          /<script type="application\/json" data-chart-spec="(\w+)">([^<]*)<\/script>/g,
        ),
      ];
      expect(
        specs.map((match) => [match[1], (JSON.parse(match[2]!) as { width: number }).width]),
      ).toEqual([
        ['wide', 640],
        ['narrow', 340],
      ]);
    });

    it('lets its tables scroll inside a named, focusable box', () => {
      const html = site.read('kpis/revenue/index.html');
      const boxes = tags(html).filter((tag) =>
        tag.attributes.some(([name, value]) => name === 'class' && value === 'table-wrap'),
      );
      expect(boxes.length).toBeGreaterThanOrEqual(4);
      for (const box of boxes) {
        const attributes = Object.fromEntries(box.attributes);
        expect(attributes).toMatchObject({ role: 'region', tabindex: '0' });
        expect(attributes['aria-label']).toMatch(/^Revenue/);
      }
    });

    it('offers the CSV and JSON downloads', () => {
      const html = site.read('kpis/nps/index.html');
      expect(html).toContain('href="/kpis/nps.csv"');
      expect(html).toContain('href="/api/kpis/nps.json"');
    });
  });

  describe('reviews', () => {
    it('shows the numbers as of the review’s period, not today’s', () => {
      const html = site.read('reviews/2026-06-midyear/index.html');
      const value = textOf(element(html, /<span class="kpi-ref"><a [^>]*data-embed="value"/));
      // June: one paid order of 160. Today the latest revenue is €40.00 (November to date).
      expect(value).toMatch(/^€160\.00 \(June 2026/);
      expect(textOf(element(html, /<span data-embed="status" data-kpi="revenue"/))).toBe(
        'On track',
      );
      expect(kpi('revenue').status).toBe('off-track');

      // Churn in June: 4.0%; progress (0.04 − 0.05) / (0.03 − 0.05) = 50% (today 80%).
      const churnRow = textOf(element(html, /<tr data-kpi="churn"/));
      expect(churnRow).toBe('Churn rate 4.0% June 2026 -0.3 pp (-7.0%) vs May 2026 Off track 50%');
      expect(textOf(element(html, /<div class="table-wrap"[^>]*data-embed="table"/))).toMatch(
        /^KPI Value Change Status Progress /,
      );
    });

    it('writes a KPI’s summary sentence as of the review’s period', () => {
      const html = site.read('reviews/2026-06-midyear/index.html');
      // Churn as of 30 June: 4.0% after 4.3%, −0.3 pp. Pace from 5.0% (31 January) to 3.0%
      // (30 September), 150 of 242 days in: 5.0 − 2.0 × 150 / 242 = 3.76%, 0.24 pp below 4.0%.
      // Least squares over January–June (5.0 4.8 4.6 4.5 4.3 4.0): slope −0.033 / 17.5 a month,
      // 4.533 − 0.1886 × 5.5 = 3.50% at September.
      expect(textOf(element(html, /<span data-embed="summary" data-kpi="churn"/))).toBe(
        'Churn rate fell 0.3 pp to 4.0% in June 2026, 0.2 pp behind pace; the trend reaches 3.5% by September 2026, against a target of 3.0%.',
      );
      expect(kpi('churn').summary).toMatch(/ in October 2026;/);
    });

    it('lists reviews newest first on the index and in the feed', () => {
      const index = textOf(site.read('reviews/index.html'));
      expect(index.indexOf('October review')).toBeLessThan(index.indexOf('Mid-year review'));
      const feed = site.read('rss.xml');
      const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1]);
      expect(links).toEqual([
        'http://localhost/',
        'http://localhost/reviews/2026-10-october/',
        'http://localhost/reviews/2026-06-midyear/',
      ]);
      expect(feed).toContain('<pubDate>Sat, 31 Oct 2026 00:00:00 GMT</pubDate>');
    });
  });

  it('lists alerts and status changes on the alerts page and feed', () => {
    expect(textOf(site.read('alerts/index.html'))).toContain(
      'Critical · status change · October 2026 · Churn rate Status went from off track to missed.',
    );
    const feed = site.read('alerts.xml');
    expect(feed).toContain('<title>Critical: Churn rate</title>');
    expect(feed).toContain('<link>http://localhost/kpis/churn/#alert-status-2026-10</link>');
  });

  it('rolls goals up to their worst KPI, and owners to theirs', () => {
    const goals = site.read('goals/index.html');
    expect(textOf(element(goals, /<section class="goal" id="goal-grow"/))).toMatch(
      /^Grow revenue Off track/,
    );
    expect(textOf(element(goals, /<section class="goal" id="goal-happy"/))).toMatch(
      /^Happy customers Missed/,
    );
    const ownerHtml = site.read('owners/customer-success/index.html');
    const owner = textOf(ownerHtml);
    expect(owner).toContain('2 KPIs; overall Missed');
    expect(owner.indexOf('Churn rate')).toBeLessThan(owner.indexOf('Net promoter score'));
    // Churn's card says its quarterly review is overdue, as on the overview.
    expect(textOf(element(ownerHtml, /<article class="card[^"]*"[^>]*data-kpi="churn"/))).toContain(
      'Missed Review overdue: no quarterly review covers Q3 2026 yet.',
    );
    // Each count opens the overview showing only this owner's KPIs of that status.
    expect(attributeValues(element(ownerHtml, /<ul class="counts"/), ['href'])).toEqual([
      '/?owner=Customer+success&status=missed',
      '/?owner=Customer+success&status=no-target',
    ]);
  });

  it('keeps every page, its CSS and its scripts under 100 KB before charts are enhanced', () => {
    const weights = recordPageWeights(site, 'site-full');
    expect(weights.map((weight) => weight.page)).toContain('kpis/revenue/index.html');
    for (const weight of weights) {
      expect(weight.total, weight.page).toBeLessThan(100_000);
      // vega-embed is imported on demand, never linked from the page itself.
      expect(weight.assets.join(' '), weight.page).not.toMatch(/embed/);
    }
  });

  it('writes no sitemap without a public URL', () => {
    expect(site.files().some((file) => file.startsWith('sitemap'))).toBe(false);
  });
});
