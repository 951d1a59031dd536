/**
 * Reads a large file on several threads at once. The file is cut at line
 * starts into ranges of a few megabytes; this thread and each worker take
 * the next range whenever they are free, so a worker that starts late
 * simply reads fewer. The parts are joined in file order afterwards.
 * Returns null whenever the result could differ from one pass (no safe
 * cut, a quote problem before a cut, a failing thread), and the caller then
 * reads the file in one pass.
 */
import type { CsvPart, JoinedParts } from './csv-part.ts';
import { PartJoiner } from './part-joiner.ts';
import { decodeFile, decodeUtf8Range } from './decode.ts';
import type { DecodedStart } from './decode.ts';
import { parseText } from './parse-text.ts';
import type { PartTask } from './part-task.ts';
import type { PartWorkers } from './part-workers.ts';
import { RowReader } from './row-reader.ts';
import { LineCutter } from './split-points.ts';

interface Range {
  index: number;
  from: number;
  to: number;
}

/** About this many bytes per range: small enough to share out evenly, large enough to be cheap. */
const RANGE_BYTES = 4 << 20;
/** Ranges grow beyond RANGE_BYTES in files so large that they would be more than this many. */
const MAX_RANGES = 256;

export interface PartsPlan extends Omit<PartTask, 'from' | 'to' | 'expectedRows'> {
  size: number;
  /** Threads reading at once: no range is larger than an even share for each. */
  parts: number;
  /** Byte offset where the header row ends: no cut before it. */
  headerEnd: number;
  /** Lines before the header (a `sep=` line). */
  skippedLines: number;
  /** Bytes a row likely takes, to size each part's columns up front. */
  bytesPerRow: number;
}

/** A range read on this thread: the first with the file's start (mark, `sep=` line, header). */
async function readHere(plan: PartsPlan, from: number, to: number): Promise<CsvPart> {
  const first = from === 0;
  const reader = new RowReader({
    file: plan.file,
    requests: plan.requests,
    calendar: plan.calendar,
    timeZone: plan.timeZone,
    firstLine: first ? plan.skippedLines + 1 : 1,
    header: first ? undefined : plan.header,
    expectedRows: Math.ceil((to - from) / plan.bytesPerRow),
  });
  const start: DecodedStart = { encoding: 'utf-8', skippedLines: 0 };
  const text = first ? decodeFile(plan.path, start, to) : decodeUtf8Range(plan.path, from, to);
  await parseText(text, { delimiter: plan.delimiter, newline: plan.newline }, reader);
  return reader.part();
}

export async function readInParts(
  plan: PartsPlan,
  workers: PartWorkers,
): Promise<JoinedParts | null> {
  const cutter = new LineCutter(plan.path, plan.size, plan.headerEnd);
  // Ranges are cut ahead of the threads that will ask for them: cutting on this thread waits
  // while it parses, and a worker should never wait for its next range.
  const rangeBytes = Math.min(
    Math.max(RANGE_BYTES, Math.ceil(plan.size / MAX_RANGES)),
    Math.ceil(plan.size / plan.parts),
  );
  let from = 0;
  let count = 0;
  let failed = false;
  const ahead: Promise<Range | null>[] = [];
  let cutting: Promise<unknown> = Promise.resolve();
  const cut = (): Promise<Range | null> => {
    const range = cutting.then(async (): Promise<Range | null> => {
      if (from >= plan.size) return null;
      const point = await cutter.next(from + rangeBytes);
      const taken = { index: count++, from, to: point ?? plan.size };
      from = taken.to;
      return taken;
    });
    cutting = range;
    return range;
  };
  for (let index = 0; index <= plan.parts; index++) ahead.push(cut());
  const nextRange = async (): Promise<Range | null> => {
    const range = await ahead.shift()!;
    ahead.push(cut());
    return failed ? null : range;
  };

  const joiner = new PartJoiner(plan.file, Math.ceil(plan.size / plan.bytesPerRow));
  let parts = 0;
  const joined = (index: number, part: CsvPart) => {
    parts++;
    joiner.add(index, part);
  };
  const task = ({ from, to }: Range): PartTask => ({
    path: plan.path,
    file: plan.file,
    from,
    to,
    delimiter: plan.delimiter,
    newline: plan.newline,
    header: plan.header,
    requests: plan.requests,
    calendar: plan.calendar,
    timeZone: plan.timeZone,
    expectedRows: Math.ceil((to - from) / plan.bytesPerRow),
  });
  // The first range is this thread's: it holds the header, and no worker may be ready yet.
  const loops = [
    (async () => {
      for (let range = await nextRange(); range !== null; range = await nextRange())
        joined(range.index, await readHere(plan, range.from, range.to));
    })(),
    ...workers.workers.map(async (worker) => {
      for (let range = await nextRange(); range !== null; range = await nextRange())
        joined(range.index, await worker.read(task(range)));
    }),
  ];
  const settled = await Promise.allSettled(
    loops.map((loop) =>
      loop.catch((error: unknown) => {
        // The others stop taking ranges: the file will be read in one pass.
        failed = true;
        throw error;
      }),
    ),
  );
  await cutter.close();
  if (settled.some((result) => result.status === 'rejected') || parts < 2) return null;

  // A cut inside a quoted field leaves it unclosed at the end of the part before the cut.
  if (joiner.quoteErrorBeforeLast) return null;
  const result = joiner.finish();
  if (result.header === null || result.header.join('\u0000') !== plan.header.join('\u0000'))
    return null;
  return result;
}
