/** Reads one part of a file (a byte range after the header) into a part: used on worker threads. */
import { decodeUtf8Range } from './decode.ts';
import type { CsvPart } from './csv-part.ts';
import { parseText } from './parse-text.ts';
import type { PartTask } from './part-task.ts';
import { RowReader } from './row-reader.ts';

export async function readPart(task: PartTask): Promise<CsvPart> {
  const reader = new RowReader({
    file: task.file,
    requests: task.requests,
    calendar: task.calendar,
    timeZone: task.timeZone,
    firstLine: 1,
    header: task.header,
    expectedRows: task.expectedRows,
  });
  await parseText(
    decodeUtf8Range(task.path, task.from, task.to),
    { delimiter: task.delimiter, newline: task.newline },
    reader,
  );
  return reader.part();
}
