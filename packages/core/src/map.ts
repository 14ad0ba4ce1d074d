import { geoArea, geoDistance, geoMercator, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { estimateTextWidth } from './text.js';
import { convertLength, type LengthUnit } from './units.js';

/** Mean Earth radius (IUGG), km: what turns d3-geo's steradians and radians into km² and km. */
export const EARTH_RADIUS_KM = 6371.0088;

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

/** Area on the sphere, km². */
export function areaKm2(object: GeoPermissibleObjects): number {
  return geoArea(object) * EARTH_RADIUS_KM ** 2;
}

/** Great-circle distance, km. */
export function distanceKm(a: LonLat, b: LonLat): number {
  return geoDistance(a, b) * EARTH_RADIUS_KM;
}

/**
 * A Mercator projection fitted to `object` inside the box less its margins. At the scale of a front line
 * (a few hundred km) Mercator's distortion is a few per cent, and readers know its look from web maps.
 */
export function fitProjection(
  object: GeoPermissibleObjects,
  width: number,
  height: number,
  margin: number | Margins = 0,
): GeoProjection {
  const m = typeof margin === 'number' ? { top: margin, right: margin, bottom: margin, left: margin } : margin;
  return geoMercator().fitExtent(
    [
      [m.left, m.top],
      [Math.max(m.left + 1, width - m.right), Math.max(m.top + 1, height - m.bottom)],
    ],
    object,
  );
}

/** Pixels per km on the map at a place: east–west, where Mercator's scale is the same as north–south. */
export function pixelsPerKm(projection: GeoProjection, at: LonLat): number {
  const [lon, lat] = at;
  const degreesPerKm = 1 / ((Math.PI / 180) * EARTH_RADIUS_KM * Math.cos((lat * Math.PI) / 180));
  const a = projection([lon, lat]);
  const b = projection([lon + degreesPerKm, lat]);
  return a && b ? Math.hypot(b[0] - a[0], b[1] - a[1]) : 0;
}

export interface ScaleBar {
  /** In the unit asked for: a round 1, 2 or 5 × 10ⁿ. */
  length: number;
  unit: LengthUnit;
  px: number;
}

/** The longest round distance whose bar fits in `maxPx` at a place on the map. */
export function scaleBar(projection: GeoProjection, at: LonLat, maxPx: number, unit: LengthUnit = 'km'): ScaleBar {
  const pxPerUnit = pixelsPerKm(projection, at) / convertLength(1, unit);
  if (!(pxPerUnit > 0) || !(maxPx > 0)) return { length: 0, unit, px: 0 };
  const most = maxPx / pxPerUnit;
  const power = 10 ** Math.floor(Math.log10(most));
  const length = [5, 2, 1].map((step) => step * power).find((candidate) => candidate <= most) ?? power;
  return { length, unit, px: length * pxPerUnit };
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
  const width = estimateTextWidth(candidate.text, size);
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
