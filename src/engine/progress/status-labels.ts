/** How each status reads to a person: the word pages, feeds and alert messages use. */
import type { Status } from './status.ts';

export const STATUS_LABELS: Record<Status, string> = {
  missed: 'Missed',
  'off-track': 'Off track',
  'at-risk': 'At risk',
  'on-track': 'On track',
  achieved: 'Achieved',
  'no-target': 'No target',
  'no-data': 'No data',
};

/** The status as it reads inside a sentence: "on track". */
export function statusInText(status: Status): string {
  return STATUS_LABELS[status].toLowerCase();
}
