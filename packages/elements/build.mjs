#!/usr/bin/env node
// Builds the browser bundles of @salient/elements with Vite library mode, one self-contained ES module per entry
// (Lit and every dependency bundled in, minified, no shared chunks):
//   dist/salient.js         every element (CMS use)
//   dist/territory-bar.js   <salient-territory-bar> alone (its size budget, see /.size-limit.json)
//   dist/pipeline.js   <salient-pipeline> alone
//   dist/supply-road.js   <salient-supply-road> alone
//   dist/encirclement.js   <salient-encirclement> alone
// Each entry is a separate Vite build: one multi-entry build would split Lit into a shared chunk, and a
// "standalone" bundle that imports a chunk is neither standalone nor honestly measured.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { minifyCssTemplates } from './minify-css.mjs';

const dir = path.dirname(fileURLToPath(import.meta.url));

/** name -> entry module; the output is dist/<name>.js. */
export const entries = {
  salient: 'src/salient.ts',
  'territory-bar': 'src/territory-bar.ts',
  'pipeline': 'src/pipeline.ts',
  'supply-road': 'src/supply-road.ts',
  'encirclement': 'src/encirclement.ts',
};

/**
 * Workspace packages resolve to their TypeScript sources through the `source` export condition (as in
 * /vitest.shared.ts `sourceConditions`, here with the production variant of Lit and friends).
 */
export const conditions = ['source', 'module', 'browser', 'production'];

/** Third-party notices for code bundled in (the per-file @license comments are stripped by the minifier). */
const BANNER =
  '/*! Salient (MIT). Bundles Lit (BSD-3-Clause, Copyright Google LLC) and d3 modules (ISC, Copyright Mike Bostock). */';

/** @returns {import('vite').InlineConfig} */
export function bundleConfig(name, entry, { emptyOutDir = false } = {}) {
  return {
    configFile: false,
    root: dir,
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    plugins: [minifyCssTemplates()],
    resolve: { conditions },
    build: {
      outDir: 'dist',
      emptyOutDir,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      reportCompressedSize: false,
      lib: {
        entry: path.join(dir, entry),
        formats: ['es'],
        fileName: () => `${name}.js`,
      },
      rolldownOptions: {
        output: {
          codeSplitting: false,
          // Vite's library mode keeps whitespace and /* @__PURE__ */ annotations in ES output so that bundlers
          // downstream can tree-shake; these files are served as-is to browsers, so minify fully.
          minify: true,
          comments: { annotation: false, jsdoc: false, legal: false },
          postBanner: BANNER,
        },
      },
    },
  };
}

export async function buildAll(extra = (config) => config) {
  let first = true;
  for (const [name, entry] of Object.entries(entries)) {
    await build(extra(bundleConfig(name, entry, { emptyOutDir: first })));
    first = false;
    console.log(`built dist/${name}.js`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildAll();
}
