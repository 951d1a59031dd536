const UNSAFE = /[<>&\u2028\u2029]/g;
const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for a `<script type="application/json">` element. JSON.stringify alone
 * is not safe there: a string holding `</script>` would end the element. Every
 * `<` (and the line separators JavaScript once rejected) becomes a \u escape,
 * which JSON.parse reads back as the same character.
 */
export function jsonForScript(value: unknown): string {
  return scriptSafeJson(JSON.stringify(value));
}

/** The same for JSON text already written, so that one text serves the page and a cache key. */
export function scriptSafeJson(json: string): string {
  return json.replace(UNSAFE, (char) => ESCAPES[char]!);
}
