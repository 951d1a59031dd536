/**
 * The shared time and value channels. Both axes take their domains, tick
 * positions and labels from datasets (`frame`, `xTicks`, `yTicks`) through
 * expressions, so labels are the engine's locale-formatted text, the spec
 * does not change from one KPI to the next, and layers with no data this
 * time do not take part in the domains (Vega would warn about each).
 */
import { COLORS } from './chart-style.ts';
import type { Layer } from './vega-lite-types.ts';

/** The label of the dataset row whose position is the tick's. */
function lookupLabel(dataset: string, field: string): string {
  return `data('${dataset}')[indexof(pluck(data('${dataset}'), '${field}'), +datum.value)].label`;
}

export const TIME_X = {
  field: 'x',
  type: 'temporal',
  title: null,
  // UTC, so positions never depend on the zone of the machine drawing them; a little padding keeps end points off the edge.
  scale: {
    type: 'utc',
    domain: { expr: "length(data('frame')) ? [data('frame')[0].t, data('frame')[0].t2] : [0, 1]" },
    nice: false,
    padding: 10,
  },
  axis: {
    values: { expr: "pluck(data('xTicks'), 't')" },
    labelExpr: lookupLabel('xTicks', 't'),
    ticks: false,
    grid: false,
    // The frame layer draws the axis line across the whole time range.
    domain: false,
    labelFlush: false,
    // Ticks are spaced for their labels already; Vega's headless text widths are guesses, too wide.
    labelOverlap: false,
  },
} as const;

export const VALUE_Y = {
  field: 'y',
  type: 'quantitative',
  title: null,
  // The domain is exactly the tick range, which already covers every value drawn.
  scale: {
    domain: { expr: "length(data('yTicks')) ? extent(pluck(data('yTicks'), 'y')) : [0, 1]" },
  },
  axis: {
    values: { expr: "pluck(data('yTicks'), 'y')" },
    labelExpr: lookupLabel('yTicks', 'y'),
    ticks: false,
    grid: false,
    domain: false,
    labelOverlap: false,
  },
} as const;

/** Both channels, set once on the whole chart: layers inherit them and override only what differs. */
export const AXIS_ENCODING = { x: TIME_X, y: VALUE_Y } as const;

const VALUE_GRID: Layer = {
  data: { name: 'yTicks' },
  mark: { type: 'rule', color: COLORS.grid, strokeWidth: 1 },
  encoding: { x: { value: 0 }, x2: { value: 'width' } },
};

/** Short ticks under the axis; also what makes the `xTicks` dataset reach the axis expressions. */
const TIME_TICKS: Layer = {
  data: { name: 'xTicks' },
  mark: { type: 'rule', color: COLORS.axis, y2Offset: 4 },
  encoding: {
    x: { field: 't', type: 'temporal' },
    y: { value: 'height' },
    y2: { value: 'height' },
  },
};

/** The time axis line, from the first date drawn to the last. */
const FRAME: Layer = {
  data: { name: 'frame' },
  mark: { type: 'rule', color: COLORS.axis },
  encoding: {
    x: { field: 't', type: 'temporal' },
    x2: { field: 't2' },
    y: { value: 'height' },
  },
};

/**
 * The frame, gridlines and time ticks. Besides drawing, they are what brings
 * the datasets the axis expressions read into the compiled spec.
 */
export const AXIS_LAYERS: Layer[] = [FRAME, VALUE_GRID, TIME_TICKS];
