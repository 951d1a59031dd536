/** What a thread needs to read one part of a file, and what it sends back. */
import type { CalendarOptions } from '../calendar/grain.ts';
import type { CsvPart } from './csv-part.ts';
import type { Newline } from './parse-text.ts';
import type { ColumnRequest } from './table.ts';

export interface PartTask {
  path: string;
  /** Repository-relative path, as shown in messages. */
  file: string;
  /** Byte range of the part: it starts at a line start, after the header. */
  from: number;
  to: number;
  delimiter: string;
  newline: Newline;
  header: string[];
  requests: ColumnRequest[];
  calendar: CalendarOptions;
  timeZone: string;
  /** Rows the part likely has. */
  expectedRows: number;
}

export type PartReply = { part: CsvPart } | { error: string };

/** The buffers behind a part's columns, to move them to the other thread instead of copying. */
export function transferables(part: CsvPart): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>([part.lines.buffer as ArrayBuffer]);
  for (const [, column] of part.columns) {
    if (column.kind === 'date') {
      buffers.add(column.days.buffer as ArrayBuffer);
      buffers.add(column.grains.buffer as ArrayBuffer);
    } else if (column.kind === 'number') buffers.add(column.values.buffer as ArrayBuffer);
    else buffers.add(column.codes.buffer as ArrayBuffer);
  }
  return [...buffers];
}
