/**
 * Charts in a real browser: drawn without JavaScript, enhanced by vega-embed
 * only once they scroll into view, with tooltips on hover, and showing the
 * same months whatever the reader's time zone.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../site/support/build-site.ts';
import { launchBrowser } from './support/browser.ts';
import { serveSite, type StaticServer } from './support/static-server.ts';

let site: BuiltSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await buildSite('test/fixtures/site-full');
  server = await serveSite(site.outDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await site?.remove();
});

const CHART = '#kpi-chart .chart__canvas--wide';
const AXIS_LABELS = `${CHART} svg .role-axis-label text`;

const axisLabels = (page: Page) =>
  page.$$eval(AXIS_LABELS, (texts) => texts.map((text) => text.textContent ?? ''));

/** Hovers each actual point of the enhanced chart in turn and returns the tooltip texts. */
async function tooltips(page: Page): Promise<string[]> {
  const points = await page.$$(`${CHART} svg g.mark-symbol.role-mark path`);
  const texts: string[] = [];
  for (const point of points) {
    const box = await point.boundingBox();
    if (!box) continue;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tooltip = page.locator('#vg-tooltip-element.visible');
    if (await tooltip.isVisible({ timeout: 500 }).catch(() => false)) {
      texts.push((await tooltip.textContent()) ?? '');
    }
    await page.mouse.move(0, 0);
  }
  return texts;
}

/** Opens the revenue page, scrolls the chart into view and waits for vega-embed to take over. */
async function enhancedChart(timezoneId: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId });
  const page = await context.newPage();
  await page.goto(`${server.url}kpis/revenue/`);
  await page.locator(CHART).scrollIntoViewIfNeeded();
  await page.waitForSelector(`${CHART}[data-enhanced] svg`);
  return page;
}

describe('charts', () => {
  it('are drawn without JavaScript, with their caption and data table', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of ['kpis/revenue/', 'reviews/2026-06-midyear/']) {
      await page.goto(`${server.url}${path}`);
      const svg = page.locator('.chart__canvas svg').first();
      const box = await svg.boundingBox();
      expect(box?.width, path).toBeGreaterThan(200);
      expect(box?.height, path).toBeGreaterThan(100);
      expect(await svg.locator('path, line, text').count(), path).toBeGreaterThan(20);
      expect(await page.locator('figure.chart figcaption').first().textContent(), path).toMatch(
        /^Line chart of Revenue/,
      );
    }
    await page.goto(`${server.url}kpis/revenue/`);
    expect(await axisLabels(page)).toEqual(
      expect.arrayContaining(['January 2026', 'October 2026']),
    );
    expect(await page.locator('#kpi-chart details table tbody tr').count()).toBe(11);
    await context.close();
  });

  it('load vega-embed only once a chart scrolls into view', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 300 } });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${server.url}kpis/revenue/`, { waitUntil: 'networkidle' });
    const before = scripts.length;
    expect(await page.locator('[data-enhanced]').count()).toBe(0);

    await page.locator(CHART).scrollIntoViewIfNeeded();
    await page.waitForSelector(`${CHART}[data-enhanced] svg`);
    expect(scripts.length).toBeGreaterThan(before);
    await context.close();
  });

  it('show a tooltip when a point is hovered', async () => {
    const page = await enhancedChart('UTC');
    const texts = await tooltips(page);
    // October: 190, the judged value; November: 40 so far.
    expect(texts).toContain('Period2026-10Value€190.00');
    expect(texts).toContain('Period2026-11Value€40.00 to date');
    await page.context().close();
  });

  it('show the same months in Los Angeles and in Tokyo, before and after enhancement', async () => {
    const seen: Record<string, { labels: string[]; tips: string[] }> = {};
    for (const zone of ['America/Los_Angeles', 'Asia/Tokyo']) {
      const page = await enhancedChart(zone);
      seen[zone] = { labels: await axisLabels(page), tips: await tooltips(page) };
      await page.context().close();
    }
    const staticPage = await browser.newPage();
    await staticPage.goto(`${server.url}kpis/revenue/`);
    const staticLabels = await axisLabels(staticPage);
    await staticPage.close();

    expect(seen['America/Los_Angeles']).toEqual(seen['Asia/Tokyo']);
    expect(seen['Asia/Tokyo']!.labels).toEqual(staticLabels);
    expect(staticLabels.slice(0, 4)).toEqual([
      'January 2026',
      'April 2026',
      'July 2026',
      'October 2026',
    ]);
    expect(seen['Asia/Tokyo']!.tips).toContain('Period2026-08Value€170.00');
  });
});
