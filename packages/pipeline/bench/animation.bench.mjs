#!/usr/bin/env node
// Benchmark (not a test) of <salient-pipeline>'s playback in Chromium: frame times over 10 s of playback, at
// normal speed and with the CPU throttled 4× through the DevTools protocol (Emulation.setCPUThrottlingRate).
// The aim: 60 fps, no long task over 50 ms. Run with `npm run bench` in packages/pipeline.
//
// Frame times are the deltas between requestAnimationFrame callbacks of a separate probe loop in the page; a frame
// is counted as dropped when its delta is over 1.5 × 16.7 ms. Long tasks come from a PerformanceObserver. The
// element's own per-frame work (its onFrame callback) is timed as well.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { launchOptions } from '../../../scripts/chromium.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../../..', import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const FRAME = 1000 / 60;

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
  await page.waitForTimeout(500);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const result = await page.evaluate(async (seconds) => {
    const el = document.querySelector('salient-pipeline');
    const longTasks = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
    observer.observe({ type: 'longtask', buffered: false });
    // Time the element's own work per frame.
    const options = el.animation.options;
    const onFrame = options.onFrame;
    const work = [];
    options.onFrame = (elapsed, now) => {
      const t0 = performance.now();
      onFrame(elapsed, now);
      work.push(performance.now() - t0);
    };
    const deltas = [];
    let last = 0;
    let probing = true;
    const probe = (now) => {
      if (last) deltas.push(now - last);
      last = now;
      if (probing) requestAnimationFrame(probe);
    };
    const frames0 = el.animation.frameCount;
    const time0 = el.currentTime;
    requestAnimationFrame(probe);
    el.play();
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    probing = false;
    el.pause();
    observer.disconnect();
    options.onFrame = onFrame;
    return {
      deltas,
      work,
      longTasks,
      frames: el.animation.frameCount - frames0,
      storyHours: (el.currentTime - time0) / 3_600_000,
    };
  }, SECONDS);
  await page.close();
  return result;
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : Number.NaN;
};
const ms = (n) => `${n.toFixed(1)} ms`;

function report(label, r) {
  const dropped = r.deltas.filter((d) => d > 1.5 * FRAME).length;
  const fps = r.deltas.length / (r.deltas.reduce((a, b) => a + b, 0) / 1000);
  const over50 = r.longTasks.filter((d) => d > 50);
  console.log(`\n${label}`);
  console.log(`  frames           ${r.deltas.length} probe frames, ${r.frames} element frames, ${fps.toFixed(1)} fps; ${r.storyHours.toFixed(1)} h of story played`);
  console.log(`  frame time       p50 ${ms(percentile(r.deltas, 50))}  p95 ${ms(percentile(r.deltas, 95))}  p99 ${ms(percentile(r.deltas, 99))}  max ${ms(Math.max(...r.deltas))}`);
  console.log(`  dropped frames   ${dropped} (${((100 * dropped) / Math.max(1, r.deltas.length)).toFixed(1)}%, delta > ${ms(1.5 * FRAME)})`);
  console.log(`  element's work   p50 ${ms(percentile(r.work, 50))}  p95 ${ms(percentile(r.work, 95))}  p99 ${ms(percentile(r.work, 99))}  max ${ms(Math.max(...r.work))} per frame`);
  console.log(`  long tasks       ${r.longTasks.length}${r.longTasks.length ? `, longest ${ms(Math.max(...r.longTasks))}` : ''}; over 50 ms: ${over50.length}`);
}

try {
  console.log(`<salient-pipeline>: ${SECONDS} s of playback at 1000 px, Chromium ${browser.version()} (${launchOptions.args.includes('--disable-gpu') ? 'software rendering' : 'GPU'})`);
  report('normal CPU', await run(1));
  report('CPU throttled 4× (Emulation.setCPUThrottlingRate 4)', await run(4));
} finally {
  await browser.close();
  await server.close();
}
