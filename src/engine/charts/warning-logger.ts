/**
 * A Vega / Vega-Lite logger that hands warnings and errors to a callback
 * instead of the console, so the build can report them and tests can assert
 * there are none.
 */
import type { ViewOptions } from 'vega';

export type Logger = NonNullable<ViewOptions['logger']>;

const WARN = 2;

// Closures, not a class with private fields: Vega calls these methods detached from the logger.
export function warningLogger(onWarning: (message: string) => void): Logger {
  let level = WARN;
  const text = (args: unknown[]) => args.map(String).join(' ');
  const logger = {
    level(next?: number) {
      if (next === undefined) return level;
      level = next;
      return logger;
    },
    error(...args: unknown[]) {
      onWarning(`error: ${text(args)}`);
      return logger;
    },
    warn(...args: unknown[]) {
      if (level >= WARN) onWarning(text(args));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}
