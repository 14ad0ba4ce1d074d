#!/usr/bin/env node
// Proof that every package installs and works on its own, as a stranger would use it: `npm pack` each publishable
// package, install the tarballs into a fresh project with no workspace links (third-party dependencies come from
// the npm registry), type-check a TypeScript file that uses an element, bundle it with Vite, render it in Chromium.
// Needs the packages built first (turbo's //#test:pack names those builds). Prints "N passed, N failed".
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { launchOptions } from './chromium.mjs';

/** Every element: its package, its Kursk dataset and its data type. */
const ELEMENTS = [
  { pkg: 'territory-bar', dataset: 'territory', type: 'TerritoryData' },
  { pkg: 'encirclement', dataset: 'encirclement', type: 'EncirclementData' },
  { pkg: 'supply-road', dataset: 'supplyRoad', type: 'SupplyRoadData' },
  { pkg: 'pipeline', dataset: 'pipeline', type: 'PipelineData' },
];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');
const results = [];
const check = (name, ok, detail = '') => {
  results.push(ok);
  console.log(`${ok ? '✓' : '✗'} ${name}${detail ? `: ${detail}` : ''}`);
};

/** Every workspace package that is published (not private), by name. */
async function publishable() {
  const found = [];
  for (const dir of await readdir(path.join(root, 'packages'))) {
    const manifest = JSON.parse(await readFile(path.join(root, 'packages', dir, 'package.json'), 'utf8'));
    if (!manifest.private) found.push({ name: manifest.name, dir: path.join(root, 'packages', dir), manifest });
  }
  return found;
}

const work = await mkdtemp(path.join(tmpdir(), 'salient-pack-'));
try {
  const packages = await publishable();
  const tarballs = path.join(work, 'tarballs');
  await mkdir(tarballs);
  const files = {};
  for (const pkg of packages) {
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', tarballs], { cwd: pkg.dir, encoding: 'utf8' });
    const [info] = JSON.parse(out);
    files[pkg.name] = `file:${path.join(tarballs, info.filename)}`;
    const shipped = info.files.map((file) => file.path);
    const types = pkg.manifest.exports?.['.']?.types;
    check(`${pkg.name} packs its build`, !types || shipped.includes(types.replace(/^\.\//, '')), `${shipped.length} files`);
    if (pkg.manifest.customElements) {
      check(`${pkg.name} ships ${pkg.manifest.customElements}`, shipped.includes(pkg.manifest.customElements));
    }
  }

  const app = path.join(work, 'app');
  await mkdir(path.join(app, 'src'), { recursive: true });
  await writeFile(
    path.join(app, 'package.json'),
    JSON.stringify(
      // overrides: every @salient dependency between the packages comes from its tarball, never the registry.
      {
        name: 'salient-pack-check',
        private: true,
        type: 'module',
        // React's and Preact's types, to prove the JSX typings; from the registry like any project's.
        dependencies: { ...files, '@types/react': '^19.0.0', preact: '^10.26.0' },
        overrides: files,
      },
      null,
      2,
    ),
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], {
    cwd: app,
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  });
  check('the tarballs install into a fresh project', true);

  // A TypeScript file as a site would write it: the define entries, the datasets, the types, the typed event.
  await writeFile(
    path.join(app, 'src/main.ts'),
    `${ELEMENTS.map((e) => `import '@salient/${e.pkg}/define';`).join('\n')}
import { ${ELEMENTS.map((e) => e.dataset).join(', ')} } from '@salient/kursk-data';
${ELEMENTS.map((e) => `import type { ${e.type} } from '@salient/${e.pkg}';`).join('\n')}

${ELEMENTS.map(
  (e) => `{
  const element = document.createElement('salient-${e.pkg}');
  const data: ${e.type} = ${e.dataset};
  element.data = data;
  element.units = 'mi2';
  element.setAttribute('reduced-motion', '');
  element.addEventListener('salient-error', (event) => {
    const message: string = event.detail.message;
    document.title = message;
  });
  document.body.append(element);
}`,
).join('\n')}
`,
  );
  // The tags in React 19 and Preact JSX, typed by each package's jsx-react / jsx-preact entry.
  await writeFile(
    path.join(app, 'src/react-view.tsx'),
    `${ELEMENTS.map((e) => `import '@salient/${e.pkg}/jsx-react';`).join('\n')}
import { ${ELEMENTS.map((e) => e.dataset).join(', ')} } from '@salient/kursk-data';

export const views = [
${ELEMENTS.map((e) => `  <salient-${e.pkg} data={${e.dataset}} units="mi2" step={1} onsalient-error={(event) => event.detail.message} />,`).join('\n')}
];
// @ts-expect-error units are km2 or mi2
export const wrong = <salient-territory-bar units="acres" />;
`,
  );
  await writeFile(
    path.join(app, 'src/preact-view.tsx'),
    `/** @jsxImportSource preact */
${ELEMENTS.map((e) => `import '@salient/${e.pkg}/jsx-preact';`).join('\n')}
import { ${ELEMENTS.map((e) => e.dataset).join(', ')} } from '@salient/kursk-data';

export const views = [
${ELEMENTS.map((e) => `  <salient-${e.pkg} data={${e.dataset}} theme="dark" controls />,`).join('\n')}
];
// @ts-expect-error step is a number
export const wrong = <salient-encirclement step={{}} />;
`,
  );
  await writeFile(
    path.join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
        jsx: 'react-jsx',
      },
      include: ['src'],
    }),
  );
  try {
    execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], {
      cwd: app,
      encoding: 'utf8',
    });
    check('TypeScript using the element, and its tag in React and Preact JSX, type-checks against the published types', true);
  } catch (error) {
    check('TypeScript using the element, and its tag in React and Preact JSX, type-checks against the published types', false, error.stdout);
  }

  await writeFile(
    path.join(app, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pack check</title></head><body><script type="module" src="/src/main.ts"></script></body></html>',
  );
  // Vite from this repository, but resolving the app's own node_modules with no `source` condition: dist only.
  await build({ root: app, configFile: false, logLevel: 'warn', build: { outDir: 'dist' } });
  const server = await preview({ root: app, configFile: false, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } });
  const browser = await chromium.launch(launchOptions);
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(server.resolvedUrls.local[0]);
    const rendered = await page.evaluate(async (tags) => {
      const out = {};
      for (const tag of tags) {
        const element = document.querySelector(tag);
        await element?.updateComplete;
        // A graphic draws once the reader comes near it (or the page is idle): scroll to it, as a reader would.
        element?.scrollIntoView();
        const root = element?.shadowRoot;
        const deadline = performance.now() + 5000;
        while (root && !root.querySelector('svg, .error') && performance.now() < deadline) {
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        out[tag] = !root ? 'not upgraded' : root.querySelector('.error') ? root.querySelector('.error').textContent : root.querySelector('svg') ? 'ok' : 'no drawing';
      }
      return out;
    }, ELEMENTS.map((e) => `salient-${e.pkg}`));
    for (const [tag, state] of Object.entries(rendered)) check(`<${tag}> from the installed packages renders in Chromium`, state === 'ok', state);
    check('no uncaught error on the page', problems.length === 0, problems.join('; '));
  } finally {
    await browser.close();
    await new Promise((resolve) => server.httpServer.close(resolve));
  }
} finally {
  if (keep) console.log(`kept ${work}`);
  else await rm(work, { recursive: true, force: true });
}

const failed = results.filter((ok) => !ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
