/**
 * Terminal colours, only when the output is a terminal and NO_COLOR is not
 * set (https://no-color.org), so piped output and CI logs stay plain text.
 */

export interface Colors {
  enabled: boolean;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

function style(open: number, close: number): (text: string) => string {
  return (text) => `\u001b[${open}m${text}\u001b[${close}m`;
}

const plain = (text: string) => text;

export const NO_COLORS: Colors = {
  enabled: false,
  red: plain,
  green: plain,
  yellow: plain,
  blue: plain,
  dim: plain,
  bold: plain,
};

const ANSI_COLORS: Colors = {
  enabled: true,
  red: style(31, 39),
  green: style(32, 39),
  yellow: style(33, 39),
  blue: style(34, 39),
  dim: style(2, 22),
  bold: style(1, 22),
};

export function colorsFor(
  isTTY: boolean,
  env: Readonly<Record<string, string | undefined>>,
): Colors {
  const noColor = env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '';
  return isTTY && !noColor ? ANSI_COLORS : NO_COLORS;
}

/** Text without colour codes, for measuring what a terminal shows. */
export function stripColors(text: string): string {
  // eslint-disable-next-line no-control-regex -- colour codes start with the ESC control character
  return text.replace(/\u001b\[\d+m/g, '');
}
