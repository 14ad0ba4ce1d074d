import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// dist/resize.js as built (turbo runs `build` before `test`): what a host page downloads.
describe('dist/resize.js', () => {
  it('is one classic script of well under 1 kB minified and gzipped', async () => {
    const code = await readFile(new URL('../dist/resize.js', import.meta.url));
    const gzip = gzipSync(code, { level: 9 }).length;
    console.log(`dist/resize.js: ${code.length} B minified, ${gzip} B minified + gzip`);
    expect(gzip).toBeLessThanOrEqual(1024);
    const source = code.toString('utf8');
    expect(source).not.toMatch(/\bimport\b|\bexport\b/);
    expect(source).toContain('salient:resize');
    expect(source.split('\n').filter(Boolean)).toHaveLength(1);
  });
});
