/**
 * What a built page weighs over the wire before any chart is enhanced: its
 * HTML and the CSS and scripts it links, each gzipped. vega-embed, imported
 * on demand, is not counted.
 */
import { gzipSync } from 'node:zlib';
import { writeArtifactJson } from './artifacts.ts';
import type { BuiltSite } from './build-site.ts';
import { attributeValues } from './html.ts';

export interface PageWeight {
  /** The page's path under the output folder (`kpis/revenue/index.html`). */
  page: string;
  /** Gzipped bytes of the HTML, of the linked CSS and of the linked scripts. */
  html: number;
  css: number;
  js: number;
  total: number;
  /** The linked CSS and scripts, as the page names them. */
  assets: string[];
}

const gzipped = (text: string): number => gzipSync(text).length;

/** The weight of `page`; links are read under `base`, the site's base path. */
export function pageWeight(site: BuiltSite, page: string, base = '/'): PageWeight {
  const html = site.read(page);
  const assets = attributeValues(html, ['href', 'src']).filter((link) => /\.(css|js)$/.test(link));
  const sizeOf = (extension: string): number =>
    assets
      .filter((link) => link.endsWith(extension))
      .map((link) => gzipped(site.read(link.slice(base.length))))
      .reduce((sum, size) => sum + size, 0);

  const weight = { html: gzipped(html), css: sizeOf('.css'), js: sizeOf('.js') };
  return { page, ...weight, total: weight.html + weight.css + weight.js, assets };
}

/**
 * Weighs every page of the site and writes the weights to
 * test/artifacts/<suite>/page-weights.json, before any test checks them, so
 * that a page too heavy is reported with the rest.
 */
export function recordPageWeights(site: BuiltSite, suite: string, base = '/'): PageWeight[] {
  const pages = site
    .files()
    .filter((file) => file.endsWith('.html'))
    .map((page) => pageWeight(site, page, base));
  writeArtifactJson(suite, 'page-weights.json', { unit: 'gzipped bytes', pages });
  return pages;
}
