#!/usr/bin/env node
// A static file server for the built site (dist/), on 127.0.0.1 only, the way a CDN would serve it: real 404s
// (no single-page-app fallback), gzip for text, long caching for hashed assets. Used by the site tests and by
// `npm run lighthouse`; by hand: node scripts/serve.mjs [dir] [--port N]
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';

export const distDir = fileURLToPath(new URL('../dist', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * Serves `root` on 127.0.0.1 (port 0: any free one). Resolves to its origin and a close function.
 * `pages` maps a path to an HTML page served before any file (tests put made-up host pages there).
 * @param {string} root
 * @param {{ port?: number, pages?: Map<string, string> }} [options]
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serve(root, { port = 0, pages = new Map() } = {}) {
  const base = path.resolve(root);
  const server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
      const page = pages.get(pathname);
      if (page !== undefined) {
        response.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-store' });
        return response.end(page);
      }
      let file = path.resolve(base, `.${decodeURIComponent(pathname)}`);
      if (file !== base && !file.startsWith(base + path.sep)) return notFound(response);
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info?.isFile()) return notFound(response);
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const headers = {
        'Content-Type': type,
        'X-Content-Type-Options': 'nosniff',
        // Hashed file names never change; everything else is checked each time.
        'Cache-Control': /[\\/]assets[\\/]/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      };
      const compress = /^(text\/|application\/json|image\/svg)/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      if (compress) {
        response.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
        if (request.method === 'HEAD') return response.end();
        createReadStream(file).pipe(createGzip()).pipe(response);
      } else {
        response.writeHead(200, { ...headers, 'Content-Length': info.size });
        if (request.method === 'HEAD') return response.end();
        createReadStream(file).pipe(response);
      }
    } catch {
      response.writeHead(500).end();
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    origin,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function notFound(response) {
  response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const portAt = args.indexOf('--port');
  const port = portAt === -1 ? 4173 : Number(args[portAt + 1]);
  const dir = args.find((arg, i) => !arg.startsWith('--') && i !== portAt + 1) ?? distDir;
  const { origin } = await serve(dir, { port });
  console.log(`Serving ${path.relative(process.cwd(), dir) || '.'} at ${origin}/ (Ctrl-C stops)`);
}
