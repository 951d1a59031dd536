/**
 * Text from CSV cells and frontmatter shown in a terminal: control characters
 * (an escape sequence could clear the screen or fake colours) become visible
 * replacement characters. Tabs and line breaks become spaces.
 */
export function terminalSafe(text: string): string {
  return (
    text
      .replace(/[\t\r\n]/g, ' ')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd')
  );
}
