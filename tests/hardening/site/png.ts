/**
 * Just enough PNG for comparing screenshots, with node:zlib and no dependency: decode 8-bit RGB or RGBA,
 * non-interlaced (what Chromium writes), encode RGBA, and a per-pixel comparison with a diff image.
 */
import { deflateSync, inflateSync } from 'node:zlib';

export interface Image {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, rows top to bottom. */
  data: Buffer;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function decodePng(png: Buffer): Image {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = body.subarray(8, 13);
      channels = colour === 6 ? 4 : colour === 2 ? 3 : 0;
      if (depth !== 8 || !channels || interlace !== 0) {
        throw new Error(`unsupported PNG: bit depth ${depth}, colour type ${colour}, interlace ${interlace}`);
      }
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = rows.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? rows.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[x - channels] : 0;
      const b = up[x];
      const c = x >= channels ? up[x - channels] : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      if (predictor === undefined) throw new Error(`bad PNG filter ${filter}`);
      out[x] = (line[x] + predictor) & 0xff;
    }
  }
  if (channels === 4) return { width, height, data: rows };
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rows.copy(data, i * 4, i * 3, i * 3 + 3);
    data[i * 4 + 3] = 255;
  }
  return { width, height, data };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

export function encodePng({ width, height, data }: Image): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  // Opaque pictures (screenshots) as RGB, a quarter smaller; rows unfiltered, which for flat-coloured graphics
  // with text compresses better than the adaptive filters (measured on the baselines). Baselines are committed, so
  // their size matters.
  let opaque = true;
  for (let i = 3; i < data.length && opaque; i += 4) opaque = data[i] === 255;
  const channels = opaque ? 3 : 4;
  header[9] = opaque ? 2 : 6;
  const stride = width * channels;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      data.copy(raw, y * (stride + 1) + 1 + x * channels, (y * width + x) * 4, (y * width + x) * 4 + channels);
    }
  }
  const idat = deflateSync(raw, { level: 9 });
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

export interface Tolerance {
  /** A pixel differs when any of its channels differs by more than this (0-255). */
  channel: number;
  /** The images match when at most this share of their pixels differ (0-1). */
  ratio: number;
}

export interface Comparison {
  matches: boolean;
  /** Why they do not match, for the assertion message. */
  reason: string;
  differing: number;
  ratio: number;
  /** The expected image faded, differing pixels in red (when the sizes agree). */
  diff: Image | null;
}

export function compareImages(expected: Image, actual: Image, tolerance: Tolerance): Comparison {
  if (expected.width !== actual.width || expected.height !== actual.height) {
    const reason = `size ${actual.width}×${actual.height}, expected ${expected.width}×${expected.height}`;
    return { matches: false, reason, differing: NaN, ratio: 1, diff: null };
  }
  const diff = Buffer.alloc(expected.data.length);
  let differing = 0;
  for (let i = 0; i < expected.data.length; i += 4) {
    let most = 0;
    for (let c = 0; c < 4; c++) most = Math.max(most, Math.abs(expected.data[i + c] - actual.data[i + c]));
    if (most > tolerance.channel) {
      differing++;
      diff.set([255, 0, 0, 255], i);
    } else {
      const grey = 255 - Math.round((255 - (expected.data[i] + expected.data[i + 1] + expected.data[i + 2]) / 3) * 0.25);
      diff.set([grey, grey, grey, 255], i);
    }
  }
  const ratio = differing / (expected.width * expected.height);
  return {
    matches: ratio <= tolerance.ratio,
    reason: `${differing} pixels (${(ratio * 100).toFixed(3)} %) differ by more than ${tolerance.channel}/255; at most ${(tolerance.ratio * 100).toFixed(3)} % may`,
    differing,
    ratio,
    diff: { width: expected.width, height: expected.height, data: diff },
  };
}
