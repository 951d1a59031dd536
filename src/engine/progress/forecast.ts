/** A least-squares trend over the last complete periods, projected forward. */

export interface TrendPoint {
  /** Period ordinal: consecutive periods differ by one, gaps leave holes. */
  x: number;
  y: number;
}

export interface Trend {
  slope: number;
  /** The line passes through the mean point. */
  meanX: number;
  meanY: number;
  /** How many periods the line was fitted to. */
  points: number;
}

/** The fewest points a trend is fitted to. */
export const MIN_TREND_POINTS = 3;

/** Ordinary least squares; null with fewer than three points. */
export function fitTrend(points: readonly TrendPoint[]): Trend | null {
  if (points.length < MIN_TREND_POINTS) return null;
  // Ordinals are large (months since year 0); centring them keeps the arithmetic exact.
  const meanX = points.reduce((sum, point) => sum + point.x, 0) / points.length;
  const meanY = points.reduce((sum, point) => sum + point.y, 0) / points.length;
  let covariance = 0;
  let variance = 0;
  for (const { x, y } of points) {
    covariance += (x - meanX) * (y - meanY);
    variance += (x - meanX) ** 2;
  }
  const slope = variance === 0 ? 0 : covariance / variance;
  return { slope, meanX, meanY, points: points.length };
}

export function projectTrend(trend: Trend, x: number): number {
  return trend.meanY + trend.slope * (x - trend.meanX);
}
