/**
 * The layers of a KPI chart, back to front, on the time and value channels
 * they inherit from the chart (see chart-axes.ts). They are the same for every KPI:
 * a layer whose dataset is empty draws nothing, so one compiled view serves
 * every KPI chart of a size.
 */
import { AXIS_LAYERS } from './chart-axes.ts';
import { COLORS, DASHES } from './chart-style.ts';
import { LEGEND_LAYERS, NOTE_LAYER } from './legend-layers.ts';
import type { Layer } from './vega-lite-types.ts';

const literal = (field: string) => ({ field, type: 'nominal', scale: null }) as const;

const VALUE_TOOLTIP = [
  { field: 'period', title: 'Period' },
  { field: 'text', title: 'Value' },
];
const MARKER_TOOLTIP = [
  { field: 'name', title: 'Mark' },
  { field: 'period', title: 'Period' },
  { field: 'text', title: 'Value' },
];

const ZONES: Layer = {
  data: { name: 'zones' },
  mark: { type: 'rect', opacity: 0.45 },
  encoding: {
    x: { value: 0 },
    x2: { value: 'width' },
    y2: { field: 'y2' },
    color: literal('color'),
    tooltip: [
      { field: 'name', title: 'Zone' },
      { field: 'text', title: 'Values' },
    ],
  },
};

const REVIEW_TOOLTIP = [
  { field: 'title', title: 'Review' },
  { field: 'period', title: 'Period' },
];

const REVIEWS: Layer[] = [
  {
    data: { name: 'reviews' },
    mark: { type: 'rule', color: COLORS.review, strokeWidth: 1, opacity: 0.8 },
    encoding: { y: { value: 0 }, y2: { value: 'height' }, tooltip: REVIEW_TOOLTIP },
  },
  {
    data: { name: 'reviews' },
    mark: {
      type: 'point',
      shape: 'triangle-down',
      filled: true,
      color: COLORS.review,
      size: 40,
      opacity: 1,
    },
    encoding: { y: { value: 0 }, tooltip: REVIEW_TOOLTIP },
  },
];

const PACE: Layer = {
  data: { name: 'pace' },
  mark: { type: 'line', color: COLORS.pace, strokeWidth: 1.5, strokeDash: DASHES.pace },
};

const FORECAST: Layer = {
  data: { name: 'forecast' },
  mark: { type: 'line', color: COLORS.forecast, strokeWidth: 2, strokeDash: DASHES.forecast },
};

const ACTUALS: Layer[] = [
  {
    data: { name: 'actuals' },
    // Null values break the line: a missing period stays a gap, never a slope across it.
    mark: {
      type: 'line',
      color: COLORS.actual,
      strokeWidth: 2,
      invalid: 'break-paths-show-domains',
    },
  },
  {
    data: { name: 'actuals' },
    mark: {
      type: 'point',
      filled: true,
      color: COLORS.actual,
      size: 28,
      opacity: 1,
      invalid: 'filter',
    },
    encoding: { tooltip: VALUE_TOOLTIP },
  },
];

const TO_DATE: Layer[] = [
  {
    data: { name: 'toDate' },
    mark: {
      type: 'line',
      color: COLORS.actual,
      strokeWidth: 1.5,
      strokeDash: DASHES.toDate,
      opacity: 0.8,
    },
  },
  {
    data: { name: 'toDate' },
    transform: [{ filter: 'datum.partial' }],
    mark: {
      type: 'point',
      filled: true,
      fill: COLORS.background,
      stroke: COLORS.actual,
      strokeWidth: 1.5,
      size: 40,
      opacity: 1,
    },
    encoding: { tooltip: VALUE_TOOLTIP },
  },
];

const MARKERS: Layer = {
  data: { name: 'markers' },
  mark: { type: 'point', strokeWidth: 1.5, opacity: 1 },
  encoding: {
    shape: literal('shape'),
    fill: literal('fill'),
    stroke: literal('stroke'),
    size: { field: 'size', type: 'quantitative', scale: null },
    tooltip: MARKER_TOOLTIP,
  },
};

export const KPI_CHART_LAYERS: Layer[] = [
  ZONES,
  ...AXIS_LAYERS,
  ...REVIEWS,
  PACE,
  FORECAST,
  ...ACTUALS,
  ...TO_DATE,
  MARKERS,
  ...LEGEND_LAYERS,
  NOTE_LAYER,
];
