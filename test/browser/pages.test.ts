/**
 * Every page of the site-full fixture, served under /my-kpis/, in a real
 * browser: it loads with no console error and no failed request on a phone
 * and a desktop, axe finds nothing serious, every link resolves, filters work
 * from the URL, and print hides what paper does not need.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../site/support/build-site.ts';
import { attributeValues } from '../site/support/html.ts';
import { AxeLog, seriousViolationsOn } from './support/axe-log.ts';
import {
  ARTIFACTS,
  launchBrowser,
  scrollThrough,
  TOUR_TIMEOUT,
  watchProblems,
} from './support/browser.ts';
import { serveSite, type StaticServer } from './support/static-server.ts';

const BASE = '/my-kpis/';
const WIDTHS = [390, 1280] as const;
const SHOTS = join(ARTIFACTS, 'site-full');

let site: BuiltSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await buildSite('test/fixtures/site-full', { PACER_BASE: BASE });
  server = await serveSite(site.outDir, BASE);
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await site?.remove();
});

/** Site paths of every page the build wrote, 404 included. */
function pagePaths(): string[] {
  return site
    .files()
    .filter((file) => file.endsWith('.html'))
    .map((file) => (file === '404.html' ? 'no-such-page/' : file.replace(/index\.html$/, '')));
}

const shotName = (path: string, width: number) =>
  `${path.replace(/\/$/, '').replace(/\//g, '_') || 'overview'}-${width}.png`;

/** Scrolls to the end so every chart enhances, then waits for the network to settle. */
describe('every page in a browser', () => {
  for (const width of WIDTHS) {
    it(
      `loads without console errors or failed requests at ${width} px`,
      async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        const problems = watchProblems(page);
        const paths = pagePaths();
        expect(paths.length).toBeGreaterThan(12);

        for (const path of paths) {
          problems.console.length = 0;
          problems.failed.length = 0;
          const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
          expect(response?.status(), path).toBe(path === 'no-such-page/' ? 404 : 200);
          await scrollThrough(page);
          if (path === 'no-such-page/') {
            // The page itself answers 404, as it should; nothing else may fail.
            problems.failed = problems.failed.filter(
              (failure) => !failure.includes('/no-such-page/'),
            );
            problems.console = problems.console.filter((message) => !message.includes('404'));
          }
          // No sideways scrolling of the page itself on a phone.
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);
          await page.screenshot({ path: join(SHOTS, shotName(path, width)), fullPage: true });
          expect(problems, path).toEqual({ console: [], failed: [] });
        }
        await context.close();
      },
      TOUR_TIMEOUT,
    );
  }
});

describe('accessibility', () => {
  // Every result, minor ones included, goes to test/artifacts/site-full/axe.json.
  const axe = new AxeLog('site-full');
  for (const colorScheme of ['light', 'dark'] as const) {
    it(
      `has no serious or critical axe violation on any page type (${colorScheme})`,
      async () => {
        expect(
          await seriousViolationsOn(browser, server.url, pagePaths(), colorScheme, axe),
        ).toEqual({});
      },
      TOUR_TIMEOUT,
    );
  }
});

describe('links', () => {
  it('resolves every internal link and asset under the base path', async () => {
    const context = await browser.newContext();
    const queue = [server.url];
    const seen = new Set(queue);
    let pages = 0;
    while (queue.length > 0) {
      const address = queue.shift()!;
      const response = await context.request.get(address);
      expect(response.status(), address).toBe(200);
      if (!(response.headers()['content-type'] ?? '').startsWith('text/html')) continue;
      pages += 1;
      for (const link of attributeValues(await response.text(), ['href', 'src'])) {
        if (/^(https?:|mailto:)/.test(link) || link.startsWith('#')) continue;
        expect(link.startsWith(BASE), `${address} links to ${link}`).toBe(true);
        const target = new URL(link, address);
        target.hash = '';
        target.search = '';
        if (!seen.has(target.href)) {
          seen.add(target.href);
          queue.push(target.href);
        }
      }
    }
    await context.close();
    expect(pages).toBe(pagePaths().length - 1);
  });
});

