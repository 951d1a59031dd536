/**
 * Generates the SYNTHETIC sales data of the example site: `data/orders.csv` and
 * `data/web-sessions.csv`, for an invented online shop from 2014-01-01 through
 * 2015-12-20. None of it describes a real business.
 *
 * Regenerate with `node data/generate-sales.ts` (Node 24). A fixed seed drives a
 * small PRNG and the script uses only arithmetic that is exact in every engine
 * (no Math.random, no clock, no logarithms or trigonometry), so every run writes
 * the same bytes.
 *
 * The story in the numbers: traffic grows steadily, with a holiday peak each
 * November and December and quieter weekends; a checkout redesign lifts
 * conversion from September 2014; a slow payment page hurts it in September
 * and October 2015; promotion codes from June 2015 pull the average order
 * value down. The data stops on 20 December 2015, so that December 2015 is a
 * partial ("to date") period.
 */
import { writeFileSync } from 'node:fs';

const SEED = 20151220;
const FIRST_DAY = '2014-01-01';
const LAST_DAY = '2015-12-20';
const DAY_MS = 86_400_000;

const CHANNELS = ['search', 'ads', 'email', 'social'] as const;
type Channel = (typeof CHANNELS)[number];

/** Sessions per day at the start, before trend and seasonality. */
const BASE_SESSIONS: Record<Channel, number> = { search: 110, ads: 50, email: 25, social: 35 };
/** Extra growth over the two years, on top of the shop-wide trend. */
const CHANNEL_GROWTH: Record<Channel, number> = { search: 0, ads: 0.5, email: 0.2, social: 0.1 };
/** Share of sessions that end in an order, before the conversion events. */
const BASE_CONVERSION: Record<Channel, number> = {
  search: 0.021,
  ads: 0.016,
  email: 0.042,
  social: 0.01,
};
/** Share of sessions that create an account. */
const SIGNUP_RATE: Record<Channel, number> = {
  search: 0.03,
  ads: 0.025,
  email: 0.01,
  social: 0.04,
};

/** Traffic by calendar month, January first: a summer lull and a holiday peak. */
const MONTH_TRAFFIC = [0.95, 0.92, 0.97, 0.98, 1, 0.95, 0.92, 0.94, 1, 1.03, 1.15, 1.22];
/** Traffic and conversion by weekday, Sunday first (as `getUTCDay` counts). */
const WEEKDAY_TRAFFIC = [1.02, 1.06, 1.05, 1.03, 1, 0.94, 0.9];
const WEEKDAY_CONVERSION = [0.95, 1.02, 1.03, 1.03, 1.02, 0.98, 0.9];

const REGIONS = [
  { name: 'Northeast', weight: 0.3 },
  { name: 'South', weight: 0.28 },
  { name: 'Midwest', weight: 0.2 },
  { name: 'West', weight: 0.22 },
];
const STATUSES = [
  { name: 'paid', weight: 0.91 },
  { name: 'refunded', weight: 0.05 },
  { name: 'cancelled', weight: 0.04 },
];
/** How many items an order holds. */
const BASKET_SIZES = [
  { name: 1, weight: 0.55 },
  { name: 2, weight: 0.28 },
  { name: 3, weight: 0.12 },
  { name: 4, weight: 0.05 },
];
/** List prices of the shop's catalogue, in dollars. */
const PRICES = [12.5, 16, 19.9, 24, 29.9, 34, 39.5, 49, 59, 79];

/** mulberry32: a tiny, well-mixed 32-bit PRNG; returns floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const random = mulberry32(SEED);

/** Noise around 1 with the given spread: the mean of three uniforms, roughly bell-shaped. */
function noise(spread: number): number {
  const centred = (random() + random() + random()) / 3 - 0.5;
  return 1 + 2 * spread * centred;
}

function pick<T>(options: readonly { name: T; weight: number }[]): T {
  let rest = random();
  for (const option of options) {
    rest -= option.weight;
    if (rest < 0) return option.name;
  }
  return options[options.length - 1]!.name;
}

/** How many of `trials` independent chances of `probability` succeed. */
function successes(trials: number, probability: number): number {
  let count = 0;
  for (let trial = 0; trial < trials; trial++) if (random() < probability) count++;
  return count;
}

/** Conversion relative to the start: the checkout redesign, then the slow payment page. */
function conversionFactor(day: string): number {
  if (day < '2014-09-01') return 1;
  if (day < '2015-09-01') return 1.12;
  if (day < '2015-11-01') return 0.93;
  return 1.04;
}

function orderAmount(day: string): number {
  const items = pick(BASKET_SIZES);
  let amount = 0;
  for (let item = 0; item < items; item++) {
    amount += PRICES[Math.floor(random() * PRICES.length)]!;
  }
  if (day >= '2015-06-01' && random() < 0.35) amount *= 0.8;
  return Math.round(amount * 100) / 100;
}

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function generate(): { orders: string[]; sessions: string[] } {
  const orders = ['order_id,order_date,region,channel,status,amount'];
  const sessions = ['day,channel,sessions,signups'];
  const first = Date.parse(FIRST_DAY);
  const last = Date.parse(LAST_DAY);
  const span = (last - first) / DAY_MS;
  let orderNumber = 0;

  for (let time = first; time <= last; time += DAY_MS) {
    const day = isoDay(time);
    const date = new Date(time);
    const elapsed = (time - first) / DAY_MS / span;
    const weekday = date.getUTCDay();
    const season = MONTH_TRAFFIC[date.getUTCMonth()]! * WEEKDAY_TRAFFIC[weekday]!;
    const dayOrders: string[] = [];

    for (const channel of CHANNELS) {
      const trend = 1 + (0.35 + CHANNEL_GROWTH[channel]) * elapsed;
      const visits = Math.round(BASE_SESSIONS[channel] * trend * season * noise(0.25));
      const signups = successes(visits, SIGNUP_RATE[channel]);
      sessions.push(`${day},${channel},${visits},${signups}`);

      const rate = BASE_CONVERSION[channel] * conversionFactor(day) * WEEKDAY_CONVERSION[weekday]!;
      const count = successes(visits, rate);
      for (let order = 0; order < count; order++) {
        const region = pick(REGIONS);
        const status = pick(STATUSES);
        dayOrders.push(`${day},${region},${channel},${status},${orderAmount(day).toFixed(2)}`);
      }
    }

    // Number the day's orders after shuffling, so channels interleave as they would in a shop.
    for (let index = dayOrders.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [dayOrders[index], dayOrders[other]] = [dayOrders[other]!, dayOrders[index]!];
    }
    for (const row of dayOrders) {
      orderNumber++;
      orders.push(`SO-${String(orderNumber).padStart(5, '0')},${row}`);
    }
  }
  return { orders, sessions };
}

const { orders, sessions } = generate();
writeFileSync(new URL('./orders.csv', import.meta.url), orders.join('\n') + '\n');
writeFileSync(new URL('./web-sessions.csv', import.meta.url), sessions.join('\n') + '\n');
console.log(
  `data/orders.csv: ${orders.length - 1} orders; data/web-sessions.csv: ${sessions.length - 1} rows`,
);
