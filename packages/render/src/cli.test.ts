import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from './test/png.ts';
import { parseXml } from './test/xml.ts';

/*
 * The command as a user runs it: the compiled bin under plain `node` (no loader, no TypeScript), from dist/
 * (turbo builds the package before its tests).
 */
const bin = fileURLToPath(new URL('../bin/salient-render.js', import.meta.url));
const run = promisify(execFile);

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 16 << 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'salient-render-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('salient-render', () => {
  it('writes HTML with declarative shadow DOM to standard output', async () => {
    const { code, stdout } = await cli('territory-bar', '--step', '7', '--width', '480', '--lang', 'en-GB');
    expect(code).toBe(0);
    expect(stdout).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(stdout).toContain('140 km²');
    expect(stdout).toContain('<svg width="480"');
  });

  it('writes an SVG file, its format taken from the name', async () => {
    const file = path.join(dir, 'bar.svg');
    const { code, stderr } = await cli('salient-territory-bar', '--units', 'mi2', '--theme', 'dark', '--width', '720', '-o', file);
    expect(code).toBe(0);
    expect(stderr).toMatch(/wrote .*bar\.svg \(svg, <salient-territory-bar> at 720 px, 720×\d+ px\)/);
    const root = parseXml(await readFile(file, 'utf8'));
    expect(root.attributes.width).toBe('720');
  });

  it('writes a PNG of the width times the scale, with data from a JSON file', async () => {
    const data = path.join(dir, 'data.json');
    await writeFile(data, JSON.stringify({ series: [{ date: '2025-03-13', value: 140, source: 'DeepState' }] }));
    const file = path.join(dir, 'card.png');
    const { code } = await cli('territory-bar', '--data', data, '--width', '400', '--scale', '2', '-o', file);
    expect(code).toBe(0);
    expect(pngSize(await readFile(file)).width).toBe(800);
  });

  it('lists the registry', async () => {
    const { code, stdout } = await cli('--list');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toContainEqual(expect.objectContaining({ tag: 'salient-territory-bar', dataset: 'territory' }));
  });

  it('exits 2 on a usage error and 1 on refused data, writing nothing', async () => {
    const empty = path.join(dir, 'empty.json');
    const broken = path.join(dir, 'broken.json');
    await writeFile(empty, '{"series": []}');
    await writeFile(broken, '{nope');
    const [none, unknown, theme, format, attribute, refused, invalid] = await Promise.all([
      cli(),
      cli('pie-chart'),
      cli('territory-bar', '--theme', 'purple'),
      cli('territory-bar', '--format', 'gif'),
      cli('territory-bar', '--onclick', 'x'),
      cli('territory-bar', '--data', empty),
      cli('territory-bar', '--data', broken),
    ]);
    for (const usage of [none, unknown, theme, format, attribute]) expect(usage.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown graphic “pie-chart”/);
    expect(theme.stderr).toMatch(/theme must be one of light, dark, auto/);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/the data was refused: .*series/);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/not valid JSON/);
  });
});
