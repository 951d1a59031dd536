/**
 * References: papaparse on the whole file with `header` and `dynamicTyping`
 * (`whole`), and streamed in step mode without them, converting the three
 * columns a KPI uses itself (`step`).
 */
import { createReadStream, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { probe } from './probe-result.ts';

const [path, mode] = process.argv.slice(2);

function whole(): number {
  const parsed = Papa.parse<Record<string, unknown>>(readFileSync(path!, 'utf8'), {
    header: true,
    dynamicTyping: true,
    skipEmptyLines: true,
  });
  return parsed.data.length;
}

function step(): Promise<number> {
  const days: number[] = [];
  const regions: string[] = [];
  const amounts: number[] = [];
  let header = true;
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(createReadStream(path!, 'utf8'), {
      step: ({ data }) => {
        if (header) {
          header = false;
          return;
        }
        if (data.length < 4) return;
        days.push(Date.parse(data[0]!) / 86_400_000);
        regions.push(data[1]!);
        amounts.push(Number(data[3]));
      },
      complete: () => resolve(days.length + 0 * regions.length + 0 * amounts.length),
      error: reject,
    });
  });
}

await probe(async () => ({ rows: mode === 'whole' ? whole() : await step() }));
