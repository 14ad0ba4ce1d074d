/** The PNG signature, and the image size from the IHDR chunk that must follow it. */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function pngSize(png: Buffer): { width: number; height: number } {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG: wrong signature');
  // The first chunk: length (4 bytes, 13 for IHDR), type "IHDR", then width and height, big-endian.
  if (png.readUInt32BE(8) !== 13 || png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('no IHDR chunk first');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
