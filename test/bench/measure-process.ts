/**
 * Runs a command and measures it from outside: wall time, and the peak
 * resident memory of its whole process tree (Astro starts esbuild, Pacer
 * starts worker threads), sampled from /proc every few milliseconds.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessRun {
  code: number;
  milliseconds: number;
  /** Peak of the sum of the tree's resident memory, in bytes. */
  peakBytes: number;
  output: string;
}

const PAGE_BYTES = 4096;

/** Parent of every process, from /proc. */
function parents(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the fields after the last ")" are fixed.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(parent) ?? [];
      list.push(Number(entry));
      children.set(parent, list);
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

function residentBytes(pid: number): number {
  try {
    const statm = readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
    return Number(statm[1]) * PAGE_BYTES;
  } catch {
    return 0;
  }
}

function treeBytes(root: number): number {
  const children = parents();
  let total = 0;
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    total += residentBytes(pid);
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; sampleMs?: number },
): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peakBytes = 0;
    const sample = () => {
      if (child.pid !== undefined) peakBytes = Math.max(peakBytes, treeBytes(child.pid));
    };
    const timer = setInterval(sample, options.sampleMs ?? 40);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code: code ?? 1, milliseconds: performance.now() - started, peakBytes, output });
    });
  });
}
