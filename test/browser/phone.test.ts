/**
 * The site on a phone: charts drawn for the screen, with labels of at least
 * 10 CSS px before and after enhancement; tables that fit, or scroll inside
 * their box; and no page of any fixture site wider than a 390 px screen.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, buildSite, type BuiltSite } from '../site/support/build-site.ts';
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

async function phonePage(width: number, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled });
  return context.newPage();
}

/** Which drawing of the KPI chart shows, and the size its axis labels render at, in CSS px. */
function shownChart(page: Page) {
  return page.$$eval('#kpi-chart .chart__canvas', (canvases) => {
    const shown = canvases.filter((canvas) => canvas.getBoundingClientRect().width > 0);
    return shown.map((canvas) => {
      const labels = [...canvas.querySelectorAll<SVGTextElement>('svg .role-axis-label text')];
      const sizes = labels.map(
        (label) =>
          Number.parseFloat(getComputedStyle(label).fontSize) * (label.getScreenCTM()?.a ?? 0),
      );
      return {
        size: (canvas as HTMLElement).dataset['chart'],
        enhanced: 'enhanced' in (canvas as HTMLElement).dataset,
        labels: labels.length,
        smallest: Math.min(...sizes),
        right: canvas.getBoundingClientRect().right,
      };
    });
  });
}

describe('charts on a phone', () => {
  for (const width of [390, 360]) {
    it(`show the narrow drawing at ${width} px, labels at 10 CSS px or more`, async () => {
      const page = await phonePage(width, false);
      await page.goto(`${server.url}kpis/revenue/`);
      const [chart, ...others] = await shownChart(page);
      expect(others).toEqual([]);
      expect(chart).toMatchObject({ size: 'narrow', enhanced: false });
      expect(chart!.labels).toBeGreaterThan(4);
      expect(chart!.smallest).toBeGreaterThanOrEqual(10);
      expect(chart!.right).toBeLessThanOrEqual(width);
      await page.context().close();
    });
  }

  it('enhance the narrow drawing from its own spec, labels still 10 CSS px or more', async () => {
    const page = await phonePage(390);
    await page.goto(`${server.url}kpis/revenue/`);
    await page.locator('#kpi-chart .chart__canvas--narrow').scrollIntoViewIfNeeded();
    await page.waitForSelector('#kpi-chart .chart__canvas--narrow[data-enhanced] svg');
    const [chart] = await shownChart(page);
    expect(chart).toMatchObject({ size: 'narrow', enhanced: true });
    expect(chart!.smallest).toBeGreaterThanOrEqual(10);
    // The hidden wide drawing is never enhanced, so vega-embed draws one chart.
    expect(await page.locator('.chart__canvas--wide[data-enhanced]').count()).toBe(0);
    await page.context().close();
  });

  it('show the wide drawing on a desktop, at full size', async () => {
    const page = await phonePage(1280, false);
    await page.goto(`${server.url}kpis/revenue/`);
    const [chart, ...others] = await shownChart(page);
    expect(others).toEqual([]);
    expect(chart).toMatchObject({ size: 'wide' });
    expect(chart!.smallest).toBeCloseTo(11, 1);
    await page.context().close();
  });
  it('print the wide drawing, even from a phone', async () => {
    const page = await phonePage(390, false);
    await page.goto(`${server.url}kpis/revenue/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('#kpi-chart .chart__canvas--wide')).toBe(true);
    expect(await page.isVisible('#kpi-chart .chart__canvas--narrow')).toBe(false);
    await page.context().close();
  });
});

describe('tables on a phone', () => {
  it('fit the KPI page’s changes on screen, Relative column included', async () => {
    const page = await phonePage(390);
    await page.goto(`${server.url}kpis/revenue/`);
    const table = page.locator('section[aria-labelledby="changes"] table');
    const relative = await table.locator('th', { hasText: 'Relative' }).boundingBox();
    expect(relative!.x + relative!.width).toBeLessThanOrEqual(390);
    const box = await table.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await page.context().close();
  });

  it('scroll a wider table inside its box, which takes focus, and never the page', async () => {
    const page = await phonePage(360);
    await page.goto(`${server.url}reviews/2026-06-midyear/`);
    const wrap = page.locator('[data-embed="table"]');
    const sizes = await wrap.evaluate((element) => ({
      scroll: element.scrollWidth,
      client: element.clientWidth,
      page: document.documentElement.scrollWidth,
    }));
    // Five columns of KPIs side by side do not fit 360 px: the box scrolls, not the page.
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    expect(sizes.page).toBeLessThanOrEqual(360);
    await wrap.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => wrap.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    await page.context().close();
  });
});

/**
 * The fixtures whose content is most likely to stretch a layout: long
 * markup-like names and cells, and weekly period keys. site-full is checked page by
 * page in pages.test.ts; the other fixtures render the same components with
 * tamer content, and each costs a site build.
 */
const FIXTURES = ['site-hostile', 'weekly-53', 'xss'];

describe('every fixture site on a 390 px screen', () => {
  for (const fixture of FIXTURES) {
    it(
      `has no page wider than the screen: ${fixture}`,
      async () => {
        const built = await buildSite(`test/fixtures/${fixture}`);
        const served = await serveSite(built.outDir);
        const page = await phonePage(390);
        try {
          const paths = built
            .files()
            .filter((file) => file.endsWith('.html') && file !== '404.html')
            .map((file) => file.replace(/index\.html$/, ''));
          const wide: Record<string, number> = {};
          for (const path of paths) {
            await page.goto(`${served.url}${path}`);
            const width = await page.evaluate(() => document.documentElement.scrollWidth);
            if (width > 390) wide[path] = width;
          }
          expect(wide).toEqual({});
          expect(paths.length).toBeGreaterThan(5);
        } finally {
          await page.context().close();
          await served.close();
          await built.remove();
        }
      },
      BUILD_TIMEOUT,
    );
  }
});
