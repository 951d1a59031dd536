/** Worker thread entry: reads each part of a file it is sent and posts it back. */
import { parentPort } from 'node:worker_threads';
import type { PartReply, PartTask } from './part-task.ts';
import { transferables } from './part-task.ts';
import { readPart } from './read-part.ts';

const port = parentPort!;
port.on('message', (task: PartTask) => {
  readPart(task).then(
    (part) => port.postMessage({ part } satisfies PartReply, transferables(part)),
    (error: unknown) =>
      port.postMessage({
        error: error instanceof Error ? error.message : String(error),
      } satisfies PartReply),
  );
});
