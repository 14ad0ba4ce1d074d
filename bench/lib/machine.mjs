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
  };
}

export const loadNow = load;

/** One line for a table's caption. */
export function machineLine(m) {
  return `${m.cpu}, ${m.cores} cores, ${m.ramGB} GB RAM, ${m.os}, Node ${m.node}, Chromium ${m.chromium}` +
    ` (software rendering); load average ${m.loadStart.join(' / ')} at the start, ${m.loadEnd.join(' / ')} at the end (1 / 5 / 15 min)`;
}
