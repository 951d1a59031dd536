// Counts in messages read alike whatever the site's locale, like the rest of a message.
const COUNT = new Intl.NumberFormat('en-US');

/** `1 error`, `2 errors`, `1 data file`, `1,284 errors`. */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${COUNT.format(count)} ${count === 1 ? noun : pluralNoun}`;
}
