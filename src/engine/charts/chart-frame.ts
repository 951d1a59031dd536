/** What every chart spec shares around its layers: size, fitting, look, and no per-mark ARIA. */
import { CHART_PADDING } from './chart-layout.ts';
import type { ChartSize } from './chart-layout.ts';
import { COLORS, FONT, FONT_SIZE } from './chart-style.ts';
import type { Config } from './vega-lite-types.ts';

export const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

const CONFIG: Config = {
  font: FONT,
  // The page gives the chart one text alternative and a data table; an ARIA label per mark would only bloat the SVG.
  aria: false,
  view: { stroke: null },
  axis: {
    labelColor: COLORS.text,
    labelFontSize: FONT_SIZE,
    domainColor: COLORS.axis,
    labelPadding: 6,
  },
  text: { fontSize: FONT_SIZE, color: COLORS.text },
};

export function chartFrame(size: ChartSize) {
  return {
    $schema: SCHEMA,
    width: size.width,
    height: size.height,
    // The requested size is the whole chart's, axes and legend included, so pages can reserve it.
    autosize: { type: 'fit', contains: 'padding' },
    padding: CHART_PADDING,
    background: COLORS.background,
    config: CONFIG,
  } as const;
}
