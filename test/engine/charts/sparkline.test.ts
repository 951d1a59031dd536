import { describe, expect, it } from 'vitest';
import { round, sparklineSvg } from '../../../src/engine/charts/sparkline.ts';
import { kpiReport, revenue, seriesFrom } from './chart-kpis.ts';

const monthly = (values: (number | null)[], partialLast = false) =>
  kpiReport({ grain: 'month', series: seriesFrom('2026-01', values, partialLast) });

/** The `d` of the line and the dot's centre. */
function geometry(svg: string) {
  return {
    line: /<path d="([^"]*)" fill="none"/.exec(svg)?.[1],
    dot: /<circle cx="([^"]+)" cy="([^"]+)"/.exec(svg)?.slice(1),
  };
}

describe('sparklineSvg', () => {
  it('draws three points where the arithmetic puts them', () => {
    // 100 × 20 with a 2-pixel inset: x runs 2 → 98 in two steps of 48;
    // y maps 20 (the highest) to 2 and 10 (the lowest) to 18, so 15 to 10.
    const svg = sparklineSvg(monthly([10, 20, 15]), { width: 100, height: 20, label: 'Orders' });
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" class="sparkline" viewBox="0 0 100 20" width="100" height="20" role="img" aria-label="Orders"><title>Orders</title>' +
        '<path d="M2,18L50,2L98,10" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round"/>' +
        '<circle cx="98" cy="10" r="2" fill="currentColor"/></svg>',
    );
  });

  it('breaks the line at gaps and shows a lone point as a dot', () => {
    // x: 2, 26, 50, 74, 98; y: 10 → 18, 20 → 2, 15 → 10.
    const svg = sparklineSvg(monthly([10, 20, null, 15, null]), {
      width: 100,
      height: 20,
      label: 'x',
    });
    expect(geometry(svg)).toEqual({ line: 'M2,18L26,2M74,10h0', dot: ['74', '10'] });
  });

  it('marks the newest value with a dot, hollow when the period is partial', () => {
    const svg = sparklineSvg(monthly([10, 20, 15, null]), { width: 100, height: 20, label: 'x' });
    expect(geometry(svg).dot).toEqual(['66', '10']);
    expect(sparklineSvg(monthly([10, 20, 15], true), { label: 'x' })).toContain(
      'r="2" fill="none" stroke="currentColor"/>',
    );
  });

  it('draws the target as a dashed line, within the range it scales to', () => {
    // With the target (30) the range is 10–30: 30 → 2, 20 → 10, 10 → 18.
    const kpi = {
      ...monthly([10, 20]),
      target: { value: 30, by: '2026-12', deadline: '2026-12-31' },
    };
    const svg = sparklineSvg(kpi, { width: 100, height: 20, label: 'x' });
    expect(svg).toContain('<path class="sparkline-target" d="M0,2H100"');
    expect(geometry(svg).line).toBe('M2,18L98,10');
  });

  it('puts a flat series and a single point in the middle', () => {
    expect(
      geometry(sparklineSvg(monthly([5, 5]), { width: 100, height: 20, label: 'x' })).line,
    ).toBe('M2,10L98,10');
    expect(geometry(sparklineSvg(monthly([5]), { width: 100, height: 20, label: 'x' })).line).toBe(
      'M50,10h0',
    );
  });

  it('is an empty labelled image when there is no value', () => {
    expect(sparklineSvg(monthly([null, null]), { label: 'x' })).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" class="sparkline" viewBox="0 0 120 32" width="120" height="32" role="img" aria-label="x"><title>x</title></svg>',
    );
  });

  it('escapes its label', () => {
    const svg = sparklineSvg(monthly([1, 2]), { label: '"><script>alert(1)</script>' });
    expect(svg).toContain('aria-label="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(svg).not.toContain('<script');
  });

  it('stays small: two decimals at most', () => {
    const svg = sparklineSvg(revenue, { label: 'Monthly revenue' });
    expect(svg.match(/\d+\.\d{3,}/)).toBeNull();
    expect(svg.length).toBeLessThan(800);
    expect([round(1 / 3), round(-0.001), round(2.006), round(12)]).toEqual([
      '0.33',
      '0',
      '2.01',
      '12',
    ]);
  });
});
