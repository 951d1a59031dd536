/** The whole comparison `pacer diff` prints: KPIs that moved and data files that changed. */
import type { DataFileDiff } from './compare-data.ts';
import type { KpiDiff } from './compare-reports.ts';

export interface ReportDiff {
  /** The ref as given on the command line. */
  ref: string;
  commit: string;
  /** Both sides are computed as of this date. */
  asOf: string;
  /** Problems `pacer check` finds at the ref; its numbers are still compared. */
  base: { errors: number; warnings: number };
  kpis: KpiDiff[];
  unchangedKpis: number;
  dataFiles: DataFileDiff[];
}
