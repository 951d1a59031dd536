/**
 * A tiny static file server for a built site, serving it under its base path
 * the way GitHub Pages and most hosts do: `/base/kpis/x/` serves
 * `kpis/x/index.html`, a folder without its slash redirects, anything else
 * gets 404.html with status 404.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** The site's home, with the base path: `http://127.0.0.1:1234/my-kpis/`. */
  url: string;
  origin: string;
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
}

export async function serveSite(root: string, base = '/'): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://local').pathname);
      const notFound = async () => {
        response.statusCode = 404;
        response.setHeader('Content-Type', TYPES['.html']!);
        const page = join(root, '404.html');
        if (await isFile(page)) createReadStream(page).pipe(response);
        else response.end('Not found');
      };
      if (!pathname.startsWith(base)) return notFound();

      const relativePath = normalize(pathname.slice(base.length));
      if (relativePath.startsWith('..')) return notFound();
      let file = join(root, relativePath);
      if (await isDirectory(file)) {
        if (!pathname.endsWith('/')) {
          response.writeHead(301, { Location: `${pathname}/` });
          return response.end();
        }
        file = join(file, 'index.html');
      }
      if (!(await isFile(file))) return notFound();
      response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
      createReadStream(file).pipe(response);
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
