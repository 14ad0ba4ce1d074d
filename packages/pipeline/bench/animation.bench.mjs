#!/usr/bin/env node
// Benchmark (not a test) of <salient-pipeline>'s playback in Chromium: frame times over 10 s of playback, at
// normal speed and with the CPU throttled 4× through the DevTools protocol (Emulation.setCPUThrottlingRate).
// The aim: 60 fps, no long task over 50 ms. Run with `npm run bench` in packages/pipeline.
//
// Frame times are the deltas between requestAnimationFrame callbacks of a separate probe loop in the page; a frame
// is counted as dropped when its delta is over 1.5 × 16.7 ms. Long tasks come from a PerformanceObserver. The
// element's own per-frame work (its onFrame callback) is timed as well. The measuring is bench/lib/frames.mjs.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { launchOptions } from '../../../scripts/chromium.mjs';
// The frame probe (with the element's own work per frame), its summary and the CPU throttle are shared with the
// cross-library benchmark (npm run bench).
import { formatFrames, measureFrames } from '../../../bench/lib/frames.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../../..', import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

const server = await createServer({
  root: here,
  configFile: false,
  logLevel: 'error',
  mode: 'production',
  // Workspace packages from source; Lit's production build (no dev-mode checks).
  resolve: { conditions: ['source', 'module', 'browser', 'production'] },
  server: { port: 0, host: '127.0.0.1', fs: { allow: [root] } },
});
await server.listen();
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch(launchOptions);

/** One run: load the page, play for SECONDS, return what the page recorded. */
async function run(throttle) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
  const cdp = await page.context().newCDPSession(page);
  // Vite may reload the page once while it pre-bundles dependencies on a first run: try again then.
  for (let attempt = 0; ; attempt++) {
    try {
      await page.goto(url);
      await page.evaluate(() => window.ready);
      break;
    } catch (error) {
      if (attempt === 2) throw error;
      await page.waitForTimeout(1000);
    }
  }
  // measureFrames warms up for 0.5 s at the throttled speed, then records while the element plays.
  await page.evaluate(() => document.querySelector('salient-pipeline').play());
  const result = await measureFrames(page, cdp, { seconds: SECONDS, throttle, selector: 'salient-pipeline' });
  await page.close();
  return result;
}

try {
  console.log(`<salient-pipeline>: ${SECONDS} s of playback at 1000 px, Chromium ${browser.version()} (${launchOptions.args.includes('--disable-gpu') ? 'software rendering' : 'GPU'})`);
  console.log('\nnormal CPU');
  console.log(formatFrames(await run(1)));
  console.log('\nCPU throttled 4× (Emulation.setCPUThrottlingRate 4)');
  console.log(formatFrames(await run(4)));
} finally {
  await browser.close();
  await server.close();
}
