#!/usr/bin/env node
// Size of one element alone, the way npm run size measures it (Lit and core bundled in, minified, gzip), without
// touching @salient/elements: node scripts/measure.mjs encirclement
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { bundleConfig } from '../packages/elements/build.mjs';

const name = process.argv[2];
if (!name) {
  console.error('usage: node scripts/measure.mjs <package-name, e.g. territory-bar>');
  process.exit(2);
}
const elements = path.join(path.dirname(fileURLToPath(import.meta.url)), '../packages/elements');
const scratch = path.join(elements, '.measure');
await mkdir(scratch, { recursive: true });
const entry = path.join(scratch, `${name}.ts`);
await writeFile(entry, `import '@salient/${name}/define';\n`);
try {
  const config = bundleConfig(`measure-${name}`, path.relative(elements, entry));
  config.build.outDir = scratch;
  config.build.sourcemap = false;
  await build(config);
  const code = await readFile(path.join(scratch, `measure-${name}.js`));
  console.log(`${name}: ${(code.length / 1000).toFixed(2)} kB min, ${(gzipSync(code, { level: 9 }).length / 1000).toFixed(2)} kB min+gzip`);
} finally {
  await rm(scratch, { recursive: true, force: true });
}
