// The machine a run measured: timings mean little without it, and nothing without the load it carried.
import { readFileSync } from 'node:fs';
import os from 'node:os';

function osName() {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(release)?.[1];
    if (pretty) return `${pretty} (${os.type()} ${os.release()})`;
  } catch {
    // Not Linux, or no os-release: fall through.
  }
  return `${os.type()} ${os.release()}`;
}

const load = () => os.loadavg().map((n) => Math.round(n * 100) / 100);

/** A fixed piece of JavaScript work: fill, sort and serialise numbers. */
function work() {
  const numbers = new Float64Array(300_000);
  let x = 1;
  for (let i = 0; i < numbers.length; i++) numbers[i] = x = (x * 16807) % 2147483647;
  numbers.sort();
  return JSON.parse(JSON.stringify(Array.from(numbers.subarray(0, 50_000)))).length;
}

/**
 * ms the fixed work takes here now (median of 7, after one untimed): the load average misses a virtual machine's
 * host being busy, this does not. Taken at the start and the end of a run.
 */
export function cpuCheck() {
  work();
  const times = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
  }
  return Math.round(times.sort((a, b) => a - b)[3] * 10) / 10;
}

/** What is known before the browser starts; `chromium` and `loadEnd` are filled in by the run. */
export function machine() {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    ramGB: Math.round(os.totalmem() / 2 ** 30),
    os: osName(),
    node: process.version,
    chromium: '',
    loadStart: load(),
    loadEnd: [],
    cpuStart: cpuCheck(),
    cpuEnd: 0,
  };
}

export const loadNow = load;

/** One line for a table's caption. */
export function machineLine(m) {
  return `${m.cpu}, ${m.cores} cores, ${m.ramGB} GB RAM, ${m.os}, Node ${m.node}, Chromium ${m.chromium}` +
    ` (software rendering); load average ${m.loadStart.join(' / ')} at the start, ${m.loadEnd.join(' / ')} at the end (1 / 5 / 15 min)` +
    (m.cpuStart ? `; CPU check (a fixed piece of JavaScript in Node, lower is faster) ${m.cpuStart} ms at the start, ${m.cpuEnd} ms at the end` : '');
}

/**
 * Whether the run's timings were disturbed: load before it began (the run's own browser keeps a 2-core machine's
 * load near 2, so the load at the end says little), or the CPU check slower at the end than at the start by a
 * third (the host got busy). Results from before the CPU check have only the load.
 */
export function wasBusy(m) {
  return m.loadStart[0] > 1.5 || (m.cpuStart > 0 && m.cpuEnd > 1.33 * m.cpuStart);
}
