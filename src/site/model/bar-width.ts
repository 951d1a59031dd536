/** The width of a progress bar as a CSS percentage: clamped to the track, unlike the number shown. */
export function barWidth(fraction: number | null): string {
  if (fraction === null || !Number.isFinite(fraction)) return '0%';
  const clamped = Math.min(1, Math.max(0, fraction));
  return `${Math.round(clamped * 1000) / 10}%`;
}
