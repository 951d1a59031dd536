/**
 * Build-time SVG for a chart spec. Specs of one shape share one compiled
 * Vega view (see chart-views.ts): about 2 ms a chart instead of 7.
 */
import { parse, View } from 'vega';
import { cachedSvg } from './chart-cache.ts';
import { ChartViews } from './chart-views.ts';
import type { DrawOptions } from './chart-views.ts';
import { compileSpec } from './compile-spec.ts';
import type { ChartSpec } from './embeddable-spec.ts';
import { labelSvg } from './svg-label.ts';

// One cache per process, not per module copy: Astro bundles pages apart from
// each other, and every page's charts should share the compiled views.
const SLOT = Symbol.for('pacer.chart-views');

type Slot = { [SLOT]?: ChartViews };

function sharedViews(): ChartViews {
  const slot = globalThis as Slot;
  slot[SLOT] ??= new ChartViews();
  return slot[SLOT];
}

export interface RenderSvgOptions extends DrawOptions {
  /** The spec as JSON, when the caller has it already (the cache's key is made from it). */
  json?: string;
}

/**
 * Inline SVG for a spec whose data are all in `datasets`, labelled with its
 * `description`; kept by content when the build keeps a cache.
 */
export function renderChartSvg(spec: ChartSpec, options: RenderSvgOptions = {}): Promise<string> {
  const { json, ...draw } = options;
  return cachedSvg(spec, () => sharedViews().render(spec, draw), json);
}

/**
 * The same SVG the slow way: compile, parse and draw from scratch. The
 * reference the shared views are tested against.
 */
export async function renderChartSvgUncached(spec: ChartSpec): Promise<string> {
  const { vega } = compileSpec(structuredClone(spec));
  const view = new View(parse(vega), { renderer: 'none', logLevel: 0 });
  try {
    const svg = await view.toSVG();
    return labelSvg(svg, typeof spec['description'] === 'string' ? spec['description'] : null);
  } finally {
    view.finalize();
  }
}
