// 100 graphics on one page: time until all have rendered, what the off-screen ones cost while the reader is at the
// top, and frames per second while scrolling through the whole page.
import { buildPage } from './build.mjs';
import { recordFrames, summarizeFrames } from './frames.mjs';
import { freshPage } from './pages.mjs';
import { spread } from './stats.mjs';

export async function buildScale() {
  await buildPage({ group: 'scale', name: 'page', body: '<div id="chart"></div>', style: '#chart { width: 640px; padding: 16px; margin: 0 auto; }' });
}

/** In the page: every animated element's frame count and loop state, and whether it is in the viewport. */
function animatedState() {
  return [...document.querySelectorAll('salient-supply-road, salient-pipeline')].map((el) => {
    const box = el.getBoundingClientRect();
    return { frames: el.animation.frameCount, running: el.animation.running, onScreen: box.bottom > 0 && box.top < innerHeight };
  });
}

/**
 * In the page: scrolls down at an even `speed` (px/s, by the clock, so a slow frame means a longer jump) for `ms`,
 * one step per animation frame. Returns the page's height.
 */
function scrollThrough({ ms, speed }) {
  let start = 0;
  const step = (now) => {
    if (!start) start = now;
    const elapsed = Math.min(ms, now - start);
    window.scrollTo(0, Math.round((elapsed / 1000) * speed));
    if (elapsed < ms) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
  return document.documentElement.scrollHeight;
}

/** A brisk reader's scroll: 2,400 px/s, 40 px per frame at 60 fps. */
export const SCROLL_SPEED = 2400;

const metrics = async (cdp) => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));

export async function runScale({ browser, base, loads, idleSeconds, scrollSeconds, log }) {
  const url = `${base}/scale/page.html`;
  const viewport = { width: 1000, height: 800 };
  const all = [];
  const fromScript = [];
  const allDrawn = [];
  const drawnAtFirst = [];
  let idle;
  let scroll;
  for (let i = 0; i < loads; i++) {
    const { page, close } = await freshPage(browser, url, { viewport });
    const r = await page.evaluate(() => window.__bench);
    if (r.drawn !== r.count) throw new Error(`scale page: only ${r.drawn} of ${r.count} graphics drew`);
    all.push(r.allRendered);
    allDrawn.push(r.allDrawn);
    drawnAtFirst.push(r.drawnAtFirst);
    fromScript.push(r.allRendered - r.scriptStart);
    if (i === loads - 1) {
      // At the top: what do the graphics below the fold cost? Their loops should be stopped and run no frames.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      // Let the first graphics' entry animations (arrows drawing in, about 1.5 s) finish.
      await page.waitForTimeout(2000);
      const before = await page.evaluate(animatedState);
      const m0 = await metrics(cdp);
      await page.waitForTimeout(idleSeconds * 1000);
      const m1 = await metrics(cdp);
      const after = await page.evaluate(animatedState);
      const off = before.map((b, k) => ({ ...b, ran: after[k].frames - b.frames })).filter((b) => !b.onScreen && !after[before.indexOf(b)]?.onScreen);
      const on = before.map((b, k) => ({ ...b, ran: after[k].frames - b.frames })).filter((b) => b.onScreen);
      idle = {
        seconds: idleSeconds,
        animated: before.length,
        onScreen: on.length,
        onScreenRunning: on.filter((b) => b.running).length,
        offScreen: off.length,
        offScreenRunning: off.filter((b) => b.running).length,
        offScreenFrames: off.reduce((sum, b) => sum + b.ran, 0),
        // Main-thread time per second while idle at the top (CDP Performance metrics: all tasks, then script).
        busyMsPerSecond: Math.round(((m1.TaskDuration - m0.TaskDuration) * 1000) / idleSeconds),
        scriptMsPerSecond: Math.round(((m1.ScriptDuration - m0.ScriptDuration) * 1000) / idleSeconds),
      };
      const height = await page.evaluate(scrollThrough, { ms: scrollSeconds * 1000, speed: SCROLL_SPEED });
      const frames = summarizeFrames(await page.evaluate(recordFrames, { ms: scrollSeconds * 1000 }));
      const passed = await page.evaluate(() => [...document.querySelectorAll('#chart > *')].filter((el) => el.getBoundingClientRect().top < innerHeight).length);
      scroll = { ...frames, speed: SCROLL_SPEED, pageHeight: height, graphicsReached: passed };
      await cdp.detach();
    }
    await close();
    log(`  scale: load ${i + 1}/${loads}: all 100 rendered at ${Math.round(r.allRendered)} ms (${r.drawnAtFirst} drawn), all drawn at ${Math.round(r.allDrawn)} ms`);
  }
  return { allRendered: spread(all), fromScript: spread(fromScript), allDrawn: spread(allDrawn), drawnAtFirst: spread(drawnAtFirst), idle, scroll };
}
