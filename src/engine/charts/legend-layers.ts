/**
 * Layers drawn in pixels rather than on the scales: the legend above the plot
 * and the note an empty chart shows. Fields with `scale: null` are pixels.
 */
import type { Layer } from './vega-lite-types.ts';

const pixels = (field: string) => ({ field, type: 'quantitative', scale: null }) as const;
const literal = (field: string) => ({ field, type: 'nominal', scale: null }) as const;

export const LEGEND_LAYERS: Layer[] = [
  {
    data: { name: 'legend' },
    transform: [{ filter: "datum.kind === 'line'" }],
    mark: { type: 'rule' },
    encoding: {
      x: pixels('px'),
      x2: { field: 'px2' },
      y: pixels('py'),
      color: literal('color'),
      strokeDash: literal('dash'),
      strokeWidth: { field: 'strokeWidth', type: 'quantitative', scale: null },
    },
  },
  {
    data: { name: 'legend' },
    transform: [{ filter: "datum.kind === 'point'" }],
    mark: { type: 'point', strokeWidth: 1.5, opacity: 1 },
    encoding: {
      x: pixels('pc'),
      y: pixels('py'),
      shape: literal('shape'),
      fill: literal('fill'),
      stroke: literal('color'),
      size: { field: 'size', type: 'quantitative', scale: null },
    },
  },
  {
    data: { name: 'legend' },
    mark: { type: 'text', align: 'left', baseline: 'middle' },
    encoding: { x: pixels('tx'), y: pixels('py'), text: { field: 'name' } },
  },
];

export const NOTE_LAYER: Layer = {
  data: { name: 'notes' },
  mark: { type: 'text', align: 'center', baseline: 'middle', fontSize: 14 },
  encoding: {
    x: { value: { expr: 'width / 2' } },
    y: { value: { expr: 'height / 2' } },
    text: { field: 'text' },
  },
};
