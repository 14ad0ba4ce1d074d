import { areaKm2 } from '@salient/core';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** The polygons of a Polygon or MultiPolygon, as a list. */
export function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Twice a ring's signed area in the lon/lat plane (north up): negative when it runs clockwise. */
export function planarArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % n];
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum;
}

const normalized = new WeakMap<object, MultiPolygon>();

/**
 * The geometry as a MultiPolygon wound one way throughout: outer rings clockwise and holes anticlockwise (north up),
 * so that on screen every hole runs against its outline and the nonzero fill leaves it empty, and every outline a
 * morph follows runs the same way. Data in either winding is accepted. Cached per input object: data is treated as
 * immutable.
 */
export function normalizePolygons(geometry: Polygon | MultiPolygon): MultiPolygon {
  const cached = normalized.get(geometry);
  if (cached) return cached;
  const coordinates = polygonsOf(geometry).map((rings) =>
    rings.map((ring, i) => {
      const clockwise = planarArea(ring) < 0;
      const wanted = i === 0;
      return clockwise === wanted ? ring : [...ring].reverse();
    }),
  );
  const result: MultiPolygon = { type: 'MultiPolygon', coordinates };
  normalized.set(geometry, result);
  return result;
}

const areas = new WeakMap<object, number>();

/** The area of a held shape on the sphere, km²: computed from the geometry, never taken from the data. */
export function heldAreaKm2(geometry: Polygon | MultiPolygon): number {
  let area = areas.get(geometry);
  if (area === undefined) {
    area = areaKm2(geometry);
    areas.set(geometry, area);
  }
  return area;
}

const bounds = new WeakMap<object, readonly [number, number, number, number]>();

/** A ring's lon/lat bounding box, cached per ring (data is immutable): most points a layout tries are outside it. */
function ringBounds(ring: readonly Position[]): readonly [number, number, number, number] {
  let box = bounds.get(ring);
  if (!box) {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const position of ring) {
      x0 = Math.min(x0, position[0]);
      x1 = Math.max(x1, position[0]);
      y0 = Math.min(y0, position[1]);
      y1 = Math.max(y1, position[1]);
    }
    box = [x0, y0, x1, y1];
    bounds.set(ring, box);
  }
  return box;
}

/** Whether a point crosses into a ring an odd number of times (ray casting). */
function inRing(ring: readonly Position[], x: number, y: number): boolean {
  const [x0, y0, x1, y1] = ringBounds(ring);
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  let inside = false;
  // Indexed reads, not destructuring: this loop runs over every vertex for every point tried, mostly before the
  // engine has optimised it.
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    const xi = a[0];
    const yi = a[1];
    const xj = b[0];
    const yj = b[1];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Whether `[lon, lat]` lies inside the shape (inside an outer ring and outside its holes). Worked in the lon/lat
 * plane: over tens of kilometres that is what the sphere gives.
 */
export function containsPoint(shape: MultiPolygon, lonLat: readonly number[]): boolean {
  const [x, y] = lonLat as [number, number];
  return shape.coordinates.some(([outer, ...holes]) => !!outer && inRing(outer, x, y) && !holes.some((hole) => inRing(hole, x, y)));
}

/** Whether a place `[lon, lat]` lies inside the held shape. */
export function containsPlace(geometry: Polygon | MultiPolygon, lonLat: readonly [number, number]): boolean {
  return containsPoint(normalizePolygons(geometry), lonLat);
}

/** Index of the polygon with the largest outer ring (planar area): the one a morph follows. */
export function largestPolygon(shape: MultiPolygon): number {
  let best = -1;
  let bestArea = -1;
  shape.coordinates.forEach((rings, i) => {
    const area = Math.abs(planarArea(rings[0] ?? []));
    if (area > bestArea) {
      bestArea = area;
      best = i;
    }
  });
  return best;
}
