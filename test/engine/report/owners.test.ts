import { describe, expect, it } from 'vitest';
import { ownerReports, ownerSlugs, slugify } from '../../../src/engine/report/owners.ts';
import { makeKpi } from '../support/make-kpi.ts';

describe('owners', () => {
  it('slugs names to URL-safe paths', () => {
    expect(slugify('Sales & Operations')).toBe('sales-operations');
    expect(slugify('Équipe Données')).toBe('equipe-donnees');
    expect(slugify('"><img src=x onerror=alert(1)>')).toBe('img-src-x-onerror-alert-1');
    expect(slugify('<>')).toBe('owner');
  });

  it('keeps slugs unique when names slug alike', () => {
    const slugs = ownerSlugs([
      { owner: 'Sales team' },
      { owner: 'Sales  Team' },
      { owner: 'Growth' },
    ]);
    expect([...slugs]).toEqual([
      ['Growth', 'growth'],
      ['Sales  Team', 'sales-team'],
      ['Sales team', 'sales-team-2'],
    ]);
  });

  it('rolls up each owner’s KPIs, worst status first', () => {
    const [growth, sales] = ownerReports([
      makeKpi({ id: 'a', title: 'A', owner: 'Sales', status: 'on-track' }),
      makeKpi({ id: 'b', title: 'B', owner: 'Sales', status: 'off-track' }),
      makeKpi({ id: 'c', title: 'C', owner: 'Growth', status: 'no-target' }),
    ]);
    expect(growth).toEqual({
      name: 'Growth',
      slug: 'growth',
      kpis: ['c'],
      status: 'no-target',
      counts: {
        missed: 0,
        'off-track': 0,
        'at-risk': 0,
        'on-track': 0,
        achieved: 0,
        'no-target': 1,
        'no-data': 0,
      },
    });
    expect(sales).toMatchObject({
      name: 'Sales',
      slug: 'sales',
      kpis: ['b', 'a'],
      status: 'off-track',
      counts: { 'off-track': 1, 'on-track': 1, 'at-risk': 0 },
    });
  });
});
