/** Runs a probe script in a fresh Node process and reads what it reports. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ProbeResult } from './probe-result.ts';

export function runProbe(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<ProbeResult> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path, ...args], { env });
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = output.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !line.startsWith('{'))
        reject(new Error(`${script} failed (exit ${code}):\n${errors.slice(-2000)}`));
      else resolve(JSON.parse(line) as ProbeResult);
    });
  });
}
