#!/usr/bin/env node
// npm run bench: Salient against the libraries a newsroom would otherwise use, in one Chromium run. It measures and
// reports; it never fails on a timing (it exits non-zero only when it cannot measure at all).
//
//   npm run bench -w @salient/bench          full run (5 to 8 minutes), results in bench/results/ and the README
//   BENCH_QUICK=1 npm run bench -w @salient/bench   few iterations, results in bench/.build/results/ only
//   node run.mjs --report                    rewrite latest.md, comparison.svg and the README from latest.json
//
// Needs the element bundles built first (the root `npm run bench` builds them). See bench/README.md for the method.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { launchOptions } from '../scripts/chromium.mjs';
import { buildAnimation, animated, runAnimation } from './lib/animation.mjs';
import { benchDir, buildDir, cleanBuild } from './lib/build.mjs';
import { comparisonSvg } from './lib/chart.mjs';
import { buildGroup, compare } from './lib/compare.mjs';
import { mapContenders, territoryContenders } from './lib/contenders.mjs';
import { cpuCheck, loadNow, machine, machineLine } from './lib/machine.mjs';
import { updateReadme } from './lib/readme.mjs';
import { markdown, readmeRegion } from './lib/report.mjs';
import { buildScale, runScale } from './lib/scale.mjs';
import { serve } from './lib/serve.mjs';
import { measureWeight } from './lib/weight.mjs';

const quick = process.env.BENCH_QUICK === '1';
const params = quick
  ? { loads: 3, changes: 10, seconds: 2, scaleLoads: 1, idleSeconds: 2, scrollSeconds: 3 }
  : { loads: 30, changes: 50, seconds: 10, scaleLoads: 15, idleSeconds: 3, scrollSeconds: 10 };
const resultsDir = quick ? path.join(buildDir, 'results') : path.join(benchDir, 'results');

const started = performance.now();
const log = (line) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);
const reportOnly = process.argv.includes('--report');

const results = reportOnly ? JSON.parse(await readFile(path.join(resultsDir, 'latest.json'), 'utf8')) : await measure();
if (!reportOnly) await writeFile(path.join(resultsDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
await writeFile(path.join(resultsDir, 'latest.md'), markdown(results));
await writeFile(path.join(resultsDir, 'comparison.svg'), comparisonSvg(results));
if (!quick) await updateReadme(path.join(benchDir, '..', 'README.md'), readmeRegion(results));
log(`results in ${path.relative(process.cwd(), resultsDir) || '.'}/ (latest.json, latest.md, comparison.svg)${quick ? '' : ' and README.md'}`);
console.log(`\n${markdown(results).split('## Territory bar')[0]}`);
log(`machine: ${machineLine(results.machine)}`);

/** Builds the pages, runs every benchmark in one Chromium, and returns the results. */
async function measure() {
  const info = machine();
  log(`${quick ? 'Quick run' : 'Full run'}; load average ${info.loadStart.join(' / ')} on ${info.cores} cores${info.loadStart[0] > 1.5 ? ' (busy: timings will be worse and noisier)' : ''}`);

  log('building the contender pages (Vite, production, minified)');
  await cleanBuild();
  const weight = await measureWeight();
  const territoryBytes = await buildGroup('territory', territoryContenders);
  const mapBytes = await buildGroup('map', mapContenders);
  await buildAnimation();
  await buildScale();

  const server = await serve(buildDir);
  // Each part in a browser of its own: one that has just opened hundreds of pages runs the next part slower than a
  // reader's browser would (the 100-graphic page 13–40% slower after the other parts than alone), and by an amount
  // that depends on what ran before.
  const fresh = async (work) => {
    const browser = await chromium.launch(launchOptions);
    info.chromium ||= browser.version();
    try {
      return await work(browser);
    } finally {
      await browser.close();
    }
  };
  let results;
  try {
    await mkdir(resultsDir, { recursive: true });
    const shots = path.join(buildDir, 'screenshots');
    await mkdir(shots, { recursive: true });
    const base = server.url;
    log(`Chromium at ${launchOptions.executablePath}; pages on ${base}`);

    log('territory bar against peers');
    const territory = await fresh((browser) => compare({ browser, base, group: 'territory', contenders: territoryContenders, loads: params.loads, changes: params.changes, shots, log }));
    log('the map against plain d3-geo');
    const map = await fresh((browser) => compare({ browser, base, group: 'map', contenders: mapContenders, loads: params.loads, changes: params.changes, shots, log }));
    log(`animations, ${params.seconds} s each`);
    const animation = await fresh((browser) => runAnimation({ browser, base, seconds: params.seconds, log }));
    log('100 graphics on a page');
    const scale = await fresh((browser) => runScale({ browser, base, loads: params.scaleLoads, idleSeconds: params.idleSeconds, scrollSeconds: params.scrollSeconds, log }));

    info.loadEnd = loadNow();
    info.cpuEnd = cpuCheck();
    results = {
      date: new Date().toISOString(),
      quick,
      seconds: (performance.now() - started) / 1000,
      params,
      machine: info,
      territory: { contenders: territoryContenders, bytes: territoryBytes, results: territory },
      map: { contenders: mapContenders, bytes: mapBytes, results: map },
      animation: { elements: animated, results: animation },
      scale,
      weight,
    };
  } finally {
    await server.close();
  }
  return results;
}
