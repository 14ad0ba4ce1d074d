// Measuring an animation in Chromium: frame times from a requestAnimationFrame probe, long tasks from a
// PerformanceObserver, the element's own frame count and (where it exposes its loop) its own work per frame; at
// normal speed or with the CPU throttled through the DevTools protocol (Emulation.setCPUThrottlingRate).
// Shared by `npm run bench` (bench/run.mjs) and the packages' own animation benchmarks
// (packages/supply-road/bench, packages/pipeline/bench).
import { percentile } from './stats.mjs';

export const FRAME_MS = 1000 / 60;

/**
 * Runs in the page (pass it to page.evaluate). Probes frames for `ms`; `selector` names the animated element, whose
 * `animation` (core's AnimationController) gives its frame count, and whose per-frame callback is timed if reachable.
 */
export function recordFrames({ ms, selector }) {
  return new Promise((resolve) => {
    const element = selector ? document.querySelector(selector) : null;
    const deltas = [];
    const longTasks = [];
    const work = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
    observer.observe({ type: 'longtask' });
    // The element's own work per frame: its onFrame callback, timed where the controller exposes its options.
    const options = element?.animation?.options;
    const onFrame = options?.onFrame;
    if (onFrame) {
      options.onFrame = (...args) => {
        const t0 = performance.now();
        onFrame(...args);
        work.push(performance.now() - t0);
      };
    }
    const startFrames = element?.animation?.frameCount ?? 0;
    let start = 0;
    let last = 0;
    const tick = (now) => {
      if (!start) start = now;
      else deltas.push(now - last);
      last = now;
      if (now - start < ms) {
        requestAnimationFrame(tick);
        return;
      }
      observer.disconnect();
      if (onFrame) options.onFrame = onFrame;
      resolve({
        deltas,
        longTasks,
        work,
        elapsed: now - start,
        elementFrames: element?.animation ? element.animation.frameCount - startFrames : null,
        running: element?.animation ? element.animation.running : null,
      });
    };
    requestAnimationFrame(tick);
  });
}

const round = (n) => (Number.isFinite(n) ? Math.round(n * 10) / 10 : null);

/** Frames per second, frame-time percentiles, dropped frames and long tasks, from what recordFrames returned. */
export function summarizeFrames(r) {
  const dropped = r.deltas.filter((d) => d > 1.5 * FRAME_MS).length;
  const timing = (values) => ({
    p50: round(percentile(values, 50)),
    p95: round(percentile(values, 95)),
    p99: round(percentile(values, 99)),
    max: round(values.length ? Math.max(...values) : Number.NaN),
  });
  return {
    seconds: round(r.elapsed / 1000),
    fps: round((r.deltas.length / r.elapsed) * 1000),
    frames: r.deltas.length,
    frameTime: timing(r.deltas),
    dropped,
    droppedShare: round((100 * dropped) / Math.max(1, r.deltas.length)),
    longTasks: r.longTasks.length,
    longestTask: round(r.longTasks.length ? Math.max(...r.longTasks) : 0),
    elementFrames: r.elementFrames,
    running: r.running,
    work: r.work.length ? timing(r.work) : null,
  };
}

/**
 * Measures the page's animation for `seconds` with the CPU slowed `throttle` times (1: not at all), after a short
 * warm-up at that speed. `cdp` is a CDP session of the page; the throttle is reset afterwards.
 */
export async function measureFrames(page, cdp, { seconds, throttle = 1, selector, warmup = 500 }) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  try {
    await page.waitForTimeout(warmup);
    return summarizeFrames(await page.evaluate(recordFrames, { ms: seconds * 1000, selector }));
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
}

/** Console lines for one measurement. */
export function formatFrames(s) {
  const ms = (n) => `${n} ms`;
  const lines = [
    `  ${s.fps} fps over ${s.seconds} s${s.elementFrames == null ? '' : `; the element ran ${s.elementFrames} frames (loop running: ${s.running})`}`,
    `  frame time p50 ${ms(s.frameTime.p50)}, p95 ${ms(s.frameTime.p95)}, p99 ${ms(s.frameTime.p99)}, max ${ms(s.frameTime.max)}`,
    `  dropped frames ${s.dropped} (${s.droppedShare}%, delta > ${(1.5 * FRAME_MS).toFixed(1)} ms)`,
    `  long tasks (> 50 ms): ${s.longTasks}${s.longTasks ? `, longest ${ms(s.longestTask)}` : ''}`,
  ];
  if (s.work) lines.push(`  element's work per frame p50 ${ms(s.work.p50)}, p95 ${ms(s.work.p95)}, p99 ${ms(s.work.p99)}, max ${ms(s.work.max)}`);
  return lines.join('\n');
}