describe('overview filters', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(() => context.close());

  const visibleCards = (page: Page) =>
    page.$$eval('[data-filterable] .card', (cards) =>
      cards
        .filter((card) => (card as HTMLElement).offsetParent !== null)
        .map((card) => (card as HTMLElement).dataset['kpi']),
    );

  it('filters from the URL, and combines parameters', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}?status=off-track`);
    expect(await visibleCards(page)).toEqual(['revenue']);
    expect(await page.inputValue('select[name="status"]')).toBe('off-track');

    await page.goto(`${server.url}?category=customer&status=missed,no-target`);
    expect(await visibleCards(page)).toEqual(['churn', 'nps']);
    await page.goto(`${server.url}?owner=Customer%20success&type=output`);
    expect(await visibleCards(page)).toEqual(['churn']);
    await expect(page.locator('[data-filter-summary]').textContent()).resolves.toBe(
      '1 of 5 KPIs shown',
    );
  });

  it('writes the choice into the URL and hides empty categories', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.selectOption('select[name="owner"]', 'Growth');
    expect(new URL(page.url()).searchParams.get('owner')).toBe('Growth');
    expect(await visibleCards(page)).toEqual(['signups']);
    expect(await page.isVisible('#category-sales')).toBe(false);
    await page.click('button[type="reset"]');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-filterable] li[hidden]').length === 0,
    );
    expect(new URL(page.url()).search).toBe('');
  });

  it('ignores a value the filters do not offer', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}?status=bogus`);
    expect(await visibleCards(page)).toHaveLength(5);
    expect(await page.inputValue('select[name="status"]')).toBe('');
    const options = await page.$$eval('select[name="status"] option', (items) =>
      items.map((item) => (item as HTMLOptionElement).value),
    );
    expect(options).not.toContain('bogus');
    await expect(page.locator('[data-filter-summary]').textContent()).resolves.toBe('');

    // A known value next to an unknown one still filters.
    await page.goto(`${server.url}?status=bogus,off-track`);
    expect(await visibleCards(page)).toEqual(['revenue']);
  });

  it('filters the KPIs listed by goal too, hiding goals left empty', async () => {
    const page = await context.newPage();
    const listed = () =>
      page.$$eval('section[aria-labelledby="by-goal"] [data-filter-item]', (items) =>
        items
          .filter((item) => (item as HTMLElement).offsetParent !== null)
          .map((item) => (item as HTMLElement).dataset['kpi']),
      );
    await page.goto(server.url);
    expect((await listed()).sort()).toEqual([
      'cancellations',
      'churn',
      'nps',
      'revenue',
      'signups',
    ]);

    await page.goto(`${server.url}?status=off-track`);
    expect(await listed()).toEqual(['revenue']);
    const goal = (title: string) =>
      page.locator('section[aria-labelledby="by-goal"] .goal', { hasText: title }).isVisible();
    expect(await goal('Grow revenue')).toBe(true);
    expect(await goal('Happy customers')).toBe(false);
    expect(await goal('Not linked to a goal')).toBe(false);
  });

  it('filters by status from the status counts, in place', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.click('.counts a[data-filter-status="missed"]');
    expect(new URL(page.url()).search).toBe('?status=missed');
    expect(await visibleCards(page)).toEqual(['churn']);
    expect(await page.inputValue('select[name="status"]')).toBe('missed');
    expect(await page.getAttribute('.counts a[data-filter-status="missed"]', 'aria-current')).toBe(
      'true',
    );

    // An owner's counts open the overview showing that owner's KPIs of that status.
    await page.goto(`${server.url}owners/customer-success/`);
    await page.click('.counts a[data-filter-status="no-target"]');
    await page.waitForURL(/\?owner=/);
    expect(await visibleCards(page)).toEqual(['nps']);
    expect(await page.inputValue('select[name="owner"]')).toBe('Customer success');
  });

  it('shows every KPI and no filter controls without JavaScript', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${server.url}?status=off-track`);
    expect(await visibleCards(page)).toHaveLength(5);
    expect(await page.isVisible('form.filters')).toBe(false);
    await noScript.close();
  });

  it('prints without navigation or filters, with the chart', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}kpis/revenue/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.site-nav')).toBe(false);
    expect(await page.isVisible('#kpi-chart')).toBe(true);
  });
});
