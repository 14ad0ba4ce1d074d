// Head-to-head runs shared by the territory bar and the map: build each contender's page, then time first renders
// over fresh page loads and changes within one page, the contenders interleaved round-robin.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildPage } from './build.mjs';
import { freshPage, rotate } from './pages.mjs';
import { spread } from './stats.mjs';

export async function bytesOf(file) {
  const code = await readFile(file);
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** Builds `pages/<group>/<name>.js` for each contender into a page with a 640 px `#chart`; returns bytes by name. */
export async function buildGroup(group, contenders) {
  const bytes = {};
  for (const c of contenders) {
    const file = await buildPage({ group, name: c.name, body: '<div id="chart"></div>', style: '#chart { width: 640px; padding: 16px; }' });
    bytes[c.name] = await bytesOf(file);
  }
  return bytes;
}

/**
 * @param {{ browser: import('playwright-core').Browser, base: string, group: string, contenders: { name: string }[],
 *           loads: number, changes: number, shots?: string, log: (line: string) => void }} options
 * @returns by contender name: firstRender (ms from navigation start), afterResponse (ms from the HTML's response
 *   end), change (ms to paint) and changeWork (ms until the change call returned), each as median/min/max/n.
 */
export async function compare({ browser, base, group, contenders, loads, changes, shots, log }) {
  const url = (c) => `${base}/${group}/${c.name}.html`;
  const first = Object.fromEntries(contenders.map((c) => [c.name, []]));
  const afterResponse = Object.fromEntries(contenders.map((c) => [c.name, []]));
  // One untimed round first: the browser's first loads pay for starting renderer processes.
  for (let i = -1; i < loads; i++) {
    for (const c of rotate(contenders, Math.max(0, i))) {
      const { page, close } = await freshPage(browser, url(c));
      const { firstRender, responseEnd } = await page.evaluate(() => ({
        firstRender: window.__bench.firstRender,
        responseEnd: performance.getEntriesByType('navigation')[0].responseEnd,
      }));
      if (i >= 0) {
        first[c.name].push(firstRender);
        afterResponse[c.name].push(firstRender - responseEnd);
      }
      if (i === 0 && shots) await page.locator('#chart').screenshot({ path: path.join(shots, `${group}-${c.name}.png`) });
      await close();
    }
    if (i >= 0 && ((i + 1) % 5 === 0 || i + 1 === loads)) log(`  ${group}: first render, ${i + 1}/${loads} loads of each`);
  }
  // Changes: one page per contender, interleaved in blocks of 10 so drift reaches all alike. The first 6 changes on
  // each page warm it up and are not counted.
  const timed = Object.fromEntries(contenders.map((c) => [c.name, []]));
  const pages = [];
  for (const c of contenders) pages.push({ c, ...(await freshPage(browser, url(c))) });
  for (const { page } of pages) await page.evaluate(() => window.__bench.rerender(6));
  for (let done = 0; done < changes; done += 10) {
    for (const { c, page } of rotate(pages, done / 10)) {
      timed[c.name].push(...(await page.evaluate((n) => window.__bench.rerender(n), Math.min(10, changes - done))));
    }
  }
  for (const { close } of pages) await close();
  log(`  ${group}: ${changes} changes of each`);
  return Object.fromEntries(
    contenders.map((c) => [c.name, {
      firstRender: spread(first[c.name]),
      afterResponse: spread(afterResponse[c.name]),
      change: spread(timed[c.name].map((t) => t.paint)),
      changeWork: spread(timed[c.name].map((t) => t.work)),
    }]),
  );
}
