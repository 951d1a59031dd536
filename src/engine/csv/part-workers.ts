/**
 * Worker threads that read parts of large files. Started once per build
 * (or per file) before they are needed, since a thread takes a while to
 * load the reading code; each reads one part after another and sends it
 * back with its columns moved, not copied.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CsvPart } from './csv-part.ts';
import type { PartReply, PartTask } from './part-task.ts';

const SCRIPT = new URL('./read-part-worker.mjs', import.meta.url);

/** Whether the worker script is on disk beside this module (it is not once bundled). */
export function workersAvailable(): boolean {
  return SCRIPT.protocol === 'file:' && existsSync(fileURLToPath(SCRIPT));
}

class PartWorker {
  readonly #worker: Worker;
  #pending: { resolve: (part: CsvPart) => void; reject: (error: Error) => void } | null = null;
  #failed: Error | null = null;

  constructor(compileCache: string | null) {
    this.#worker = new Worker(SCRIPT, { workerData: { compileCache } });
    this.#worker.unref();
    this.#worker.on('message', (reply: PartReply) => {
      const pending = this.#pending;
      this.#pending = null;
      if ('part' in reply) pending?.resolve(reply.part);
      else pending?.reject(new Error(reply.error));
    });
    this.#worker.on('error', (error: Error) => this.#fail(error));
    this.#worker.on('exit', (code) =>
      this.#fail(new Error(`a CSV worker stopped with code ${code}`)),
    );
  }

  #fail(error: Error): void {
    this.#failed ??= error;
    this.#pending?.reject(error);
    this.#pending = null;
  }

  read(task: PartTask): Promise<CsvPart> {
    if (this.#failed) return Promise.reject(this.#failed);
    return new Promise((resolve, reject) => {
      this.#pending = { resolve, reject };
      this.#worker.postMessage(task);
    });
  }

  close(): Promise<number> {
    return this.#worker.terminate();
  }
}

export class PartWorkers {
  readonly workers: PartWorker[];

  /** `cacheDirectory`: where workers may keep Node's compile cache, to start faster next time. */
  constructor(count: number, cacheDirectory: string | null = null) {
    const compileCache =
      cacheDirectory === null ? null : join(cacheDirectory, 'node-compile-cache');
    this.workers = Array.from({ length: count }, () => new PartWorker(compileCache));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
  }
}
