#!/usr/bin/env node
// Builds dist/resize.js, the host page's iframe resizer: src/resize.ts as one classic script (an IIFE, no module,
// no imports), minified, for ES2017 browsers. Prints its size, minified and minified + gzip: the figure a host page
// pays. (The library modules are compiled by tsc, see package.json "build".)

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const dir = path.dirname(fileURLToPath(import.meta.url));
export const resizeFile = path.join(dir, 'dist/resize.js');

/** Bytes of dist/resize.js, minified and gzipped (level 9, as a CDN would). */
export async function resizeSize() {
  const code = await readFile(resizeFile);
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

async function buildResize() {
  await build({
    configFile: false,
    root: dir,
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2017',
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      lib: { entry: path.join(dir, 'src/resize.ts'), formats: ['iife'], name: 'salientResize', fileName: () => 'resize.js' },
      rolldownOptions: {
        output: { minify: true, comments: { annotation: false, jsdoc: false, legal: false } },
      },
    },
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildResize();
  const { min, gzip } = await resizeSize();
  console.log(`built dist/resize.js: ${min} B minified, ${gzip} B minified + gzip`);
}
