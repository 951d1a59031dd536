/**
 * The part of an earlier `pacer report --json` that `pacer alerts` reads,
 * validated, so that a truncated or foreign file is refused with a reason
 * instead of being read as "no alerts before".
 */
import { z } from 'zod';
import { ALERT_RULES } from '../../engine/alerts/alert.ts';
import { STATUSES } from '../../engine/progress/status.ts';

const alertSchema = z.object({
  rule: z.enum(ALERT_RULES),
  severity: z.enum(['warning', 'critical']),
  period: z.string(),
  message: z.string(),
});

const kpiSnapshotSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(STATUSES),
  alerts: z.array(alertSchema),
});

export const reportSnapshotSchema = z.object({
  generated: z.string(),
  asOf: z.string(),
  kpis: z.array(kpiSnapshotSchema),
});

export type ReportSnapshot = z.output<typeof reportSnapshotSchema>;
export type KpiSnapshot = z.output<typeof kpiSnapshotSchema>;
