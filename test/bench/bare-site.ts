/**
 * The reference for page cost: a bare Astro project of `count` trivial pages
 * (one dynamic route with a title, a paragraph and a stylesheet), built
 * with the same Astro as Pacer, in a folder whose node_modules points at
 * Pacer's.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeBareSite(root: string, count: number, nodeModules: string): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src', 'pages', 'p'), { recursive: true });
  symlinkSync(nodeModules, join(root, 'node_modules'));
  writeFileSync(
    join(root, 'package.json'),
    '{ "name": "bare-bench", "private": true, "type": "module" }\n',
  );
  writeFileSync(
    join(root, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ build: { format: 'directory' } });\n",
  );
  writeFileSync(join(root, 'src', 'page.css'), 'body { font-family: system-ui; margin: 2rem; }\n');
  writeFileSync(
    join(root, 'src', 'pages', 'p', '[id].astro'),
    [
      '---',
      "import '../../page.css';",
      'export function getStaticPaths() {',
      `  return Array.from({ length: ${count} }, (_, index) => ({ params: { id: String(index) } }));`,
      '}',
      'const { id } = Astro.params;',
      '---',
      '<html lang="en"><head><meta charset="utf-8" /><title>Page {id}</title></head>',
      '<body><h1>Page {id}</h1><p>A trivial page, number {id}.</p></body></html>',
      '',
    ].join('\n'),
  );
}
