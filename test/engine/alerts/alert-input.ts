/** An alert input over a hand-written monthly series, with en-US formatting. */
import type { SeriesPoint } from '../../../src/engine/aggregate/series.ts';
import type { AlertInput } from '../../../src/engine/alerts/evaluate-alerts.ts';
import { ISO_CALENDAR } from '../../../src/engine/calendar/grain.ts';
import { formatPeriod } from '../../../src/engine/format/format-period.ts';
import { formatPercent, formatValue } from '../../../src/engine/format/format-value.ts';
import { day } from '../support/in-memory-source.ts';

export function alertInput(series: SeriesPoint[], more: Partial<AlertInput> = {}): AlertInput {
  return {
    series,
    current: series.length - 1,
    direction: 'higher',
    rules: {},
    status: 'no-target',
    previousStatus: null,
    asOf: series.at(-1)?.period.end ?? day('2026-01-31'),
    grain: 'month',
    calendar: ISO_CALENDAR,
    formatValue: (value) =>
      formatValue(value, { locale: 'en-US', unit: 'number', currency: 'USD' }),
    formatPercent: (fraction) => formatPercent(fraction, 'en-US'),
    periodLabel: (period) => formatPeriod(period.key, period.grain, period.start, 'en-US'),
    ...more,
  };
}
