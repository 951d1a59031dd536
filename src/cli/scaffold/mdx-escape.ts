/**
 * Text safe in an MDX body: `{`, `}`, `<` and `>` would start an expression
 * or a component, so they and `&` become character references, and Markdown
 * syntax characters are backslashed.
 */
const REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '{': '&#123;',
  '}': '&#125;',
};

export function escapeMdx(text: string): string {
  // One pass, so the `#` of a character reference is not escaped again.
  return text
    .replace(/[&<>{}\\`*_[\]|~#!]/g, (char) => REFERENCES[char] ?? `\\${char}`)
    .replace(/\r\n|\r|\n/g, ' ');
}
