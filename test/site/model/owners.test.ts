import { describe, expect, it } from 'vitest';
import { ownerSlugs, ownerSummaries, slugify } from '../../../src/site/model/owners.ts';
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
    const [growth, sales] = ownerSummaries([
      makeKpi({ id: 'a', title: 'A', owner: 'Sales', status: 'on-track' }),
      makeKpi({ id: 'b', title: 'B', owner: 'Sales', status: 'off-track' }),
      makeKpi({ id: 'c', title: 'C', owner: 'Growth', status: 'no-target' }),
    ]);
    expect(growth).toMatchObject({
      name: 'Growth',
      status: 'no-target',
      counts: { 'no-target': 1 },
    });
    expect(sales!.kpis.map((kpi) => kpi.id)).toEqual(['b', 'a']);
    expect(sales).toMatchObject({ status: 'off-track', counts: { 'off-track': 1, 'on-track': 1 } });
  });
});
