/**
 * Test-only HTTP endpoints on Vite's dev server (a plugin for vitest.config.ts; runs in Node), so the `src` suite
 * loads data over real HTTP: slow answers, status codes, a body that is not JSON, and the Kursk datasets.
 *
 *   /__hardening/data/<element>.json   that element's Kursk dataset (territory-bar, encirclement, supply-road, pipeline)
 *   /__hardening/status/<code>         that HTTP status, with a short text body
 *   /__hardening/not-json              200 with an HTML page
 *   /__hardening/log?id=<id>           what happened to the requests that carried that id (see below)
 *
 * Every endpoint takes `delay=<ms>` (answer that much later), `label=<text>` (for a dataset: its credit line
 * becomes this text, to tell two answers apart on screen) and `id=<text>` (the log records `received`, then
 * `answered`, or `aborted` when the browser closed the request first).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { encirclement, pipeline, supplyRoad, territory } from '../../../packages/kursk-data/src/index.ts';

/** By element name (the tag without `salient-`). */
const datasets: Record<string, unknown> = {
  'territory-bar': territory,
  encirclement,
  'supply-road': supplyRoad,
  pipeline,
};

const log = new Map<string, string[]>();

function note(id: string | null, event: string): void {
  if (!id) return;
  log.set(id, [...(log.get(id) ?? []), event]);
}

interface Answer {
  status: number;
  type: string;
  body: string;
}

function answerFor(path: string, label: string | null): Answer | undefined {
  const data = /^\/data\/([\w-]+)\.json$/.exec(path);
  if (data && datasets[data[1]]) {
    const dataset = label ? { ...(datasets[data[1]] as object), source: label } : datasets[data[1]];
    return { status: 200, type: 'application/json', body: JSON.stringify(dataset) };
  }
  const status = /^\/status\/(\d{3})$/.exec(path);
  if (status) return { status: Number(status[1]), type: 'text/plain', body: `Status ${status[1]} on purpose` };
  if (path === '/not-json') return { status: 200, type: 'text/html', body: '<!doctype html><title>Sign in</title><p>Please sign in' };
  return undefined;
}

function handle(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const id = url.searchParams.get('id');
  if (url.pathname === '/log') {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(log.get(id ?? '') ?? []));
    return;
  }
  const answer = answerFor(url.pathname, url.searchParams.get('label'));
  if (!answer) return next();
  note(id, 'received');
  const send = () => {
    note(id, 'answered');
    res.statusCode = answer.status;
    res.setHeader('content-type', answer.type);
    res.setHeader('cache-control', 'no-store');
    res.end(answer.body);
  };
  const delay = Number(url.searchParams.get('delay') ?? 0);
  if (!(delay > 0)) return send();
  const timer = setTimeout(send, delay);
  res.on('close', () => {
    if (res.writableEnded) return;
    clearTimeout(timer);
    note(id, 'aborted');
  });
}

/** The plugin: mounts the endpoints under /__hardening/ on the dev server Vitest's browser mode serves from. */
export function httpFixtures(): Plugin {
  return {
    name: 'salient-hardening-http-fixtures',
    configureServer(server) {
      server.middlewares.use('/__hardening', handle);
    },
  };
}
