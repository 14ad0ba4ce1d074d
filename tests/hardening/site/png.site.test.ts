/* The PNG codec the visual suites rely on: what it writes, it reads back to the byte; the comparison counts. */
import { describe, expect, it } from 'vitest';
import { compareImages, decodePng, encodePng, type Image } from './png.ts';

/** A deterministic picture with flat areas, gradients and noise, so every row filter gets used. */
function picture(width: number, height: number, seed: number): Image {
  const data = Buffer.alloc(width * height * 4);
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) & 0xff);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const noisy = y % 7 === 3;
      data.set([noisy ? random() : x * 3, noisy ? random() : y * 5, (x * y) & 0xff, x % 11 === 0 ? 128 : 255], i);
    }
  }
  return { width, height, data };
}

describe('png.ts', () => {
  it('decodes what it encodes, byte for byte', () => {
    const image = picture(37, 23, 7);
    const back = decodePng(encodePng(image));
    expect([back.width, back.height]).toEqual([37, 23]);
    expect(back.data.equals(image.data)).toBe(true);
    // Opaque pictures are written as RGB and read back as RGBA.
    const opaque = picture(19, 9, 3);
    for (let i = 3; i < opaque.data.length; i += 4) opaque.data[i] = 255;
    const png = encodePng(opaque);
    expect(png[25]).toBe(2);
    expect(decodePng(png).data.equals(opaque.data)).toBe(true);
  });

  it('counts the pixels that differ by more than the channel threshold', () => {
    const a = picture(20, 10, 1);
    const b = { ...a, data: Buffer.from(a.data) };
    b.data[0] = (b.data[0] + 10) & 0xff; // within a threshold of 16
    b.data[4 * 50 + 1] = (b.data[4 * 50 + 1] + 100) & 0xff; // over it
    b.data[4 * 199 + 3] = (b.data[4 * 199 + 3] + 100) & 0xff; // alpha counts too
    const result = compareImages(a, b, { channel: 16, ratio: 0.01 });
    expect(result.differing).toBe(2);
    expect(result.matches).toBe(true);
    expect(compareImages(a, b, { channel: 16, ratio: 0.005 }).matches).toBe(false);
    expect(compareImages(a, picture(20, 11, 1), { channel: 255, ratio: 1 }).matches).toBe(false);
  });
});
