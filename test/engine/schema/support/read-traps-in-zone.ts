/**
 * Run in a child process with TZ set: reads every frontmatter trap and prints
 * the readings, with the zone's offset in January 2026 and a control that a
 * time zone does move, to show that the zone really applied.
 */
import { parse } from 'yaml';
import { TRAPS } from './frontmatter-traps.ts';

const readings = TRAPS.map((trap) => trap.read());

// The trap Pacer avoids: YAML 1.1 makes the date a UTC timestamp, whose local day moves with TZ.
const naive = parse('asOf: 2026-03-01\n', { schema: 'yaml-1.1' }) as { asOf: Date };
const control = naive.asOf.getDate();

const offset = new Date(2026, 0, 1).getTimezoneOffset();
process.stdout.write(JSON.stringify({ offset, control, readings }));
