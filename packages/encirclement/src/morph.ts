import type { Point } from '@salient/core';

/** Points per ring in a morph: enough for a smooth outline at 1,280 px, few enough to interpolate each frame. */
export const MORPH_POINTS = 128;

/** Twice the signed area of a ring in screen space (y down): positive when it runs clockwise on screen. */
export function signedArea(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % n];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

/** A ring without the closing repeat of its first point. */
export function openRing(ring: readonly Point[]): Point[] {
  const points = ring.map(([x, y]): Point => [x, y]);
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) points.pop();
  return points;
}

/** Perimeter, px. */
export function ringLength(ring: readonly Point[]): number {
  let length = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % n];
    length += Math.hypot(x2 - x1, y2 - y1);
  }
  return length;
}

/**
 * `n` points spaced evenly by arc length around an (open) ring, starting at its first point, so that two rings
 * with any number of vertices can be interpolated point by point.
 */
export function resampleRing(ring: readonly Point[], n = MORPH_POINTS): Point[] {
  const points = openRing(ring);
  if (points.length === 0) return [];
  const total = ringLength(points);
  if (points.length === 1 || total === 0) return Array.from({ length: n }, () => [points[0][0], points[0][1]]);
  const out: Point[] = [];
  const step = total / n;
  let segment = 0;
  let walked = 0; // arc length at the start of `segment`
  for (let i = 0; i < n; i++) {
    const target = i * step;
    let [x1, y1] = points[segment];
    let [x2, y2] = points[(segment + 1) % points.length];
    let length = Math.hypot(x2 - x1, y2 - y1);
    while (walked + length < target && segment < points.length - 1) {
      walked += length;
      segment++;
      [x1, y1] = points[segment]!;
      [x2, y2] = points[(segment + 1) % points.length]!;
      length = Math.hypot(x2 - x1, y2 - y1);
    }
    const t = length > 0 ? Math.min(1, (target - walked) / length) : 0;
    out.push([x1 + (x2 - x1) * t, y1 + (y2 - y1) * t]);
  }
  return out;
}

/**
 * `ring` turned to run the same way round as `reference` and rotated so its start point is the one that
 * minimises the summed squared distance to `reference`: the morph then moves each point the least.
 * Both rings have the same number of points (resample them first).
 */
export function alignRing(reference: readonly Point[], ring: readonly Point[]): Point[] {
  const n = ring.length;
  if (n === 0 || n !== reference.length) return [...ring];
  const same = Math.sign(signedArea(reference)) === Math.sign(signedArea(ring)) || signedArea(ring) === 0;
  const turned = same ? [...ring] : [...ring].reverse();
  let best = 0;
  let bestCost = Infinity;
  for (let offset = 0; offset < n; offset++) {
    let cost = 0;
    for (let i = 0; i < n && cost < bestCost; i++) {
      const [ax, ay] = reference[i];
      const [bx, by] = turned[(i + offset) % n];
      cost += (ax - bx) ** 2 + (ay - by) ** 2;
    }
    if (cost < bestCost) {
      bestCost = cost;
      best = offset;
    }
  }
  return turned.map((_, i) => turned[(i + best) % n]);
}

/** The rings `t` of the way from `a` to `b` (same lengths), t in [0, 1]. */
export function interpolateRing(a: readonly Point[], b: readonly Point[], t: number): Point[] {
  return a.map(([ax, ay], i) => {
    const [bx, by] = b[i] ?? [ax, ay];
    return [ax + (bx - ax) * t, ay + (by - ay) * t];
  });
}

/** The centre of a ring's points: where a shape that appears or vanishes grows from or shrinks to. */
export function ringCentre(ring: readonly Point[]): Point {
  if (ring.length === 0) return [0, 0];
  let x = 0;
  let y = 0;
  for (const [px, py] of ring) {
    x += px;
    y += py;
  }
  return [x / ring.length, y / ring.length];
}

/** Two rings ready to interpolate: resampled to `n` points each, the second aligned to the first. */
export interface RingPair {
  from: Point[];
  to: Point[];
}

/**
 * Pairs the main outlines of two frames for a morph. Either may be missing (nothing held): it is then the other
 * ring collapsed to its centre, so the shape grows from or shrinks to a point.
 */
export function pairRings(from: readonly Point[] | undefined, to: readonly Point[] | undefined, n = MORPH_POINTS): RingPair {
  const a = from && from.length ? resampleRing(from, n) : undefined;
  const b = to && to.length ? resampleRing(to, n) : undefined;
  if (!a && !b) return { from: [], to: [] };
  const collapse = (ring: Point[]): Point[] => {
    const centre = ringCentre(ring);
    return ring.map(() => [centre[0], centre[1]]);
  };
  if (!a) return { from: collapse(b!), to: b! };
  if (!b) return { from: a, to: collapse(a) };
  return { from: a, to: alignRing(a, b) };
}
