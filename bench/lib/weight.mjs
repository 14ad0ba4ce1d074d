// Each element's standalone bundle and salient.js with all four, as @salient/elements builds them, with the
// budgets .size-limit.json holds them to.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { bytesOf } from './compare.mjs';
import { benchDir } from './build.mjs';

const root = path.dirname(benchDir);
const bundles = [
  { file: 'territory-bar.js', what: '<salient-territory-bar> alone' },
  { file: 'encirclement.js', what: '<salient-encirclement> alone' },
  { file: 'supply-road.js', what: '<salient-supply-road> alone' },
  { file: 'pipeline.js', what: '<salient-pipeline> alone' },
  { file: 'salient.js', what: 'all four' },
];

export async function measureWeight() {
  const budgets = JSON.parse(await readFile(path.join(root, '.size-limit.json'), 'utf8'));
  const out = [];
  for (const b of bundles) {
    const file = path.join(root, 'packages/elements/dist', b.file);
    let bytes;
    try {
      bytes = await bytesOf(file);
    } catch {
      throw new Error(`${path.relative(root, file)} is missing: build first (npm run build -w @salient/elements)`);
    }
    const budget = budgets.find((entry) => entry.path.endsWith(`/${b.file}`))?.limit;
    out.push({ ...b, ...bytes, budget });
  }
  return out;
}
