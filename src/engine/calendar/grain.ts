/** The period sizes Pacer reports at, finest first. */
export const GRAINS = [
  'day',
  'week',
  'month',
  'quarter',
  'year',
  'fiscal-quarter',
  'fiscal-year',
] as const;

export type Grain = (typeof GRAINS)[number];

/** How a site counts weeks and fiscal years. */
export interface CalendarOptions {
  /** Month the fiscal year starts in, 1 to 12; the fiscal year is named by the year it ends in. */
  fiscalYearStart: number;
  /** First day of the week, ISO weekday 1 (Monday) to 7 (Sunday). Monday gives ISO 8601 weeks. */
  weekStart: number;
}

export const ISO_CALENDAR: CalendarOptions = { fiscalYearStart: 1, weekStart: 1 };

/** Rough length in days, only for ordering grains from fine to coarse. */
const GRAIN_SIZE: Record<Grain, number> = {
  day: 1,
  week: 7,
  month: 30,
  quarter: 91,
  'fiscal-quarter': 91,
  year: 365,
  'fiscal-year': 365,
};

export function isFinerGrain(a: Grain, b: Grain): boolean {
  return GRAIN_SIZE[a] < GRAIN_SIZE[b];
}

/** How many periods of this grain make a year, for year-over-year offsets. */
export function periodsPerYear(grain: Grain): number | null {
  switch (grain) {
    case 'month':
      return 12;
    case 'quarter':
    case 'fiscal-quarter':
      return 4;
    case 'year':
    case 'fiscal-year':
      return 1;
    default:
      return null;
  }
}
