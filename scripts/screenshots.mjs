// Screenshots of the graphics as a reader sees them, for looking at (and for the README with --readme).
// Usage: npm run screenshots [-- --readme]. Writes screenshots/*.png; prints each graphic's height per step,
// which is what reservedHeight() in each element is tuned from.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { launchOptions } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}/screenshots`;
const readme = process.argv.includes('--readme');

const shots = [
  ['territory-bar-light', 'w=640&step=7&controls='],
  ['territory-bar-dark', 'w=640&step=7&theme=dark&controls='],
  ['territory-bar-320', 'w=320&step=2'],
  ['territory-bar-uk', 'w=640&step=7&lang=uk&headline=Плацдарм України на Курщині&dek=Площа під контролем українських сил'],
  ['territory-bar-mi2', 'w=1000&step=0&units=mi2'],
];

const server = await createServer({
  root: `${root}/scripts/screenshots`,
  configFile: false,
  logLevel: 'error',
  resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
  server: { port: 0, host: '127.0.0.1' },
});
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch(launchOptions);
try {
  await mkdir(out, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1320, height: 900 }, deviceScaleFactor: readme ? 2 : 1 });
  for (const [name, query] of shots) {
    await page.goto(`${base}?${query}`);
    await page.locator('salient-territory-bar').evaluate((el) => el.updateComplete);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/${name}.png`, clip: await page.locator('.box').boundingBox() });
    console.log(`screenshots/${name}.png`);
  }
  if (readme) {
    await mkdir(`${root}/docs`, { recursive: true });
    await page.goto(`${base}?w=640&step=7`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${root}/docs/territory-bar.png`, clip: await page.locator('.box').boundingBox() });
    console.log('docs/territory-bar.png');
  }
  console.log('\nheight of the graphic box (px) per step:');
  for (const width of [320, 480, 640, 1000, 1280]) {
    const heights = [];
    for (let step = 0; step < 10; step++) {
      await page.goto(`${base}?w=${width}&step=${step}`);
      await page.locator('salient-territory-bar').evaluate((el) => el.updateComplete);
      heights.push(Math.round(await page.evaluate(() =>
        document.querySelector('salient-territory-bar').shadowRoot.querySelector('.graphic').getBoundingClientRect().height)));
    }
    console.log(`${String(width).padStart(5)} px: ${heights.join(' ')}`);
  }
} finally {
  await browser.close();
  await server.close();
}
