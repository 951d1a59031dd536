/**
 * Text from CSV cells and frontmatter is escaped on every page and feed. The
 * site-hostile fixture puts markup in a KPI title, an owner, a goal, a review
 * (title, author, summary), the site title and a CSV dimension value.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from './support/build-site.ts';
import { tags, textOf, withoutAttributes } from './support/html.ts';

const KPI_TITLE = '<script>alert("title")</script> Sales';
const OWNER = '"><img src=x onerror=alert(1)>';
const REGIONS = ['<script>alert(2)</script>', '"><img src=x onerror=alert(3)>'];
const REVIEW_TITLE = '</title><script>alert(4)</script> February';

/** Markup that must never reach a page or feed unescaped. */
const INJECTED = [
  /<script>alert/i,
  /<img src=x/i,
  /<b>Bold<\/b>/,
  /<i>Eve<\/i>/,
  /<em>more<\/em>/,
  /<Dashboards>/,
];

let site: BuiltSite;

beforeAll(async () => {
  site = await buildSite('test/fixtures/site-hostile');
});

afterAll(() => site?.remove());

describe('escaping', () => {
  it('leaves no injected markup in any page or feed', () => {
    const documents = site.files().filter((file) => /\.(html|xml)$/.test(file));
    expect(documents.length).toBeGreaterThan(8);
    for (const file of documents) {
      // Inside a quoted attribute only the quote and `&` need escaping (checked below),
      // so attributes are set aside and everything else must hold no markup.
      const content = withoutAttributes(site.read(file));
      for (const pattern of INJECTED) expect(content, `${file} ${pattern}`).not.toMatch(pattern);
    }
  });

  it('never lets a value break out of its attribute', () => {
    for (const file of site.files().filter((name) => name.endsWith('.html'))) {
      for (const tag of tags(site.read(file))) {
        expect(tag.name, file).not.toBe('img');
        expect(
          tag.attributes.map(([name]) => name),
          file,
        ).not.toContain('onerror');
      }
    }
  });

  it('shows the text itself, escaped once, where it belongs', () => {
    const overview = textOf(site.read('index.html'));
    expect(overview).toContain(KPI_TITLE);
    expect(overview).toContain(OWNER);
    expect(textOf(site.read('goals/index.html'))).toContain(
      '<b>Bold</b> growth "><img src=x onerror=alert(5)>',
    );

    const kpiPage = site.read('kpis/sales/index.html');
    expect(kpiPage).toContain(
      '<title>&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; Sales · Acme &lt;Dashboards&gt; &amp; &quot;KPIs&quot;</title>',
    );
    for (const region of REGIONS) expect(textOf(kpiPage)).toContain(region);

    const review = site.read('reviews/2026-02-february/index.html');
    expect(textOf(review)).toContain(REVIEW_TITLE);
    expect(textOf(review)).toContain('by <i>Eve</i>');
  });

  it('keeps the filter values carried in attributes intact', () => {
    const card = tags(site.read('index.html')).find((tag) =>
      tag.attributes.some(([name, value]) => name === 'data-kpi' && value === 'sales'),
    );
    expect(new Map(card?.attributes).get('data-owner')).toBe(OWNER);
  });

  it('keeps chart specs inside their script elements', () => {
    for (const file of site.files().filter((name) => name.endsWith('.html'))) {
      const html = site.read(file);
      for (const match of html.matchAll(
        /<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/g,
      )) {
        expect(match[1], file).not.toMatch(/[<>]/);
        expect(() => JSON.parse(match[1]!) as unknown, file).not.toThrow();
      }
    }
  });

  it('escapes the feeds once, as XML', () => {
    const reviews = site.read('rss.xml');
    expect(reviews).toContain(
      '<title>&lt;/title&gt;&lt;script&gt;alert(4)&lt;/script&gt; February</title>',
    );
    const alerts = site.read('alerts.xml');
    expect(alerts).toContain(
      '<title>Critical: &lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; Sales</title>',
    );
  });

  it('keeps the raw text in the JSON report, where it is data', () => {
    const report = JSON.parse(site.read('api/report.json')) as {
      kpis: { title: string; owner: string }[];
    };
    expect(report.kpis.map((kpi) => kpi.title)).toContain(KPI_TITLE);
    expect(report.kpis.map((kpi) => kpi.owner)).toContain(OWNER);
  });
});
