/** A data file reader for tests that counts how often each file is read. */
import { readCsv } from '../../../../src/engine/csv/read-csv.ts';
import type { CsvReader } from '../../../../src/engine/load/read-data.ts';

/** A reader that counts the reads of each file. */
export function countingReader(): { read: CsvReader; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  return {
    reads,
    read: (options) => {
      reads.set(options.file, (reads.get(options.file) ?? 0) + 1);
      return readCsv(options);
    },
  };
}
