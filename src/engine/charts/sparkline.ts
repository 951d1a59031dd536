/**
 * A card's sparkline: a few hundred bytes of hand-written SVG, no Vega, since
 * a page may show hundreds. Periods are evenly spaced (a series has every
 * period, gaps included), gaps break the line, the newest value gets a dot
 * (hollow when partial), and a target, when there is one, a dashed line.
 * Colours are `currentColor`, so the card's CSS decides them.
 */
import type { KpiReport } from '../report/types.ts';
import { escapeXml } from './svg-label.ts';

export interface SparklineOptions {
  /** @default 120 */
  width?: number;
  /** @default 32 */
  height?: number;
  /** The accessible name, such as "Monthly revenue, last 12 months". */
  label: string;
}

/** Room at the edges for the dot and the line's width. */
const INSET = 2;
const DOT_RADIUS = 2;

/** Two decimals at most, no trailing zeros, no `-0`: coordinates stay short. */
export function round(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

interface Scales {
  x: (index: number) => number;
  y: (value: number) => number;
}

function scales(count: number, values: readonly number[], width: number, height: number): Scales {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const innerWidth = width - 2 * INSET;
  const innerHeight = height - 2 * INSET;
  return {
    x: (index) => (count === 1 ? width / 2 : INSET + (index * innerWidth) / (count - 1)),
    // Higher values are higher up; a flat series sits in the middle.
    y: (value) =>
      high === low ? height / 2 : INSET + ((high - value) * innerHeight) / (high - low),
  };
}

/** `M` starts a run after each gap; a lone point is drawn as a dot (a zero-length round-capped line). */
function linePath(values: readonly (number | null)[], { x, y }: Scales): string {
  let path = '';
  let running = false;
  values.forEach((value, index) => {
    if (value === null) {
      running = false;
      return;
    }
    const next = values[index + 1];
    const lone = !running && (next === undefined || next === null);
    path += `${running ? 'L' : 'M'}${round(x(index))},${round(y(value))}${lone ? 'h0' : ''}`;
    running = true;
  });
  return path;
}

export function sparklineSvg(kpi: KpiReport, options: SparklineOptions): string {
  const width = options.width ?? 120;
  const height = options.height ?? 32;
  const values = kpi.series.map((point) => point.value);
  const present = values.filter((value): value is number => value !== null);
  const target = kpi.target?.value ?? null;
  const label = escapeXml(options.label);
  const open = `<svg xmlns="http://www.w3.org/2000/svg" class="sparkline" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${label}"><title>${label}</title>`;
  if (present.length === 0) return `${open}</svg>`;

  const scale = scales(
    values.length,
    target === null ? present : [...present, target],
    width,
    height,
  );
  const parts = [open];
  if (target !== null) {
    const y = round(scale.y(target));
    parts.push(
      `<path class="sparkline-target" d="M0,${y}H${width}" stroke="currentColor" stroke-opacity=".45" stroke-dasharray="3 2"/>`,
    );
  }
  parts.push(
    `<path d="${linePath(values, scale)}" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round"/>`,
  );

  const last = kpi.series.findLastIndex((point) => point.value !== null);
  const point = kpi.series[last]!;
  const fill = point.partial ? 'fill="none" stroke="currentColor"' : 'fill="currentColor"';
  parts.push(
    `<circle cx="${round(scale.x(last))}" cy="${round(scale.y(point.value!))}" r="${DOT_RADIUS}" ${fill}/>`,
    '</svg>',
  );
  return parts.join('');
}
