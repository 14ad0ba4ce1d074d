// Screenshots of the article as a reader sees it, from a running dev server (npm run dev):
//   node scripts/screenshots.mjs [url] [outDir]
// Phone (375 px) and desktop (1,280 px), light and dark (the system setting, emulated): the top of the page,
// the start of the scrollytelling and two of its moments, the CMS embed, the whole page, and (from light) the
// embed after pressing the theme toggle, and each of the other graphics in place (which loads them). Also reports any request to another origin and any console warning
// or error (exit code 1 if there was one).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { launchOptions } from '../../../scripts/chromium.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:5173/';
const out = resolve(process.argv[3] ?? new URL('../../../tmp', import.meta.url).pathname);
mkdirSync(out, { recursive: true });

const browser = await chromium.launch(launchOptions);

const sizes = [
  { name: '375', width: 375, height: 812 },
  { name: '1280', width: 1280, height: 800 },
];
const origin = new URL(url).origin;
let problems = 0;

try {
  for (const size of sizes) {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        colorScheme: scheme,
        reducedMotion: 'reduce', // Still frames: no bar half-way through a transition.
      });
      const page = await context.newPage();
      page.on('request', (request) => {
        const { protocol } = new URL(request.url());
        if (protocol !== 'data:' && new URL(request.url()).origin !== origin) {
          problems++;
          console.log(`  request to another origin: ${request.url()}`);
        }
      });
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') {
          if (/Lit is in dev mode/.test(message.text())) return;
          problems++;
          console.log(`  console ${message.type()}: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => {
        problems++;
        console.log(`  page error: ${error.message}`);
      });
      await page.goto(url, { waitUntil: 'networkidle' });
      await page.evaluate(() => customElements.whenDefined('salient-territory-bar'));
      const settle = () => page.waitForTimeout(300);
      const shot = async (suffix, options = {}) => {
        const path = `${out}/demo-${size.name}-${scheme}${suffix}.png`;
        await page.screenshot({ path, ...options });
        console.log(path);
      };

      await settle();
      await shot('');
      await page.locator('.scrolly').first().evaluate((scrolly) => scrolly.scrollIntoView({ block: 'start' }));
      await settle();
      await shot('-scrolly');
      const steps = await page.locator('.scrolly').first().locator('.step').count();
      for (const index of [0, Math.min(4, steps - 1)]) {
        await page.locator('.scrolly').first().locator('.step').nth(index).evaluate((step) => step.scrollIntoView({ block: 'center' }));
        await settle();
        await shot(`-step${index + 1}`);
      }
      await page.locator('#territory-embed').evaluate((embed) => embed.scrollIntoView({ block: 'center' }));
      await settle();
      await shot('-embed');
      // Each graphic in its place; scrolling to them is also what loads the ones below the fold.
      for (const id of ['encirclement-scrolly', 'supply-road-inline', 'pipeline-inline']) {
        await page.locator(`#${id}`).evaluate((graphic) => graphic.scrollIntoView({ block: 'start' }));
        await page.evaluate((tag) => customElements.whenDefined(tag), await page.locator(`#${id}`).evaluate((g) => g.localName));
        await page.waitForTimeout(800);
        await shot(`-${id.replace(/-(scrolly|inline)$/, '')}`);
      }
      await page.locator('[data-sources]').evaluate((list) => list.scrollIntoView({ block: 'center' }));
      await settle();
      await page.evaluate(() => window.scrollTo(0, 0));
      await settle();
      await shot('-full', { fullPage: true });
      if (scheme === 'light') {
        // The reader's toggle, against the system setting: page and graphics turn dark together.
        await page.click('[data-theme-toggle]');
        await page.locator('#territory-embed').evaluate((embed) => embed.scrollIntoView({ block: 'center' }));
        await settle();
        await shot('-toggled-dark');
        await page.evaluate(() => localStorage.clear());
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
}
console.log(problems ? `${problems} problem(s) found` : 'No requests to other origins, no console warnings or errors.');
process.exitCode = problems ? 1 : 0;
