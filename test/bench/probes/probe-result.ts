/**
 * What a probe (a measurement run in a fresh process) reports: the time of
 * its work, and the memory it added to the process at its peak. The work's
 * memory is the peak resident size minus the size before the work, so that
 * it counts the data and the threads the work started, not the modules
 * every run loads anyway.
 */
export interface ProbeResult {
  milliseconds: number;
  /** Peak resident size of the process, in bytes. */
  peakBytes: number;
  /** Resident size before the work, in bytes. */
  baseBytes: number;
  /** Anything else the probe counted. */
  detail?: Record<string, number | string>;
}

/** Runs `work` and prints what it took as one line of JSON. */
export async function probe(work: () => Promise<ProbeResult['detail'] | void>): Promise<void> {
  const baseBytes = process.memoryUsage().rss;
  const started = performance.now();
  const detail = (await work()) ?? undefined;
  const milliseconds = performance.now() - started;
  const peakBytes = process.resourceUsage().maxRSS * 1024;
  const result: ProbeResult = { milliseconds, peakBytes, baseBytes, ...(detail ? { detail } : {}) };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
