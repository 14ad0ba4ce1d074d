#!/usr/bin/env node
// Makes sure the Chromium that browser tests and story tests use is there (see vitest.shared.ts): $CHROME_PATH if
// set, else Debian's /usr/bin/chromium. Playwright never downloads a browser in this project.
//
// Missing, as root on a system with apt-get: installs Debian's `chromium` package. Otherwise exits 1 and says how
// to get one. Changes nothing else (no environment, no config).

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const DEFAULT = '/usr/bin/chromium';
const fromEnv = process.env.CHROME_PATH;
const target = fromEnv || DEFAULT;

const isExecutable = (p) => {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
};

const which = (cmd) =>
  (process.env.PATH ?? '')
    .split(':')
    .filter(Boolean)
    .map((dir) => `${dir}/${cmd}`)
    .find(isExecutable);

function report(path) {
  const r = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  const version = (r.stdout ?? '').trim().split('\n').pop();
  console.log(`Chromium for browser tests: ${path}${version ? ` (${version})` : ''}`);
}

function fail(message) {
  console.error(`\n✖ No Chromium for the browser tests.\n\n${message}\n`);
  process.exit(1);
}

if (isExecutable(target)) {
  report(target);
  process.exit(0);
}

if (fromEnv) {
  fail(
    `CHROME_PATH is set to ${fromEnv}, which is not an executable file.\n` +
      `Point CHROME_PATH at a Chromium or Chrome binary (for example ${DEFAULT}), or unset it to use ${DEFAULT}.`,
  );
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const aptGet = which('apt-get');

if (isRoot && aptGet) {
  console.log(`${DEFAULT} is missing: installing Debian's chromium package (apt-get update && apt-get install -y chromium)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const r = spawnSync(aptGet, args, { stdio: 'inherit', env });
    if (r.status !== 0) fail(`\`apt-get ${args.join(' ')}\` failed (exit ${r.status ?? r.signal}).`);
  }
  if (!isExecutable(DEFAULT)) fail(`apt-get finished but ${DEFAULT} is still missing.`);
  report(DEFAULT);
  process.exit(0);
}

fail(
  [
    `Looked for ${DEFAULT} (or $CHROME_PATH) and found nothing${isRoot ? ', and apt-get is not available' : ''}.`,
    'Get one of these, then run the command again:',
    '  • Debian / Ubuntu:   sudo apt-get update && sudo apt-get install -y chromium',
    '  • any Chromium or Chrome already installed:   export CHROME_PATH=/path/to/chromium-or-chrome',
    '    (macOS: CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome")',
    'Playwright’s own browser download is not used by this project (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1).',
  ].join('\n'),
);
