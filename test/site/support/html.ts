/** Small readers for built HTML, enough for tests that check text and links. */

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The visible text of some HTML, without scripts and SVG, with whitespace collapsed. */
export function textOf(html: string): string {
  const stripped = html
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<svg[\s\S]*?<\/svg>/gi, ' ')
    .replace(/<[^>]+>/g, ' ');
  return decodeEntities(stripped).replace(/\s+/g, ' ').trim();
}

/** The outer HTML of the first element whose opening tag matches `opening`, up to its matching close. */
export function element(html: string, opening: RegExp): string {
  const match = opening.exec(html);
  if (!match) throw new Error(`no element matches ${opening}`);
  const tag = /^<([a-z0-9-]+)/i.exec(match[0])![1]!;
  const pattern = new RegExp(`<${tag}\\b|</${tag}>`, 'gi');
  pattern.lastIndex = match.index + match[0].length;
  let depth = 1;
  for (let found = pattern.exec(html); found; found = pattern.exec(html)) {
    depth += found[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return html.slice(match.index, found.index + found[0].length);
  }
  throw new Error(`element ${opening} is not closed`);
}

/** An opening tag, whose quoted attribute values may hold `>`. */
const TAG =
  /<([a-z][a-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Every opening tag: its name and its attributes, decoded. */
export function tags(html: string): { name: string; attributes: [string, string][] }[] {
  return [...html.matchAll(TAG)].map((match) => ({
    name: match[1]!.toLowerCase(),
    attributes: [...(match[2] ?? '').matchAll(ATTRIBUTE)].map(
      (attribute) =>
        [
          attribute[1]!.toLowerCase(),
          decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? ''),
        ] as [string, string],
    ),
  }));
}

/** Every value of the given attributes (href, src, …) in the HTML, decoded. */
export function attributeValues(html: string, names: readonly string[]): string[] {
  return tags(html).flatMap((tag) =>
    tag.attributes.filter(([name]) => names.includes(name)).map(([, value]) => value),
  );
}

/** The document with every opening tag's attributes removed, leaving text and tag names. */
export function withoutAttributes(html: string): string {
  return html.replace(TAG, (_whole, name: string) => `<${name}>`);
}
