/** What a Pacer build's log says: time per kind of route, and the engine's own lines. */

export interface RouteTimes {
  /** Average milliseconds per route of a kind, and how many there were. */
  [kind: string]: { count: number; average: number };
}

const ESCAPE = String.fromCharCode(27);

function withoutColours(log: string): string {
  return log.replaceAll(new RegExp(`${ESCAPE}\\[[0-9;]*m`, 'g'), '');
}

/** Kinds of routes a KPI adds. */
function kindOf(route: string): string {
  if (/^\/kpis\/[^/]+\/index\.html$/.test(route)) return 'KPI page';
  if (/^\/api\/kpis\/[^/]+\.json$/.test(route)) return 'KPI JSON';
  if (/^\/kpis\/[^/]+\.csv$/.test(route)) return 'KPI CSV';
  return 'other';
}

export function routeTimes(log: string): RouteTimes {
  const totals: Record<string, { count: number; sum: number }> = {};
  // Astro's ANSI colours are removed first; each route line ends with its time.
  const plain = withoutColours(log);
  for (const match of plain.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)) {
    const kind = kindOf(match[1]!);
    const total = (totals[kind] ??= { count: 0, sum: 0 });
    total.count++;
    total.sum += Number(match[2]);
  }
  return Object.fromEntries(
    Object.entries(totals).map(([kind, { count, sum }]) => [kind, { count, average: sum / count }]),
  );
}

/** The milliseconds the engine took to compute the report, from its log line. */
export function computedMilliseconds(log: string): number | null {
  const match = /computed in ([\d,]+) ms/.exec(withoutColours(log));
  return match ? Number(match[1]!.replaceAll(',', '')) : null;
}
