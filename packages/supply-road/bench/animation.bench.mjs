#!/usr/bin/env node
// Benchmark (not a test) of <salient-supply-road>'s convoy animation in Chromium: frames per second, frame-time
// percentiles and long tasks over ~10 s of requestAnimationFrame, at normal speed and with the CPU throttled 4×
// (CDP Emulation.setCPUThrottlingRate), for the map at 1,000 px and the strip at 320 px.
//
//   npm run bench -w @salient/supply-road            (or: node bench/animation.bench.mjs [seconds])
//   BENCH_SHOTS=/some/dir node bench/animation.bench.mjs   also saves a screenshot mid-run per case
//
// Uses Debian's Chromium through playwright-core (/scripts/chromium.mjs), like the tests and screenshots.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { launchOptions } from '../../../scripts/chromium.mjs';
// The frame probe, its summary and the CPU throttle are shared with the cross-library benchmark (npm run bench).
import { formatFrames, measureFrames } from '../../../bench/lib/frames.mjs';

const ms = (n) => `${n.toFixed(1)} ms`;
const here = path.dirname(fileURLToPath(import.meta.url));
const seconds = Number(process.argv[2] ?? 10);
const shots = process.env.BENCH_SHOTS;

const cases = [
  { name: 'map, 1,000 px', query: 'w=1032&layout=map', throttle: 1 },
  { name: 'map, 1,000 px, CPU 4× slower', query: 'w=1032&layout=map', throttle: 4 },
  { name: 'strip, 320 px', query: 'w=352&layout=strip', throttle: 1 },
  { name: 'strip, 320 px, CPU 4× slower', query: 'w=352&layout=strip', throttle: 4 },
];

const server = await createServer({
  root: here,
  configFile: false,
  logLevel: 'error',
  resolve: { conditions: ['source', 'module', 'browser', 'production'] },
  server: { port: 0, host: '127.0.0.1', fs: { allow: [path.resolve(here, '../../..')] } },
});
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch(launchOptions);
try {
  console.log(`Chromium ${browser.version()}, ${seconds} s per case, convoy animation of <salient-supply-road> (12 March step)`);
  // Frame times measure the machine as much as the graphic: say how busy it was.
  const load = os.loadavg()[0];
  console.log(`${os.cpus().length} CPUs, load average ${load.toFixed(1)}${load > os.cpus().length ? ' (busy: figures will be worse than on an idle machine)' : ''}\n`);
  for (const c of cases) {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${base}?${c.query}`);
    await page.waitForFunction(() => window.__ready && document.querySelector('salient-supply-road').animation.running);
    await cdp.send('Performance.enable');
    const before = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const result = await measureFrames(page, cdp, { seconds, throttle: c.throttle, selector: 'salient-supply-road' });
    const after = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    if (shots) await page.screenshot({ path: path.join(shots, `bench-${c.query.replace(/[^a-z0-9]+/gi, '-')}-x${c.throttle}.png`) });
    await page.close();

    // The metrics span measureFrames' 0.5 s warm-up too: count that share out, as the animation runs steadily.
    const share = seconds / (seconds + 0.5);
    const per = (name) => ((after[name] - before[name]) * 1000 * share) / Math.max(1, result.frames);
    console.log(c.name);
    console.log(formatFrames(result));
    console.log(`  main-thread work per frame: script ${ms(per('ScriptDuration'))}, style ${ms(per('RecalcStyleDuration'))}, layout ${ms(per('LayoutDuration'))}\n`);
  }
} finally {
  await browser.close();
  await server.close();
}
