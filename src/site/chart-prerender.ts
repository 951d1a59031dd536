/**
 * KPI pages' charts drawn ahead of the pages, on worker threads. Drawing is
 * most of what a KPI page costs, and Astro renders pages one at a time on
 * one thread: the build starts drawing as soon as the report is computed,
 * in the order Astro builds the pages, so that the drawings are done on the
 * other cores while Astro bundles the site and renders the pages.
 *
 * Drawings wait for their page in memory; drawing pauses while more than a
 * budget of them waits. A page that comes before its drawing moves it to
 * the front; one whose drawing failed draws its charts itself.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { KpiReport, Report } from '../engine/report/types.ts';
import { kpiPageChartsRequest, offerPrerenderedCharts } from './page-charts.ts';
import type { KpiPageCharts, KpiPageChartsRequest } from './page-charts.ts';

const SCRIPT = new URL('./chart-worker.mjs', import.meta.url);

/** Charts each thread is given at once, so that it never waits for the next. */
const PER_THREAD = 2;

export interface ChartTask {
  id: number;
  request: KpiPageChartsRequest;
}

export type ChartReply = { id: number; charts: KpiPageCharts } | { id: number; error: string };

export interface ChartPrerenderOptions {
  /**
   * Worker threads. @default one fewer than the machine's cores (at least
   * one), since Astro keeps a core busy rendering the pages
   */
  threads?: number;
  /** Characters of drawings left waiting for their pages before drawing pauses. @default 16 million */
  budget?: number;
  /** The chart cache's directory, when the build keeps one (see chart-cache.ts). @default none */
  chartCache?: string | null;
  /** Where threads keep Node's compile cache, to start faster next time. @default none */
  compileCache?: string | null;
  /**
   * Megabytes each thread's heap may grow to. Without a limit a thread lets
   * its garbage grow for as long as the machine has room, which adds
   * hundreds of megabytes to a large build's peak; a thread that runs out
   * stops, and its pages draw their own charts. @default 512
   */
  heapLimitMb?: number;
}

/** Whether the worker script is on disk beside this module (it is not once bundled). */
export function chartWorkersAvailable(): boolean {
  return SCRIPT.protocol === 'file:' && existsSync(fileURLToPath(SCRIPT));
}

interface Job {
  request: KpiPageChartsRequest;
  /** What the drawing depends on besides the KPI, to tell whether a page asks for the same. */
  key: string;
  /** Settles with the drawings, or with the error that stopped them: never rejects. */
  result: Promise<KpiPageCharts | Error>;
  settle: (result: KpiPageCharts | Error) => void;
  state: 'queued' | 'drawing' | 'drawn';
  /** A page waits for it: drawn whatever the budget says. */
  wanted: boolean;
  taken: boolean;
  /** Characters of the drawings, once drawn. */
  size: number;
}

function requestKey(request: KpiPageChartsRequest): string {
  const { locale, calendar, reviewPeriods } = request;
  return JSON.stringify([locale, calendar, reviewPeriods]);
}

function sizeOf(charts: KpiPageCharts): number {
  let size = 0;
  for (const chart of [charts.chart, ...charts.breakdowns]) {
    for (const drawing of [chart.wide, chart.narrow])
      size += drawing.svg.length + drawing.specJson.length + drawing.alt.length;
  }
  return size;
}

class ChartThread {
  readonly #worker: Worker;
  readonly #pending = new Map<number, (reply: ChartReply) => void>();
  readonly #onFail: () => void;
  #failed: Error | null = null;

  /** `onFail` is called once the thread has stopped and answered its pending charts. */
  constructor(workerData: object, heapLimitMb: number, onFail: () => void) {
    this.#onFail = onFail;
    this.#worker = new Worker(SCRIPT, {
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: heapLimitMb },
    });
    // Pages never wait on a thread that the build has no more use for.
    this.#worker.unref();
    this.#worker.on('message', (reply: ChartReply) => {
      const done = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      done?.(reply);
    });
    this.#worker.on('error', (error: Error) => this.#fail(error));
    this.#worker.on('exit', (code) =>
      this.#fail(new Error(`a chart thread stopped with code ${code}`)),
    );
  }

  get alive(): boolean {
    return this.#failed === null;
  }

  get load(): number {
    return this.#pending.size;
  }

  draw(task: ChartTask, done: (reply: ChartReply) => void): void {
    this.#pending.set(task.id, done);
    this.#worker.postMessage(task);
  }

  #fail(error: Error): void {
    const first = this.#failed === null;
    this.#failed ??= error;
    for (const [id, done] of this.#pending) done({ id, error: this.#failed.message });
    this.#pending.clear();
    if (first) this.#onFail();
  }

  async close(): Promise<void> {
    this.#failed ??= new Error('the chart threads were closed');
    await this.#worker.terminate();
  }
}

export class ChartPrerender {
  readonly #threads: ChartThread[];
  readonly #budget: number;
  readonly #jobs = new Map<KpiReport, Job>();
  /** Jobs not yet sent to a thread, wanted ones first, then in the pages' order. */
  #queue: Job[] = [];
  #nextId = 0;
  /** Characters drawn and not yet taken by their pages. */
  #waiting = 0;

