import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../../src/site/json-script.ts';
import { barWidth } from '../../../src/site/model/bar-width.ts';
import { facets } from '../../../src/site/model/facets.ts';
import { sortByStatus } from '../../../src/site/status.ts';
import { changeTone } from '../../../src/site/tone.ts';
import { joinBase } from '../../../src/site/url.ts';
import { makeKpi } from '../../engine/support/make-kpi.ts';

describe('joinBase', () => {
  it('joins with exactly one slash, whatever the base looks like', () => {
    expect(joinBase('/', 'kpis/revenue/')).toBe('/kpis/revenue/');
    expect(joinBase('/my-kpis/', '/kpis/revenue/')).toBe('/my-kpis/kpis/revenue/');
    expect(joinBase('/my-kpis', 'rss.xml')).toBe('/my-kpis/rss.xml');
    expect(joinBase('my-kpis//', '')).toBe('/my-kpis/');
    expect(joinBase('', '')).toBe('/');
  });
});

describe('barWidth', () => {
  it('clamps the bar to its track while the text keeps the real share', () => {
    expect(barWidth(0.4)).toBe('40%');
    expect(barWidth(1.3)).toBe('100%');
    expect(barWidth(-0.2)).toBe('0%');
    expect(barWidth(0.12345)).toBe('12.3%');
    expect(barWidth(null)).toBe('0%');
  });
});

describe('changeTone', () => {
  it('reads a rise as better when higher is better, and as worse when lower is better', () => {
    expect(changeTone('higher', 10)).toBe('better');
    expect(changeTone('higher', -60)).toBe('worse');
    expect(changeTone('lower', 3)).toBe('worse');
    expect(changeTone('lower', -0.002)).toBe('better');
  });

  it('has no tone for no change, no value or a band', () => {
    expect(changeTone('higher', 0)).toBeUndefined();
    expect(changeTone('higher', null)).toBeUndefined();
    expect(changeTone('band', 5)).toBeUndefined();
  });
});

describe('jsonForScript', () => {
  it('cannot end its script element, and parses back to the same value', () => {
    const value = { title: '</script><script>alert(1)</script>', amp: 'a & b', line: '\u2028' };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('sortByStatus', () => {
  it('puts the worst status first: missed, off-track, at-risk, on-track, achieved, no-target, no-data', () => {
    const statuses = [
      'no-data',
      'achieved',
      'at-risk',
      'missed',
      'no-target',
      'on-track',
      'off-track',
    ] as const;
    const sorted = sortByStatus(statuses.map((status) => makeKpi({ title: status, status })));
    expect(sorted.map((kpi) => kpi.status)).toEqual([
      'missed',
      'off-track',
      'at-risk',
      'on-track',
      'achieved',
      'no-target',
      'no-data',
    ]);
  });
});

describe('facets', () => {
  it('lists only values in use, categories in the config’s order', () => {
    const site = {
      categories: [
        { id: 'customer', title: 'Customer', description: null },
        { id: 'sales', title: 'Sales', description: null },
      ],
    };
    const result = facets(
      [
        makeKpi({
          category: 'sales',
          types: ['lagging', 'financial'],
          owner: 'B',
          status: 'on-track',
        }),
        makeKpi({ category: 'customer', types: ['leading'], owner: 'A', status: 'missed' }),
      ],
      site,
    );
    expect(result).toEqual({
      categories: [
        { id: 'customer', title: 'Customer' },
        { id: 'sales', title: 'Sales' },
      ],
      types: ['financial', 'lagging', 'leading'],
      owners: ['A', 'B'],
      statuses: ['missed', 'on-track'],
    });
  });
});
