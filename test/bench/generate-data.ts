/**
 * The bench's sales file: a date, two dimensions and three numbers per row,
 * sorted by date as exports usually are, about 45 bytes a row (1.1 million
 * rows make 50 MB). Written once per size and reused while the generator
 * and its parameters are unchanged.
 */
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { seeded } from './prng.ts';

export const REGIONS = ['north', 'south', 'east', 'west', 'central', 'islands', 'export', 'online'];
export const PRODUCTS = Array.from(
  { length: 40 },
  (_, index) => `product-${String(index + 1).padStart(2, '0')}`,
);
/** The data covers three years, as a KPI site usually shows; the "as of" date is its last day. */
export const FIRST_DAY = Date.UTC(2023, 0, 1) / 86_400_000;
export const DAYS = 1096;
export const AS_OF = new Date((FIRST_DAY + DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
const GENERATOR_VERSION = 3;
const HEADER = 'date,region,product,amount,quantity,cost\n';

function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Writes `rows` rows to `path` unless a file from the same parameters is already there. */
export function writeSalesCsv(
  path: string,
  rows: number,
  seed = 7,
): { bytes: number; reused: boolean } {
  const stamp = `${path}.params`;
  const params = JSON.stringify({ rows, seed, GENERATOR_VERSION });
  if (existsSync(path) && existsSync(stamp) && readFileSync(stamp, 'utf8') === params)
    return { bytes: statSync(path).size, reused: true };

  const random = seeded(seed);
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, HEADER);
    let batch: string[] = [];
    for (let row = 0; row < rows; row++) {
      // Rows spread evenly over the days, with a gentle upward trend in amounts.
      const day = FIRST_DAY + Math.floor((row * DAYS) / rows);
      const trend = 1 + (day - FIRST_DAY) / DAYS;
      const quantity = 1 + random.below(20);
      const amount = Math.round(quantity * (5 + random.next() * 45) * trend * 100) / 100;
      const cost = Math.round(amount * (0.4 + random.next() * 0.4) * 100) / 100;
      batch.push(
        `${isoDay(day)},${REGIONS[random.below(REGIONS.length)]},${PRODUCTS[random.below(PRODUCTS.length)]},${amount.toFixed(2)},${quantity},${cost.toFixed(2)}\n`,
      );
      if (batch.length === 20_000) {
        writeSync(fd, batch.join(''));
        batch = [];
      }
    }
    writeSync(fd, batch.join(''));
  } finally {
    closeSync(fd);
  }
  writeFileSync(stamp, params);
  return { bytes: statSync(path).size, reused: false };
}
