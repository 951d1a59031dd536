/**
 * Chart enhancement. Every chart is already on the page as a static SVG, in
 * a wide and a narrow drawing of which CSS shows one; when the shown one
 * scrolls into view, this loads vega-embed (only then: it is large) and swaps
 * in the interactive view, with tooltips, drawn from that drawing's spec. A
 * drawing hidden by CSS never intersects, so it is enhanced only if it is
 * shown later (a phone turned sideways).
 */
type VegaEmbed = typeof import('vega-embed').default;

let embedder: Promise<VegaEmbed> | null = null;

function loadEmbed(): Promise<VegaEmbed> {
  embedder ??= import('vega-embed').then((module) => module.default);
  return embedder;
}

function readSpec(canvas: HTMLElement): Record<string, unknown> | null {
  const size = canvas.dataset['chart'] ?? '';
  const script = canvas.parentElement?.querySelector(`script[data-chart-spec="${size}"]`);
  if (!script?.textContent) return null;
  try {
    return JSON.parse(script.textContent) as Record<string, unknown>;
  } catch {
    return null;
  }
}

async function enhance(canvas: HTMLElement): Promise<void> {
  const spec = readSpec(canvas);
  if (!spec) return;
  const embed = await loadEmbed();
  const target = document.createElement('div');
  target.className = 'chart__drawing';
  // The canvas is role="img" named by the caption; the drawing inside is hidden from
  // assistive technology, which reads the caption and the table of periods instead.
  target.setAttribute('aria-hidden', 'true');
  // The same SVG renderer as the build; vega-tooltip escapes what it shows.
  await embed(target, spec, { mode: 'vega-lite', renderer: 'svg', actions: false, tooltip: true });
  // The static SVG stays until the interactive one is drawn, so nothing jumps.
  canvas.replaceChildren(target);
  canvas.dataset['enhanced'] = '';
}

export function enhanceCharts(): void {
  const canvases = [...document.querySelectorAll<HTMLElement>('[data-chart]')];
  if (canvases.length === 0 || !('IntersectionObserver' in window)) return;

  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        enhance(entry.target as HTMLElement).catch((error: unknown) => {
          // The static chart stays; enhancement is optional.
          console.warn('Chart enhancement failed', error);
        });
      }
    },
    { rootMargin: '200px 0px' },
  );
  for (const canvas of canvases) observer.observe(canvas);
}
