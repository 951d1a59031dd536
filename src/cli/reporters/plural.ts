/** `1 error`, `2 errors`, `1 data file`, `3 KPIs`. */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}
