/**
 * What a page costs to load before any chart is enhanced: its HTML, the
 * stylesheets it links and the scripts it loads at once (module scripts and
 * everything they import statically), gzipped as a static host serves them.
 * A dynamic `import()` is not followed: that is how vega-embed is loaded,
 * only once a chart scrolls into view.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  /** Gzipped bytes of everything loaded at once. */
  bytes: number;
  files: string[];
  /** Files only reached through a dynamic import (loaded later, if ever). */
  deferred: string[];
}

function gzipped(text: string | Buffer): number {
  return gzipSync(text, { level: 9 }).length;
}

/** Site path of an asset referenced from a page or module. */
function resolveAsset(from: string, reference: string): string | null {
  if (/^(https?:)?\/\//.test(reference) || reference.startsWith('data:')) return null;
  const path = reference.split(/[?#]/)[0]!;
  return path.startsWith('/') ? path : posix.join(posix.dirname(from), path);
}

// Bundlers quote module names with ", ' or ` (as template literals).
const STATIC_IMPORT =
  /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`]([^"'`]+)["'`]\s*\)/g;

export function pageWeight(outDir: string, page: string, base = '/'): PageWeight {
  const html = readFileSync(join(outDir, page), 'utf8');
  const files = [page];
  let bytes = gzipped(html);
  const pending: string[] = [];
  const pagePath = `/${page}`;
  const strip = (path: string) => (path.startsWith(base) ? `/${path.slice(base.length)}` : path);

  for (const match of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = match[0];
    if (!/rel="?(stylesheet|modulepreload)"?/.test(tag)) continue;
    const href = /href="([^"]+)"/.exec(tag)?.[1];
    const asset = href ? resolveAsset(pagePath, href) : null;
    if (asset) pending.push(strip(asset));
  }
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) {
    const asset = resolveAsset(pagePath, match[1]!);
    if (asset) pending.push(strip(asset));
  }
  // Inline module scripts may import modules too.
  for (const match of html.matchAll(/<script\b[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g))
    for (const imported of match[1]!.matchAll(STATIC_IMPORT)) {
      const asset = resolveAsset(pagePath, imported[1]!);
      if (asset) pending.push(strip(asset));
    }

  const seen = new Set<string>();
  const dynamic = new Set<string>();
  while (pending.length > 0) {
    const asset = pending.pop()!;
    if (seen.has(asset)) continue;
    seen.add(asset);
    const content = readFileSync(join(outDir, asset));
    files.push(asset.slice(1));
    bytes += gzipped(content);
    if (!asset.endsWith('.js')) continue;
    const text = content.toString('utf8');
    for (const match of text.matchAll(STATIC_IMPORT)) {
      const next = resolveAsset(asset, match[1]!);
      if (next) pending.push(strip(next));
    }
    for (const match of text.matchAll(DYNAMIC_IMPORT)) {
      const next = resolveAsset(asset, match[1]!);
      if (next) dynamic.add(strip(next).slice(1));
    }
  }
  const deferred = [...dynamic].filter((file) => !seen.has(`/${file}`));
  return { bytes, files, deferred };
}
