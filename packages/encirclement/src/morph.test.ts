import { describe, expect, it } from 'vitest';
import type { Point } from '@salient/core';
import { alignRing, interpolateRing, openRing, pairRings, resampleRing, ringLength, signedArea } from './morph.js';

const square: Point[] = [[0, 0], [100, 0], [100, 100], [0, 100], [0, 0]];
const triangle: Point[] = [[0, 0], [60, 0], [30, 40]];

describe('resampleRing', () => {
  it('spaces points evenly by arc length, whatever the vertices', () => {
    const points = resampleRing(square, 8);
    expect(points).toHaveLength(8);
    expect(points).toEqual([[0, 0], [50, 0], [100, 0], [100, 50], [100, 100], [50, 100], [0, 100], [0, 50]]);
    const ring = resampleRing(triangle, 64);
    const gaps = ring.map((p, i) => Math.hypot(ring[(i + 1) % 64][0] - p[0], ring[(i + 1) % 64][1] - p[1]));
    // Chords across a corner are a little shorter than the arc; everywhere else the spacing is the same.
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(ringLength(triangle) / 64 + 1e-9);
    expect(Math.min(...gaps)).toBeGreaterThan((ringLength(triangle) / 64) * 0.7);
  });

  it('drops the closing repeat and survives degenerate rings', () => {
    expect(openRing(square)).toHaveLength(4);
    expect(resampleRing([[5, 5], [5, 5], [5, 5], [5, 5]], 4)).toEqual([[5, 5], [5, 5], [5, 5], [5, 5]]);
    expect(resampleRing([], 4)).toEqual([]);
  });
});

describe('alignRing', () => {
  it('turns a ring to the same winding and rotates its start to the nearest point', () => {
    const a = resampleRing(square, 16);
    const reversed = resampleRing([...square].reverse(), 16);
    const shifted = [...a.slice(5), ...a.slice(0, 5)];
    expect(Math.sign(signedArea(reversed))).not.toBe(Math.sign(signedArea(a)));
    expect(alignRing(a, shifted)).toEqual(a);
    const aligned = alignRing(a, reversed);
    expect(Math.sign(signedArea(aligned))).toBe(Math.sign(signedArea(a)));
    expect(aligned).toEqual(a);
  });
});

describe('interpolateRing and pairRings', () => {
  it('starts at one ring and ends at the other', () => {
    const { from, to } = pairRings(square, triangle, 32);
    expect(from).toHaveLength(32);
    expect(to).toHaveLength(32);
    expect(interpolateRing(from, to, 0)).toEqual(from);
    expect(interpolateRing(from, to, 1)).toEqual(to);
    const half = interpolateRing(from, to, 0.5);
    expect(half[3]).toEqual([(from[3][0] + to[3][0]) / 2, (from[3][1] + to[3][1]) / 2]);
  });

  it('grows a shape from a point when the other frame holds nothing, and shrinks it to one', () => {
    const grow = pairRings(undefined, square, 8);
    expect(new Set(grow.from.map(String)).size).toBe(1);
    expect(grow.from[0]).toEqual([50, 50]);
    const shrink = pairRings(square, [], 8);
    expect(new Set(shrink.to.map(String)).size).toBe(1);
    expect(pairRings(undefined, undefined)).toEqual({ from: [], to: [] });
  });
});
