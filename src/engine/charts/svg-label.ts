/**
 * Makes a rendered chart one labelled image for assistive technology. Vega
 * labels the container element in a browser, but a headless SVG string
 * carries no label, so the root gets it here.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

export function labelSvg(svg: string, description: string | null): string {
  const label = description === null ? '' : ` aria-label="${escapeXml(description)}"`;
  return svg.replace(/^<svg /, `<svg role="img"${label} `);
}
