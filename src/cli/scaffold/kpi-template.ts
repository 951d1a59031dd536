/**
 * A commented starting definition for `pacer new kpi`. Every field a new KPI
 * needs is filled with a valid value; only `source` names a placeholder file,
 * so `npx pacer check` passes once the source points at real data.
 */

/** `weekly-signups` → `Weekly signups`. */
export function titleFromId(id: string): string {
  const words = id.split('-').filter(Boolean).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function kpiTemplate(id: string): string {
  return `---
# The definition of this KPI. Run \`npx pacer check\` after editing it.
title: ${titleFromId(id)}
description: One sentence on what this KPI measures.
owner: Your team # the person or team accountable for it
category: operational # customer, marketing, sales, financial, operational, or one from kpis/site.yaml
types: [lagging] # any of leading, lagging, input, output, financial
unit: number # number, currency, percent, ratio or duration
direction: higher # higher or lower is better; or band, with band: [min, max]
grain: month # day, week, month, quarter, year, fiscal-quarter or fiscal-year

# Edit this block: the CSV file with one row per record, and its columns.
source:
  file: data/${id}.csv # the CSV file, relative to the repository root
  date: date # the column with each row's date (2026-11-03) or period (2026-11)
  value: value # the column to aggregate; remove this line to count rows
  aggregate: sum # sum, mean, median, min, max, count, count_distinct, first or last
  # where: { status: paid } # keep only rows with these values
  # decimal: "," # when numbers are written 1.234,5
  # thousands: "."

# Uncomment to measure progress toward a target:
# baseline: { period: 2026-01 } # where progress starts; add value: to give it yourself
# target: { value: 1000, by: 2026-12 } # the value to reach, and by when
# milestones: [{ by: 2026-06, value: 500 }]
# thresholds: { warning: 800, critical: 600 } # status and alerts for KPIs without a target
# alerts: { drop: 0.15, streak: 3 } # override the site's alert rules
---

Why this KPI matters, and how to read it.
`;
}
