/**
 * Compiled Vega views, one per chart shape. Compiling and parsing a spec
 * costs most of a render; charts of one shape (same layers, encodings and
 * size) differ only in their named datasets, so each shape is compiled once
 * and its view redrawn with new data.
 */
import { createHash } from 'node:crypto';
import { parse, View } from 'vega';
import type { Datasets } from './chart-datasets.ts';
import { compileSpec } from './compile-spec.ts';
import { splitSpec } from './embeddable-spec.ts';
import type { ChartSpec } from './embeddable-spec.ts';
import { labelSvg } from './svg-label.ts';
import { warningLogger } from './warning-logger.ts';

export interface DrawOptions {
  /**
   * The caller gives up the spec's rows: Vega may write into them (it parses
   * fields and tags rows), which saves copying them first. @default false
   */
  consume?: boolean;
}

export interface ChartViewsOptions {
  /** Called with each Vega-Lite or Vega warning. @default ignore them */
  onWarning?: (message: string) => void;
  /** Shapes kept compiled; the least recently used goes first. @default 32 */
  maxViews?: number;
}

interface CachedView {
  view: View;
  /** The named datasets the view reads: the ones each chart must set. */
  names: string[];
  /** Draws run one after another: a view holds one chart's data at a time. */
  queue: Promise<unknown>;
  /** The size signals as compiled, before any layout. */
  width: number;
  height: number;
}

/** The data sources a compiled spec expects from outside: named, with no values or source. */
function inputNames(vega: ReturnType<typeof compileSpec>['vega']): string[] {
  return (vega.data ?? [])
    .filter((data) => !('source' in data) && !('values' in data) && !('url' in data))
    .map((data) => data.name);
}

export class ChartViews {
  #views = new Map<string, CachedView>();
  #onWarning: (message: string) => void;
  #maxViews: number;

  constructor(options: ChartViewsOptions = {}) {
    this.#onWarning = options.onWarning ?? (() => {});
    this.#maxViews = options.maxViews ?? 32;
  }

  get size(): number {
    return this.#views.size;
  }

  /** Renders a spec to SVG on the view of its shape, compiling that shape on first use. */
  render(spec: ChartSpec, options: DrawOptions = {}): Promise<string> {
    const { shape, datasets, description } = splitSpec(spec);
    const cached = this.#viewFor(shape);
    const rows = options.consume ? datasets : structuredClone(datasets);
    const drawn = cached.queue.then(() => this.#draw(cached, rows));
    cached.queue = drawn.catch(() => {});
    return drawn.then((svg) => labelSvg(svg, description));
  }

  /** Finalizes every view, releasing their dataflows. */
  clear(): void {
    for (const { view } of this.#views.values()) view.finalize();
    this.#views.clear();
  }

  #viewFor(shape: ChartSpec): CachedView {
    const key = createHash('sha256').update(JSON.stringify(shape)).digest('base64url');
    const cached = this.#views.get(key);
    if (cached) {
      // Re-inserting keeps the map in least-recently-used order.
      this.#views.delete(key);
      this.#views.set(key, cached);
      return cached;
    }

    const { vega, warnings } = compileSpec(shape);
    for (const warning of warnings) this.#onWarning(warning);
    const logger = warningLogger((message) => this.#onWarning(message));
    const view = new View(parse(vega), { renderer: 'none', logger });
    const created: CachedView = {
      view,
      names: inputNames(vega),
      queue: Promise.resolve(),
      width: view.width(),
      height: view.height(),
    };
    this.#views.set(key, created);
    this.#evict();
    return created;
  }

  #evict(): void {
    for (const [key, { view, queue }] of this.#views) {
      if (this.#views.size <= this.#maxViews) return;
      this.#views.delete(key);
      // Charts already queued on it still draw; the view goes once they have.
      void queue.then(() => view.finalize());
    }
  }

  async #draw(cached: CachedView, datasets: Datasets): Promise<string> {
    const { view, names } = cached;
    // Vega keeps axis ticks whose values carry over from the previous chart and adds new ones
    // after them; emptying the view first makes every item new, in the order a fresh view has.
    for (const name of names) view.data(name, []);
    await view.runAsync();

    // The rows are the caller's copies or given up (see DrawOptions): Vega writes into them.
    for (const name of names) view.data(name, datasets[name] ?? []);
    // Fitting starts from the current size and settles on a layout near it: start every chart
    // from the compiled size, as a new view would, or the previous chart's layout shows through.
    view.width(cached.width).height(cached.height);
    await view.runAsync();
    return view.toSVG();
  }
}
