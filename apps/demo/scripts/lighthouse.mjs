#!/usr/bin/env node
// `npm run lighthouse` (root): Lighthouse on the built demo, mobile and desktop, in Debian's Chromium.
//
//   node apps/demo/scripts/lighthouse.mjs [--page index.html] [--page 'embed.html?graphic=territory-bar'] [--strict]
//
// Serves apps/demo/dist on 127.0.0.1 (scripts/serve.mjs: gzip, real 404s, as a CDN would), starts Chromium from
// chromePath (CHROME_PATH or /usr/bin/chromium) headless with the project's network-quieting flags, runs
// Lighthouse through its Node API on each page for each form factor, prints the four category scores and CLS,
// and writes the JSON and HTML reports to lighthouse/ at the repository root (gitignored). A measurement, not a
// test: it exits 0 whatever the scores unless --strict is given, then 1 when a target is missed.
// Nothing is fetched from anywhere but 127.0.0.1.

import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs';
import { distDir, serve } from './serve.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const outDir = path.join(root, 'lighthouse');
const chromePath = chromiumPath;
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', ...chromiumArgs.filter((flag) => !/^--(no-sandbox|disable-gpu)$/.test(flag))];

/** What the demo must reach. */
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100, cls: 0 };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const args = process.argv.slice(2);
const pages = args.flatMap((arg, i) => (args[i - 1] === '--page' ? [arg] : []));
// The article, and the embed page as an iframe shows it.
if (!pages.length) pages.push('index.html', 'embed.html?graphic=territory-bar');
const strict = args.includes('--strict');

/** Starts Chromium with a DevTools port Lighthouse connects to. */
async function startChromium() {
  const profile = await mkdtemp(path.join(tmpdir(), 'salient-lighthouse-'));
  const child = spawn(chromePath, [...chromeFlags, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium (${chromePath}) did not open a DevTools port:\n${output}`)), 30_000);
    child.stderr.on('data', (chunk) => {
      output += chunk;
      const match = /DevTools listening on ws:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before it was ready:\n${output}`)));
    child.once('error', reject);
  });
  return {
    port,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      await rm(profile, { recursive: true, force: true });
    },
  };
}

const server = await serve(distDir);
const chromium = await startChromium();
const rows = [];
let missed = 0;
try {
  await mkdir(outDir, { recursive: true });
  for (const page of pages) {
    const url = `${server.origin}/${page.replace(/^\//, '')}`;
    for (const formFactor of ['mobile', 'desktop']) {
      const flags = { port: chromium.port, output: ['json', 'html'], logLevel: 'error', onlyCategories: CATEGORIES };
      const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr, report } = result;
      if (lhr.runtimeError) throw new Error(`${url} (${formFactor}): ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const name = `${page.replace(/\.html.*$/, '').replace(/[^\w-]+/g, '-')}${page.includes('?') ? `-${page.split('?')[1].replace(/[^\w-]+/g, '-')}` : ''}-${formFactor}`;
      const [json, html] = report;
      await writeFile(path.join(outDir, `${name}.report.json`), json);
      await writeFile(path.join(outDir, `${name}.report.html`), html);
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const audit = (id) => lhr.audits[id]?.numericValue;
      // A page that opts out of search (the embed page: a graphic for other pages' iframes) is not held to SEO.
      const noindex = lhr.audits['is-crawlable']?.score === 0 && /noindex/.test(JSON.stringify(lhr.audits['is-crawlable'].details ?? ''));
      const row = {
        noindex,
        page,
        formFactor,
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
        cls: audit('cumulative-layout-shift') ?? NaN,
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        failing: Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
          .map((a) => `${a.id} (${Math.round(a.score * 100)})`),
        report: path.relative(root, path.join(outDir, `${name}.report.html`)),
        version: lhr.lighthouseVersion,
      };
      rows.push(row);
    }
  }
} finally {
  await chromium.stop();
  await server.close();
}

const pad = (value, width) => String(value).padStart(width);
console.log(`\nLighthouse ${rows[0]?.version ?? ''} on the built demo (${chromePath}; reports in lighthouse/)\n`);
console.log(`${'page'.padEnd(40)} ${'form'.padEnd(8)} perf  a11y  best   seo      CLS    FCP ms   LCP ms   TBT ms`);
for (const row of rows) {
  console.log(
    `${row.page.padEnd(40)} ${row.formFactor.padEnd(8)} ${pad(row.performance, 4)}  ${pad(row.accessibility, 4)}  ${pad(row['best-practices'], 4)}  ${pad(row.seo, 4)}  ${pad(row.cls.toFixed(3), 7)}  ${pad(Math.round(row.fcp), 7)}  ${pad(Math.round(row.lcp), 7)}  ${pad(Math.round(row.tbt), 7)}`,
  );
  if (row.noindex) console.log('  (noindex by design: an embed page is for iframes, not search; SEO target not applied)');
  const misses = [
    ...CATEGORIES.filter((id) => row[id] < TARGETS[id] && !(id === 'seo' && row.noindex)).map((id) => `${id} ${row[id]} < ${TARGETS[id]}`),
    ...(row.cls > TARGETS.cls ? [`CLS ${row.cls.toFixed(3)} > ${TARGETS.cls}`] : []),
  ];
  if (misses.length) {
    missed++;
    console.log(`  ✗ missed: ${misses.join('; ')}${row.failing.length ? `\n    audits below 100: ${row.failing.join(', ')}` : ''}`);
  }
}
console.log(
  missed
    ? `\n${missed} run(s) missed a target (performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, best practices ${TARGETS['best-practices']}, SEO ${TARGETS.seo}, CLS ${TARGETS.cls}).`
    : `\nEvery run met the targets: performance ≥ ${TARGETS.performance}, accessibility, best practices and SEO 100, CLS 0.`,
);
if (strict && missed) process.exitCode = 1;
