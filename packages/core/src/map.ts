import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { estimateTextWidth } from './text.js';
import { convertLength, type LengthUnit } from './units.js';

/** Mean Earth radius (IUGG), km: the sphere every distance and area here is measured on. */
export const EARTH_RADIUS_KM = 6371.0088;

const RADIANS = Math.PI / 180;

export type LonLat = [lon: number, lat: number];
export type Point = [x: number, y: number];

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/* ------------------------------------------------------------------ measures on the sphere */

/** Great-circle distance between two `[lon, lat]` positions, km (the haversine formula). */
export function distanceKm([lon1, lat1]: readonly number[], [lon2, lat2]: readonly number[]): number {
  const a =
    Math.sin(((lat2 - lat1) * RADIANS) / 2) ** 2 +
    Math.cos(lat1 * RADIANS) * Math.cos(lat2 * RADIANS) * Math.sin(((lon2 - lon1) * RADIANS) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * A ring's signed area on the unit sphere, steradians, with great-circle edges: the sum of the spherical triangles
 * each edge makes with the pole (d3-geo's geoArea formula). Positive when the ring runs clockwise on a north-up map.
 */
function ringArea(ring: readonly Position[]): number {
  const last = ring[ring.length - 1];
  if (!last) return 0;
  let sum = 0;
  let lambda0 = last[0] * RADIANS;
  let phi = (last[1] * RADIANS) / 2 + Math.PI / 4;
  let cos0 = Math.cos(phi);
  let sin0 = Math.sin(phi);
  for (const [lon, lat] of ring) {
    const lambda = lon * RADIANS;
    phi = (lat * RADIANS) / 2 + Math.PI / 4;
    const d = lambda - lambda0;
    const sign = d >= 0 ? 1 : -1;
    const cos = Math.cos(phi);
    const sin = Math.sin(phi);
    const k = sin0 * sin;
    sum += Math.atan2(k * sign * Math.sin(sign * d), cos0 * cos + k * Math.cos(sign * d));
    [lambda0, cos0, sin0] = [lambda, cos, sin];
  }
  return 2 * sum;
}

/**
 * Area on the sphere, km², of a Polygon or MultiPolygon with great-circle edges: each polygon's first ring is its
 * outline and the others are holes, in either winding. For shapes smaller than a hemisphere (anything on a map of
 * a front line); unlike d3's geoArea, a ring wound "the wrong way" is not read as the rest of the globe.
 */
export function areaKm2(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let area = 0;
  for (const [outline, ...holes] of polygons) {
    if (outline) area += Math.max(0, holes.reduce((sum, hole) => sum - Math.abs(ringArea(hole)), Math.abs(ringArea(outline))));
  }
  return area * EARTH_RADIUS_KM ** 2;
}

/* ------------------------------------------------------------------ the map projection */

/**
 * Spherical Mercator, unscaled (d3-geo's geoMercatorRaw, from degrees): x east and y north, in radians of the
 * equator. Latitudes are held within ±85°, where the projection runs off towards infinity.
 */
export function mercator(lon: number, lat: number): Point {
  const phi = Math.max(-85, Math.min(85, lat)) * RADIANS;
  return [lon * RADIANS, Math.log(Math.tan((Math.PI / 2 + phi) / 2))];
}

/** A Mercator projection fitted to a box: see fitMercator. */
export interface MercatorFit {
  /** `[lon, lat]` (a height after them is ignored) to `[x, y]` px, y down. */
  project: (position: readonly number[]) => Point;
  /** `[x, y]` px back to `[lon, lat]`. */
  invert: (point: readonly number[]) => LonLat;
  /** The map's scale at a latitude, px per km (the same in every direction, as Mercator is conformal). */
  pxPerKm: (lat: number) => number;
  /** px per radian of longitude. */
  k: number;
}

/**
 * A Mercator projection that fits `positions` inside the box less its margins, centred: what d3's
 * `geoMercator().fitExtent()` gives for them, as plain arithmetic on the raw projection. d3's projection pipeline
 * (spherical clipping, adaptive resampling, streams) weighs about 6 kB gzipped, and a map a few dozen to a few
 * hundred km across needs none of it: at that scale Mercator's distortion is a few per cent, and readers know its
 * look from web maps.
 */
export function fitMercator(positions: readonly (readonly number[])[], width: number, height: number, margins: number | Margins = 0): MercatorFit {
  const m = typeof margins === 'number' ? { top: margins, right: margins, bottom: margins, left: margins } : margins;
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const [lon, lat] of positions) {
    const [x, y] = mercator(lon, lat);
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  if (!(x0 <= x1)) [x0, x1, y0, y1] = [0, 0, 0, 0];
  const innerWidth = Math.max(1, width - m.left - m.right);
  const innerHeight = Math.max(1, height - m.top - m.bottom);
  const k = Math.min(innerWidth / Math.max(x1 - x0, 1e-9), innerHeight / Math.max(y1 - y0, 1e-9));
  const tx = m.left + (innerWidth - k * (x1 - x0)) / 2 - k * x0;
  const ty = m.top + (innerHeight - k * (y1 - y0)) / 2 + k * y1;
  return {
    k,
    project: ([lon, lat]) => {
      const [x, y] = mercator(lon, lat);
      return [tx + k * x, ty - k * y];
    },
    invert: ([x, y]) => [(x - tx) / k / RADIANS, (2 * Math.atan(Math.exp((ty - y) / k)) - Math.PI / 2) / RADIANS],
    // 1 km is 1 / (R cos φ) radians of longitude, and the map draws a radian of longitude as k px.
    pxPerKm: (lat) => k / (EARTH_RADIUS_KM * Math.cos(lat * RADIANS)),
  };
}

export interface ScaleBar {
  /** In the unit asked for: a round 1, 2 or 5 × 10ⁿ. */
  length: number;
  unit: LengthUnit;
  px: number;
}

/** The longest round length (1, 2 or 5 × 10ⁿ) that is at most `most`; 0 when `most` is not above 0. */
export function roundLength(most: number): number {
  if (!(most > 0)) return 0;
  const power = 10 ** Math.floor(Math.log10(most));
  return [5, 2, 1].map((step) => step * power).find((candidate) => candidate <= most) ?? power;
}

/** The longest round distance whose bar fits in `maxPx`, on a map drawn at `pxPerKm` where the bar measures. */
export function scaleBar(pxPerKm: number, maxPx: number, unit: LengthUnit = 'km'): ScaleBar {
  const pxPerUnit = pxPerKm / convertLength(1, unit);
  if (!(pxPerUnit > 0) || !(maxPx > 0)) return { length: 0, unit, px: 0 };
  const length = roundLength(maxPx / pxPerUnit);
  return { length, unit, px: length * pxPerUnit };
}

/* ------------------------------------------------------------------ drawing projected shapes */

const round = (n: number) => Math.round(n * 10) / 10;

/** SVG path data through points, to 0.1 px; `closed` ends it with Z, for a ring. No points, no path. */
export function pathData(points: readonly (readonly number[])[], closed = false): string {
  let d = '';
  for (const [x, y] of points) d += `${d ? 'L' : 'M'}${round(x)},${round(y)}`;
  return d && closed ? `${d}Z` : d;
}

/** SVG path data for a closed ring of points (the closing repeat of its first point is not needed). */
export function ringPath(ring: readonly (readonly number[])[]): string {
  return pathData(ring, true);
}

/**
 * A ring of points clipped to a box (Sutherland–Hodgman), so land far beyond the map never reaches the DOM. The
 * result may run along the box's edges; keep the box a few px outside the visible map, where those edges hide.
 */
export function clipRing(ring: readonly Point[], box: Box): Point[] {
  const right = box.x + box.width;
  const bottom = box.y + box.height;
  const atX = (a: Point, b: Point, x: number): Point => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
  const atY = (a: Point, b: Point, y: number): Point => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
  const edges: [(p: Point) => boolean, (a: Point, b: Point) => Point][] = [
    [(p) => p[0] >= box.x, (a, b) => atX(a, b, box.x)],
    [(p) => p[0] <= right, (a, b) => atX(a, b, right)],
    [(p) => p[1] >= box.y, (a, b) => atY(a, b, box.y)],
    [(p) => p[1] <= bottom, (a, b) => atY(a, b, bottom)],
  ];
  let out = [...ring];
  for (const [inside, cut] of edges) {
    const input = out;
    out = [];
    input.forEach((current, i) => {
      const previous = input[(i || input.length) - 1];
      if (inside(current)) {
        if (!inside(previous)) out.push(cut(previous, current));
        out.push(current);
      } else if (inside(previous)) out.push(cut(previous, current));
    });
  }
  return out;
}

/**
 * A line of points clipped to a box (Liang–Barsky, segment by segment): the parts inside, each its own line, cut
 * where they cross the box's edges.
 */
export function clipLine(line: readonly Point[], box: Box): Point[][] {
  const parts: Point[][] = [];
  let part: Point[] | undefined;
  for (let i = 1; i < line.length; i++) {
    const [ax, ay] = line[i - 1];
    const [bx, by] = line[i];
    const dx = bx - ax;
    const dy = by - ay;
    let t0 = 0;
    let t1 = 1;
    // Each edge as p·t ≤ q: left, right, top, bottom.
    for (const [p, q] of [
      [-dx, ax - box.x],
      [dx, box.x + box.width - ax],
      [-dy, ay - box.y],
      [dy, box.y + box.height - ay],
    ]) {
      if (p === 0) {
        if (q < 0) t0 = Infinity;
      } else if (p < 0) t0 = Math.max(t0, q / p);
      else t1 = Math.min(t1, q / p);
    }
    if (t0 > t1) {
      part = undefined;
      continue;
    }
    if (!part || t0 > 0) parts.push((part = [[ax + t0 * dx, ay + t0 * dy]]));
    part.push([ax + t1 * dx, ay + t1 * dy]);
    if (t1 < 1) part = undefined;
  }
  return parts;
}

/** The GeoJSON geometries a map draws: lines and polygons. */
export type MapGeometry = LineString | MultiLineString | Polygon | MultiPolygon;

/**
 * SVG path data for a geometry through a projection, to 0.1 px: rings closed with Z, lines open; clipped to `clip`
 * when given. What d3's geoPath writes for lines and polygons, without its streams, spherical clipping and
 * resampling (at these scales a great-circle edge and its straight chord differ by less than a pixel).
 */
export function geoPathData(geometry: MapGeometry, project: (position: readonly number[]) => Point, clip?: Box): string {
  const polygon = geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
  const lines: Position[][] =
    geometry.type === 'LineString' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates.flat() : geometry.coordinates;
  let d = '';
  for (const line of lines) {
    // A ring's closing repeat of its first position is drawn by Z.
    const last = line[line.length - 1];
    const closed = polygon && line.length > 1 && last[0] === line[0][0] && last[1] === line[0][1];
    const points = (closed ? line.slice(0, -1) : line).map(project);
    if (polygon) {
      const ring = clip ? clipRing(points, clip) : points;
      if (ring.length > 2) d += pathData(ring, true);
    } else for (const part of clip ? clipLine(points, clip) : [points]) d += pathData(part);
  }
  return d;
}

export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

export interface LabelCandidate {
  id: string;
  /** The labelled point, px. */
  x: number;
  y: number;
  text: string;
  /** Lower is more important; 1 is always placed. */
  priority: number;
  fontSize?: number;
  /** Set bold (font-weight 600 or more): measured wider. */
  bold?: boolean;
  /** CSS letter-spacing, em. */
  letterSpacing?: number;
  /** Room kept around the point (its dot), px. */
  radius?: number;
}

export interface PlacedMapLabel {
  id: string;
  text: string;
  /** Text anchor point and alignment, ready for an SVG <text>. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
  /** Placed although it overlaps: a priority-1 label with nowhere free to go. */
  forced: boolean;
}

type Side = 'right' | 'left' | 'above' | 'below' | 'above-right' | 'below-right' | 'above-left' | 'below-left';
const SIDES: Side[] = ['right', 'left', 'above', 'below', 'above-right', 'below-right', 'above-left', 'below-left'];

function labelAt(candidate: LabelCandidate, side: Side): PlacedMapLabel {
  const size = candidate.fontSize ?? 12;
  const width = estimateTextWidth(candidate.text, size, { bold: candidate.bold, letterSpacing: candidate.letterSpacing });
  const height = Math.ceil(size * 1.2);
  const pad = (candidate.radius ?? 3) + 3;
  const { x, y } = candidate;
  const anchor = side.endsWith('right') ? 'start' : side.endsWith('left') ? 'end' : 'middle';
  const left = anchor === 'start' ? x + pad : anchor === 'end' ? x - pad - width : x - width / 2;
  const top = side.startsWith('above') ? y - pad - height : side.startsWith('below') ? y + pad : y - height / 2;
  const textX = anchor === 'start' ? left : anchor === 'end' ? left + width : x;
  // Baseline about 80% down the box for a typical sans face.
  return { id: candidate.id, text: candidate.text, x: textX, y: top + height * 0.8, anchor, box: { x: left, y: top, width, height }, forced: false };
}

/**
 * Places labels beside their points without overlapping each other, the other points or the obstacles, and inside
 * the bounds. Tries eight positions per label, most important labels first; a label with no free position is left
 * out, except priority 1, which is placed at its first position inside the bounds and marked `forced`.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  bounds: { width: number; height: number },
  obstacles: readonly Box[] = [],
): PlacedMapLabel[] {
  const taken: Box[] = [
    ...obstacles,
    ...candidates.map((c) => {
      const r = c.radius ?? 3;
      return { x: c.x - r, y: c.y - r, width: 2 * r, height: 2 * r };
    }),
  ];
  const inside = (box: Box) => box.x >= 0 && box.y >= 0 && box.x + box.width <= bounds.width && box.y + box.height <= bounds.height;
  const placed: PlacedMapLabel[] = [];
  const order = [...candidates].sort((a, b) => a.priority - b.priority);
  for (const candidate of order) {
    const options = SIDES.map((side) => labelAt(candidate, side)).filter((label) => inside(label.box));
    const free = options.find((label) => !taken.some((box) => boxesOverlap(label.box, box, 2)));
    const chosen = free ?? (candidate.priority <= 1 && options[0] ? { ...options[0], forced: true } : undefined);
    if (!chosen) continue;
    placed.push(chosen);
    taken.push(chosen.box);
  }
  return placed;
}

export interface Arrow {
  /** SVG path data for the shaft, ending where the head begins. */
  shaft: string;
  /** SVG polygon points for the head. */
  head: string;
  /** Straight-line length, px: enough to set stroke-dasharray for a drawing-in animation. */
  length: number;
}

/**
 * An arrow from `from` to `to` in screen space, bent by `bend` (a fraction of its length, to the left of travel),
 * with a head of `headSize` px.
 */
export function arrow(from: Point, to: Point, { headSize = 9, bend = 0.15 } = {}): Arrow {
  const [x1, y1] = from;
  const [x2, y2] = to;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length = Math.hypot(dx, dy);
  if (length === 0) return { shaft: '', head: '', length: 0 };
  // Control point: the midpoint pushed sideways.
  const cx = (x1 + x2) / 2 - dy * bend;
  const cy = (y1 + y2) / 2 + dx * bend;
  // Direction at the tip of a quadratic curve: from the control point to the end.
  const tx = x2 - cx;
  const ty = y2 - cy;
  const t = Math.hypot(tx, ty) || 1;
  const ux = tx / t;
  const uy = ty / t;
  const head = Math.min(headSize, length / 2);
  const bx = x2 - ux * head;
  const by = y2 - uy * head;
  const half = head * 0.6;
  const r = (n: number) => Math.round(n * 10) / 10;
  return {
    shaft: `M${r(x1)},${r(y1)}Q${r(cx)},${r(cy)} ${r(bx)},${r(by)}`,
    head: `${r(x2)},${r(y2)} ${r(bx - uy * half)},${r(by + ux * half)} ${r(bx + uy * half)},${r(by - ux * half)}`,
    length,
  };
}
