// The animated elements over `seconds` of playback each, at normal speed and with the CPU throttled 4×.
import { buildPage } from './build.mjs';
import { formatFrames, measureFrames } from './frames.mjs';
import { freshPage } from './pages.mjs';

export const animated = [
  { name: 'pipeline', tag: 'salient-pipeline', label: '<salient-pipeline>' },
  { name: 'supply-road', tag: 'salient-supply-road', label: '<salient-supply-road>' },
];
export const throttles = [1, 4];

export async function buildAnimation() {
  for (const a of animated) {
    await buildPage({ group: 'animation', name: a.name, body: '<div id="chart"></div>', style: '#chart { width: 1000px; padding: 16px; }' });
  }
}

/** Interleaved: each throttle in turn runs every element, so drift during the run reaches both alike. */
export async function runAnimation({ browser, base, seconds, log }) {
  const results = Object.fromEntries(animated.map((a) => [a.name, {}]));
  for (const throttle of throttles) {
    for (const a of animated) {
      const { page, close } = await freshPage(browser, `${base}/animation/${a.name}.html`, { viewport: { width: 1100, height: 1000 } });
      const cdp = await page.context().newCDPSession(page);
      const summary = await measureFrames(page, cdp, { seconds, throttle, selector: a.tag });
      await close();
      results[a.name][`x${throttle}`] = summary;
      log(`  ${a.label}, CPU ${throttle === 1 ? 'normal' : `${throttle}× slower`}\n${formatFrames(summary).replace(/^/gm, '  ')}`);
    }
  }
  return results;
}
