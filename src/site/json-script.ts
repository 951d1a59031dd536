/**
 * JSON for a `<script type="application/json">` element. JSON.stringify alone
 * is not safe there: a string holding `</script>` would end the element. Every
 * `<` (and the line separators JavaScript once rejected) becomes a \u escape,
 * which JSON.parse reads back as the same character.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