  /** Starts drawing the charts of `requests`' pages, in that order. */
  constructor(requests: readonly KpiPageChartsRequest[], options: ChartPrerenderOptions = {}) {
    const threads = Math.max(1, options.threads ?? availableParallelism() - 1);
    const workerData = {
      chartCache: options.chartCache ?? null,
      compileCache: options.compileCache ?? null,
    };
    const heapLimitMb = options.heapLimitMb ?? 512;
    this.#threads = Array.from(
      { length: threads },
      () => new ChartThread(workerData, heapLimitMb, () => this.#threadStopped()),
    );
    // Drawings pile up while Astro bundles: a few thousand are enough to keep pages fed, and
    // more only add to the build's peak memory.
    this.#budget = options.budget ?? 16_000_000;
    for (const request of requests) {
      let settle!: Job['settle'];
      const result = new Promise<KpiPageCharts | Error>((resolve) => (settle = resolve));
      const job: Job = {
        request,
        key: requestKey(request),
        result,
        settle,
        state: 'queued',
        wanted: false,
        taken: false,
        size: 0,
      };
      this.#jobs.set(request.kpi, job);
      this.#queue.push(job);
    }
    this.#pump();
  }

  /** Characters drawn and waiting for their pages. */
  get waiting(): number {
    return this.#waiting;
  }

  /**
   * The charts of a page, drawn or being drawn for it; null when they were
   * not asked for with the same options, were taken already, or no thread
   * is left to draw them.
   */
  take(request: KpiPageChartsRequest): Promise<KpiPageCharts> | null {
    const job = this.#jobs.get(request.kpi);
    if (!job) return null;
    this.#jobs.delete(request.kpi);
    job.taken = true;
    if (job.state === 'drawn') this.#waiting -= job.size;
    if (job.state === 'queued') {
      this.#queue.splice(this.#queue.indexOf(job), 1);
      if (job.key !== requestKey(request) || !this.#threads.some((thread) => thread.alive))
        return null;
      job.wanted = true;
      this.#queue.unshift(job);
      this.#pump();
    } else if (job.key !== requestKey(request)) {
      return null;
    }
    // A thread that failed leaves the page to draw its own charts (and fail as it would have).
    return job.result.then(async (result) => {
      if (!(result instanceof Error)) return result;
      const { drawKpiPageCharts } = await import('./charts.ts');
      return drawKpiPageCharts(request);
    });
  }

  /** Stops the threads; charts not drawn yet are drawn by their pages. */
  async close(): Promise<void> {
    this.#abandonQueue(new Error('the chart threads were closed'));
    await Promise.all(this.#threads.map((thread) => thread.close()));
  }

  /** With no thread left, every chart still queued, asked for or not, falls to its page. */
  #threadStopped(): void {
    if (!this.#threads.some((thread) => thread.alive))
      this.#abandonQueue(new Error('no chart thread is left'));
  }

  #abandonQueue(error: Error): void {
    const queued = this.#queue;
    this.#queue = [];
    for (const job of queued) {
      job.state = 'drawn';
      job.settle(error);
    }
  }

  #pump(): void {
    for (;;) {
      const next = this.#queue[0];
      if (!next || (!next.wanted && this.#waiting >= this.#budget)) return;
      const thread = this.#idlest();
      if (!thread) return;
      this.#queue.shift();
      this.#send(next, thread);
    }
  }

  #idlest(): ChartThread | null {
    let idlest: ChartThread | null = null;
    for (const thread of this.#threads) {
      if (thread.alive && thread.load < PER_THREAD && (!idlest || thread.load < idlest.load))
        idlest = thread;
    }
    return idlest;
  }

  #send(job: Job, thread: ChartThread): void {
    job.state = 'drawing';
    thread.draw({ id: this.#nextId++, request: job.request }, (reply) => {
      job.state = 'drawn';
      if ('charts' in reply) {
        job.size = sizeOf(reply.charts);
        if (!job.taken) this.#waiting += job.size;
        job.settle(reply.charts);
      } else {
        job.settle(new Error(reply.error));
      }
      this.#pump();
    });
  }
}

export interface KpiChartsAhead {
  /** Stops the threads and leaves pages to draw their own charts. */
  close(): Promise<void>;
}

/**
 * Starts drawing the charts of every KPI page of the report and offers them
 * to the pages this process renders. Null when the worker script is not on
 * disk (the engine runs bundled).
 */
export function drawKpiChartsAhead(
  report: Report,
  options: Omit<ChartPrerenderOptions, 'compileCache'> & { cacheDirectory?: string | null } = {},
): KpiChartsAhead | null {
  if (!chartWorkersAvailable()) return null;
  const { cacheDirectory = null, ...rest } = options;
  const requests = report.kpis.map((kpi) => kpiPageChartsRequest(report, kpi));
  const prerender = new ChartPrerender(requests, {
    ...rest,
    compileCache: cacheDirectory === null ? null : join(cacheDirectory, 'node-compile-cache'),
  });
  offerPrerenderedCharts((request) => prerender.take(request));
  return {
    close: () => {
      offerPrerenderedCharts(undefined);
      return prerender.close();
    },
  };
}
