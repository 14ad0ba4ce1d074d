#!/usr/bin/env node
// `npm start`, after the packages are built: Storybook (port 6006) and the demo article (apps/demo's `dev` script,
// Vite on port 5173) side by side. Output is prefixed per process; both URLs are printed once they answer;
// Ctrl-C stops both. Nothing opens a browser; nothing calls out to the internet.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STORYBOOK_PORT = 6006;
const DEMO_PORT = 5173;
const READY_TIMEOUT_MS = 180_000;

const tty = process.stdout.isTTY;
const paint = (code, s) => (tty ? `\x1b[${code}m${s}\x1b[0m` : s);
// eslint-disable-next-line no-control-regex -- ANSI escapes are control characters by definition.
const stripAnsi = (s) => s.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g, '');
const say = (s) => console.log(`${paint('1', '[start]')} ${s}`);

/* ------------------------------------------------------------------ what to run */

// Autodocs read custom-elements.json; make sure it is current before Storybook starts.
const manifest = spawnSync(process.execPath, [path.join(root, 'scripts/manifest.mjs')], { cwd: root, stdio: 'inherit' });
if (manifest.status !== 0) process.exit(manifest.status ?? 1);

const env = {
  ...process.env,
  STORYBOOK_DISABLE_TELEMETRY: '1',
  TURBO_TELEMETRY_DISABLED: '1',
  ...(tty && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {}),
};

/** @type {{name: string, colour: string, command: string, args: string[], cwd: string, url: string, probe: string}[]} */
const services = [
  {
    name: 'storybook',
    colour: '36',
    command: path.join(root, 'node_modules/.bin/storybook'),
    args: ['dev', '--port', String(STORYBOOK_PORT), '--exact-port', '--ci', '--no-open', '--no-version-updates', '--disable-telemetry'],
    cwd: root,
    url: `http://localhost:${STORYBOOK_PORT}/`,
    probe: `http://127.0.0.1:${STORYBOOK_PORT}/`,
  },
];

const demoDir = path.join(root, 'apps/demo');
const demoPkg = readJson(path.join(demoDir, 'package.json'));
if (demoPkg?.scripts?.dev) {
  services.push({
    name: 'demo',
    colour: '35',
    command: 'npm',
    args: ['run', 'dev', '--workspace', demoPkg.name ?? 'apps/demo'],
    cwd: root,
    url: `http://localhost:${DEMO_PORT}/`,
    probe: `http://localhost:${DEMO_PORT}/`,
  });
} else {
  say(paint('33', `apps/demo has no "dev" script yet: starting Storybook only.`));
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/* ------------------------------------------------------------------ run them */

const children = new Map(); // name -> ChildProcess
let stopping = false;

for (const svc of services) {
  const child = spawn(svc.command, svc.args, {
    cwd: svc.cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group, so stopping it also stops what it spawned (npm -> sh -> vite)
  });
  children.set(svc.name, child);
  const prefix = paint(svc.colour, `[${svc.name}]`.padEnd(12));
  for (const stream of [child.stdout, child.stderr]) pipeLines(stream, prefix, svc);
  child.on('error', (err) => {
    say(paint('31', `${svc.name} could not start: ${err.message}`));
    shutdown(1);
  });
  child.on('exit', (code, signal) => {
    children.delete(svc.name);
    if (stopping) return;
    say(paint('31', `${svc.name} exited (${signal ?? `code ${code}`}); stopping the rest.`));
    shutdown(code || 1);
  });
}

/** Prefixes each output line; picks up the URL each server reports as "Local:" (it may differ from the default). */
function pipeLines(stream, prefix, svc) {
  let buffer = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    buffer += chunk;
    const lines = buffer.split(/\r?\n/);
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      process.stdout.write(`${prefix} ${line}\n`);
      const local = /Local:\s+(https?:\/\/\S+)/.exec(stripAnsi(line));
      if (local) svc.url = svc.probe = local[1];
    }
  });
  stream.on('end', () => {
    if (buffer) process.stdout.write(`${prefix} ${buffer}\n`);
  });
}

/* ------------------------------------------------------------------ ready? */

async function waitUntilUp(svc) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!stopping && Date.now() < deadline) {
    try {
      const res = await fetch(svc.probe, { signal: AbortSignal.timeout(2000) });
      await res.body?.cancel();
      if (res.status < 500) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

Promise.all(services.map(async (svc) => [svc, await waitUntilUp(svc)])).then((results) => {
  if (stopping) return;
  const width = Math.max(...services.map((s) => s.name.length));
  const lines = results.map(([svc, up]) =>
    up
      ? `  ${paint('1', svc.name.padEnd(width))}  ${paint(`1;${svc.colour}`, svc.url)}`
      : `  ${paint('1', svc.name.padEnd(width))}  ${paint('31', `not answering at ${svc.url} after ${READY_TIMEOUT_MS / 1000}s`)}`,
  );
  const rule = '─'.repeat(60);
  console.log(`\n${rule}\n  Salient is running:\n\n${lines.join('\n')}\n\n  Ctrl-C stops everything.\n${rule}\n`);
});

/* ------------------------------------------------------------------ stop */

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

function shutdown(code) {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  for (const child of children.values()) killGroup(child, 'SIGTERM');
  const force = setTimeout(() => {
    for (const child of children.values()) killGroup(child, 'SIGKILL');
    process.exit(code);
  }, 5000);
  force.unref();
  const check = setInterval(() => {
    if (children.size === 0) {
      clearInterval(check);
      process.exit(code);
    }
  }, 100);
}

process.on('SIGINT', () => shutdown(130));
process.on('SIGTERM', () => shutdown(143));
process.on('SIGHUP', () => shutdown(129));
// Last resort if this process dies another way: do not leave servers behind.
process.on('exit', () => {
  for (const child of children.values()) killGroup(child, 'SIGKILL');
});
