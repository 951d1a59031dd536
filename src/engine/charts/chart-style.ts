/**
 * How charts look: sizes, colours and dash patterns in one place, so that the
 * big chart, its legend and the sparkline agree.
 */

export const DEFAULT_WIDTH = 640;
export const DEFAULT_HEIGHT = 280;

/** Rough advance of one label character at the axis font size, to space ticks without measuring text. */
export const CHAR_WIDTH = 6.5;
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const FONT_SIZE = 11;

export const COLORS = {
  actual: '#1d5fa8',
  pace: '#6b7280',
  target: '#111827',
  milestone: '#4b5563',
  baseline: '#6b7280',
  forecast: '#b45309',
  review: '#7c3aed',
  grid: '#e5e7eb',
  axis: '#6b7280',
  text: '#374151',
  critical: '#fecaca',
  warning: '#fde68a',
  healthy: '#bbf7d0',
  background: '#ffffff',
} as const;

/** Dash patterns, so lines differ by more than colour. */
export const DASHES = {
  solid: [] as number[],
  pace: [6, 4],
  forecast: [2, 3],
  toDate: [3, 3],
};

/** Colours for breakdown groups (Tableau 10, distinguishable and colour-blind aware). */
export const GROUP_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];
