/**
 * A small static server for the site suites, on 127.0.0.1 only. It serves
 *   /dist/<file>            packages/elements/dist (the built bundles, as a CDN would)
 *   /a/<file>, /b/<file>    the same files under two more URLs (two copies of salient.js on one page)
 *   /pages/<file>           site/pages (stylesheets and scripts the host pages load from their own origin)
 *   any path in `pages`     an HTML page made by a test, with the response headers the test gives it
 * Unlike apps/demo/scripts/serve.mjs it can set headers per page (a Content-Security-Policy), which is why it exists.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const distDir = fileURLToPath(new URL('../../../packages/elements/dist', import.meta.url));
export const pagesDir = fileURLToPath(new URL('./pages', import.meta.url));

/** The bundles the suites load; missing ones mean the build has not run. */
export const bundles = ['salient.js', 'territory-bar.js', 'encirclement.js', 'supply-road.js', 'pipeline.js'] as const;

export function assertBuilt(): void {
  const missing = bundles.filter((file) => !existsSync(path.join(distDir, file)));
  if (missing.length) {
    throw new Error(
      `packages/elements/dist lacks ${missing.join(', ')}: run \`npm run build -w @salient/elements\` first ` +
        '(turbo builds it before this workspace’s tests)',
    );
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface HostPage {
  html: string;
  headers?: Record<string, string>;
}

export interface Server {
  origin: string;
  /** Pages by path ("/csp.html"); tests add theirs before visiting them. */
  pages: Map<string, HostPage>;
  close(): Promise<void>;
}

/** Where a URL path is on disk, or null when it names nothing this server serves. */
function fileFor(pathname: string): string | null {
  const [, top, ...rest] = decodeURIComponent(pathname).split('/');
  const root = top === 'dist' || top === 'a' || top === 'b' ? distDir : top === 'pages' ? pagesDir : null;
  if (!root || rest.length === 0) return null;
  const file = path.resolve(root, ...rest);
  return file.startsWith(root + path.sep) ? file : null;
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, headers = {}): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers });
  response.end(body);
}

export async function startServer(): Promise<Server> {
  const pages = new Map<string, HostPage>();
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const page = pages.get(pathname);
    if (page) return send(response, 200, TYPES['.html'], page.html, page.headers);
    // No icon, and no 404 for it in the console.
    if (pathname === '/favicon.ico') return send(response, 204, 'image/x-icon', '');
    const file = fileFor(pathname);
    if (!file) return send(response, 404, 'text/plain', 'Not found');
    readFile(file).then(
      (body) => send(response, 200, TYPES[path.extname(file)] ?? 'application/octet-stream', body),
      () => send(response, 404, 'text/plain', 'Not found'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('the server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    pages,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
