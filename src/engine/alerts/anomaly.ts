/** Robust outlier test: outside the trailing median ± 3 scaled median absolute deviations. */
import { median } from '../aggregate/aggregators.ts';

/** Scales the MAD to estimate a standard deviation for normally distributed data. */
export const MAD_SCALE = 1.4826;
export const ANOMALY_WIDTH = 3;
/** The trailing window: enough history to be robust, recent enough to matter. */
export const ANOMALY_WINDOW = 12;
/** Fewer earlier values than this cannot tell an outlier from noise. */
export const ANOMALY_MIN_HISTORY = 6;

export interface AnomalyBand {
  median: number;
  low: number;
  high: number;
}

/**
 * The band normal values fall in, from the trailing values before the latest.
 * Null with too little history, or when the values barely vary (MAD of 0),
 * where any change at all would count as an anomaly.
 */
export function anomalyBand(history: readonly number[]): AnomalyBand | null {
  const window = history.slice(-ANOMALY_WINDOW);
  if (window.length < ANOMALY_MIN_HISTORY) return null;
  const center = median([...window])!;
  const deviation = median(window.map((value) => Math.abs(value - center)))!;
  if (deviation === 0) return null;
  const width = ANOMALY_WIDTH * MAD_SCALE * deviation;
  return { median: center, low: center - width, high: center + width };
}
