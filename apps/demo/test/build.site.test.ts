import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir } from '../scripts/serve.mjs';

const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));
const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

describe('the built article (dist/)', () => {
  it('inlines its stylesheet, so nothing blocks the first paint', () => {
    for (const page of ['index.html', 'uk/index.html']) {
      const html = read(distDir, page);
      expect(html, page).toMatch(/<style>[^<]*\.article/);
      expect(html, page).not.toMatch(/<link rel="stylesheet"/);
    }
  });

  it('loads only the first graphic up front: the others are separate chunks', () => {
    const html = read(distDir, 'index.html');
    // Every module the page asks for before any script runs: module scripts and module preloads.
    const files = [...html.matchAll(/<(?:script type="module"|link rel="modulepreload")[^>]*(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)];
    expect(files.length).toBeGreaterThan(0);
    const upFront = files.map((m) => read(distDir, m[1])).join('\n');
    // A definition is a call with the tag as its first argument (`defineElement('salient-…', Class)`, minified).
    const defines = (tag: string) => new RegExp(`\\(\\s*["'\`]${tag}["'\`]\\s*,`);
    expect(upFront).toMatch(defines('salient-territory-bar'));
    for (const tag of ['salient-encirclement', 'salient-supply-road', 'salient-pipeline']) {
      expect(upFront, tag).not.toMatch(defines(tag));
      expect(readdirSync(path.join(distDir, 'assets')).some((file) => defines(tag).test(read(distDir, `assets/${file}`))), tag).toBe(true);
    }
  });

  it('names no other edition by a relative or rewritten address (no copy of a page among the assets)', () => {
    expect(readdirSync(path.join(distDir, 'assets')).filter((file) => file.endsWith('.html'))).toEqual([]);
    expect(read(distDir, 'index.html')).not.toMatch(/rel="alternate"/);
  });
});

describe('SALIENT_SITE_URL', () => {
  let outDir: string;
  beforeAll(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'salient-demo-'));
    process.env.SALIENT_SITE_URL = 'https://graphics.example.org/kursk';
    try {
      await build({ configFile, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    } finally {
      delete process.env.SALIENT_SITE_URL;
    }
  }, 60_000);
  afterAll(() => rm(outDir, { recursive: true, force: true }));

  it('gives each edition a canonical address and names both editions by absolute URL', () => {
    expect(existsSync(path.join(outDir, 'uk/index.html'))).toBe(true);
    const en = read(outDir, 'index.html');
    const uk = read(outDir, 'uk/index.html');
    expect(en).toContain('<link rel="canonical" href="https://graphics.example.org/kursk/index.html">');
    expect(uk).toContain('<link rel="canonical" href="https://graphics.example.org/kursk/uk/index.html">');
    for (const html of [en, uk]) {
      expect(html).toContain('<link rel="alternate" hreflang="en" href="https://graphics.example.org/kursk/index.html">');
      expect(html).toContain('<link rel="alternate" hreflang="uk" href="https://graphics.example.org/kursk/uk/index.html">');
    }
  });
});
