import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderGraphic } from './index.ts';
import { CHROMIUM_ARGS, chromiumPath } from './png.ts';
import { PNG_SIGNATURE, pngSize } from './test/png.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
});
afterAll(() => browser?.close());

describe('PNG through Chromium', () => {
  it('is a PNG exactly the width asked, in device pixels', async () => {
    for (const [width, scale] of [[640, 1], [320, 1], [600, 2]] as const) {
      const { output, size } = await renderGraphic({ graphic: 'territory-bar', format: 'png', width, scale, browser });
      const png = output as Buffer;
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      const { width: pixels, height } = pngSize(png);
      expect(pixels).toBe(width * scale);
      expect(size).toEqual({ width: pixels, height });
      // As tall as the graphic: its reserved box and more, but not a whole page.
      expect(height / scale).toBeGreaterThan(200);
      expect(height / scale).toBeLessThan(700);
    }
  });
});

describe('the SVG in a browser', () => {
  it('parses as an SVG document and draws the bar in proportion, in the accent colour, as an <img>', async () => {
    const width = 640;
    const step = 4; // 560 km² of a 1,376 km² peak
    const { output, size } = await renderGraphic({ graphic: 'territory-bar', format: 'svg', width, attributes: { step: String(step) } });
    const svg = output as string;
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    try {
      await page.route('**/*', (route) => route.abort());
      await page.setContent('<!doctype html><body style="margin:0"><canvas></canvas></body>');
      const result = await page.evaluate(async ({ svg, width, height }) => {
        const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
        const error = parsed.querySelector('parsererror')?.textContent ?? null;
        const image = new Image();
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
        await image.decode();
        const canvas = document.querySelector('canvas')!;
        canvas.width = width;
        canvas.height = height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        // The bar: the run of accent-coloured pixels along the bar's middle row.
        const bar = parsed.querySelectorAll('svg svg rect')[1];
        const inner = parsed.querySelectorAll('svg svg')[0];
        const y = Number(inner.getAttribute('y')) + Number(bar.getAttribute('y')) + Number(bar.getAttribute('height')) / 2;
        const row = context.getImageData(0, Math.round(y), width, 1).data;
        let accent = 0;
        for (let x = 0; x < width; x++) {
          const [r, g, b] = [row[x * 4], row[x * 4 + 1], row[x * 4 + 2]];
          if (Math.abs(r - 0x1d) < 12 && Math.abs(g - 0x5f) < 12 && Math.abs(b - 0xb4) < 12) accent++;
        }
        return { error, naturalWidth: image.naturalWidth, naturalHeight: image.naturalHeight, accent };
      }, { svg, width, height: size!.height });
      expect(result.error).toBeNull();
      expect([result.naturalWidth, result.naturalHeight]).toEqual([width, size!.height]);
      // 560 / 1,376 of the track, within two pixels (the whiskers sit over part of it, so not more than that).
      expect(result.accent).toBeLessThanOrEqual(Math.round((560 / 1376) * width) + 2);
      expect(result.accent).toBeGreaterThan(Math.round((560 / 1376) * width) - 20);
    } finally {
      await page.close();
    }
  });
});
