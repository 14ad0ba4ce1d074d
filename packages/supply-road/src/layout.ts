import {
  boxesOverlap,
  clipRing,
  EARTH_RADIUS_KM,
  estimateTextWidth,
  fitMercator,
  geoPathData,
  KM_PER_MI,
  pathData,
  placeLabels,
  ringPath,
  scaleBar,
  type Box,
  type LabelCandidate,
  type LengthUnit,
  type LonLat,
  type PlacedMapLabel,
  type Point,
} from '@salient/core';
import type { GeoBorder, GeoPolygonFeature, SupplyRoadData } from './schema.js';

/** A stretch of road as distances from its start, km: [startKm, endKm] with start < end. */
export type Interval = [startKm: number, endKm: number];

/** A road as a polyline in a flat km frame, with the distance along it at each vertex. */
export interface Road {
  points: Point[];
  /** cumulative[i]: km from the start to points[i]. */
  cumulative: number[];
  lengthKm: number;
}

/** A drone range: every point of road within `radiusKm` of `centre` (km frame) is covered. */
export interface Range {
  centre: Point;
  radiusKm: number;
}

/** Tolerance, km (a millimetre): what counts as touching rather than crossing. */
const EPSILON = 1e-6;

/**
 * A flat frame in km around a place: x east, y north, from an equirectangular projection scaled at the frame's
 * latitude. Affine in lon/lat, so straight lines between waypoints stay straight. Over a 50 km road at 51°N its
 * error against the sphere is under 0.2%.
 */
export interface LocalFrame {
  origin: LonLat;
  kmPerLon: number;
  kmPerLat: number;
}

/** The frame centred on the middle of the points' bounding box. */
export function localFrame(points: readonly LonLat[]): LocalFrame {
  let [west, east, south, north] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const [lon, lat] of points) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  const origin: LonLat = points.length ? [(west + east) / 2, (south + north) / 2] : [0, 0];
  const kmPerLat = (Math.PI / 180) * EARTH_RADIUS_KM;
  return { origin, kmPerLat, kmPerLon: kmPerLat * Math.cos((origin[1] * Math.PI) / 180) };
}

export function toKm(frame: LocalFrame, [lon, lat]: LonLat): Point {
  return [(lon - frame.origin[0]) * frame.kmPerLon, (lat - frame.origin[1]) * frame.kmPerLat];
}

export function toLonLat(frame: LocalFrame, [x, y]: Point): LonLat {
  return [frame.origin[0] + x / frame.kmPerLon, frame.origin[1] + y / frame.kmPerLat];
}

/** Measures a polyline: the distance along it at each vertex. */
export function measureRoad(points: readonly Point[]): Road {
  const copy = points.map(([x, y]): Point => [x, y]);
  const cumulative = [0];
  for (let i = 1; i < copy.length; i++) {
    const [ax, ay] = copy[i - 1];
    const [bx, by] = copy[i];
    cumulative.push(cumulative[i - 1] + Math.hypot(bx - ax, by - ay));
  }
  return { points: copy, cumulative, lengthKm: cumulative[cumulative.length - 1] ?? 0 };
}

/**
 * Where the segment a→b lies inside the circle, as parameters [t0, t1] along it (0 at a, 1 at b), or null when it
 * stays outside or only touches. Solves |a + t(b − a) − c|² = r², a quadratic in t, and clips the roots to [0, 1].
 */
export function segmentInCircle(a: Point, b: Point, centre: Point, radius: number): [number, number] | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const fx = a[0] - centre[0];
  const fy = a[1] - centre[1];
  const qa = dx * dx + dy * dy;
  if (qa === 0) return null;
  const qb = fx * dx + fy * dy;
  const qc = fx * fx + fy * fy - radius * radius;
  const discriminant = qb * qb - qa * qc;
  if (discriminant <= 0) return null;
  const root = Math.sqrt(discriminant);
  const t0 = Math.max(0, (-qb - root) / qa);
  const t1 = Math.min(1, (-qb + root) / qa);
  return t1 > t0 ? [t0, t1] : null;
}

/** Sorts and merges intervals that overlap or touch; drops empty ones. */
export function unionIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter(([a, b]) => b - a > EPSILON).sort((p, q) => p[0] - q[0]);
  const merged: Interval[] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1] + EPSILON) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** The stretches of road within `radius` of `centre`, as distances along it. */
export function circleIntervals(road: Road, centre: Point, radius: number): Interval[] {
  const found: Interval[] = [];
  for (let i = 1; i < road.points.length; i++) {
    const hit = segmentInCircle(road.points[i - 1], road.points[i], centre, radius);
    if (!hit) continue;
    const start = road.cumulative[i - 1];
    const length = road.cumulative[i] - start;
    found.push([start + hit[0] * length, start + hit[1] * length]);
  }
  return unionIntervals(found);
}

export interface Coverage {
  /** The covered stretches, merged, in order from the start. */
  intervals: Interval[];
  /** Their total length, km. */
  lengthKm: number;
  /** Their share of the whole road, 0–1. */
  share: number;
  roadKm: number;
  /** Each range's own stretches, in the order given. */
  byRange: Interval[][];
}

/**
 * The stretch of road inside any of the ranges: for each range the intervals of road distance within reach
 * (circle–segment intersection per segment), then their union, its total length and its share of the road.
 */
export function coveredStretch(road: Road, ranges: readonly Range[]): Coverage {
  const byRange = ranges.map((range) => circleIntervals(road, range.centre, range.radiusKm));
  const intervals = unionIntervals(byRange.flat());
  const lengthKm = intervals.reduce((sum, [a, b]) => sum + (b - a), 0);
  return { intervals, lengthKm, share: road.lengthKm > 0 ? lengthKm / road.lengthKm : 0, roadKm: road.lengthKm, byRange };
}

export interface RoadLocation {
  /** Distance along the road to the nearest point on it, km. */
  alongKm: number;
  /** Distance from the road, km: positive to the left of the direction of travel, negative to the right. */
  offsetKm: number;
  /** The nearest point on the road. */
  point: Point;
}

/** Where a point sits relative to the road: its nearest point, how far along, and how far to which side. */
export function locate(road: Road, p: Point): RoadLocation {
  let best: RoadLocation = { alongKm: 0, offsetKm: Math.hypot(p[0] - road.points[0][0], p[1] - road.points[0][1]), point: road.points[0] };
  let bestDistance = Infinity;
  for (let i = 1; i < road.points.length; i++) {
    const a = road.points[i - 1];
    const b = road.points[i];
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const length2 = dx * dx + dy * dy;
    if (length2 === 0) continue;
    const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
    const point: Point = [a[0] + t * dx, a[1] + t * dy];
    const distance = Math.hypot(p[0] - point[0], p[1] - point[1]);
    if (distance < bestDistance - EPSILON) {
      bestDistance = distance;
      const cross = dx * (p[1] - a[1]) - dy * (p[0] - a[0]);
      best = { alongKm: road.cumulative[i - 1] + t * Math.sqrt(length2), offsetKm: cross < 0 ? -distance : distance, point };
    }
  }
  return best;
}

/** The segment index and fraction along it at a distance along the road (clamped to the road). */
function segmentAt(road: Road, km: number): { index: number; t: number } {
  const { cumulative } = road;
  const d = Math.max(0, Math.min(road.lengthKm, km));
  let low = 1;
  let high = cumulative.length - 1;
  // The first vertex at or beyond d.
  while (low < high) {
    const mid = (low + high) >> 1;
    if (cumulative[mid] < d) low = mid + 1;
    else high = mid;
  }
  const start = cumulative[low - 1];
  const length = cumulative[low] - start;
  return { index: low, t: length > 0 ? (d - start) / length : 0 };
}

/** Interpolates any per-vertex values (km points, lon/lat, pixels) at a distance along the road. */
export function interpolateAlong<P extends readonly number[]>(road: Road, vertices: readonly P[], km: number): Point {
  if (vertices.length === 1) return [vertices[0][0], vertices[0][1]];
  const { index, t } = segmentAt(road, km);
  const a = vertices[index - 1];
  const b = vertices[index];
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

/** The part of the road between two distances along it, with the same per-vertex values interpolated at its ends. */
export function subLine<P extends readonly number[]>(road: Road, vertices: readonly P[], from: number, to: number): Point[] {
  const start = segmentAt(road, from);
  const end = segmentAt(road, to);
  const line: Point[] = [interpolateAlong(road, vertices, from)];
  for (let i = start.index; i < end.index; i++) line.push([vertices[i][0], vertices[i][1]]);
  line.push(interpolateAlong(road, vertices, to));
  return line;
}

/** Where the road crosses other lines (the border), as distances along it, in order. */
export function crossings(road: Road, lines: readonly (readonly Point[])[]): number[] {
  const found: number[] = [];
  for (let i = 1; i < road.points.length; i++) {
    const a = road.points[i - 1];
    const b = road.points[i];
    for (const line of lines) {
      for (let j = 1; j < line.length; j++) {
        const t = segmentCrossing(a, b, line[j - 1], line[j]);
        if (t !== null) found.push(road.cumulative[i - 1] + t * (road.cumulative[i] - road.cumulative[i - 1]));
      }
    }
  }
  return found.sort((x, y) => x - y);
}

/** The parameter along p→q where it crosses r→s, or null. */
function segmentCrossing(p: Point, q: Point, r: Point, s: Point): number | null {
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const ex = s[0] - r[0];
  const ey = s[1] - r[1];
  const denominator = dx * ey - dy * ex;
  if (denominator === 0) return null;
  const t = ((r[0] - p[0]) * ey - (r[1] - p[1]) * ex) / denominator;
  const u = ((r[0] - p[0]) * dy - (r[1] - p[1]) * dx) / denominator;
  return t >= 0 && t < 1 && u >= 0 && u <= 1 ? t : null;
}

/* ------------------------------------------------------------------ the road model: data -> km geometry */

export interface LocatedPoint extends RoadLocation {
  /** Index in the data's list. */
  index: number;
  lonLat: LonLat;
  km: Point;
}

export interface LocatedPosition extends LocatedPoint {
  rangeKm: number;
}

export interface StepGeometry {
  positions: LocatedPosition[];
  coverage: Coverage;
}

/** Everything about the data's geometry that does not depend on the size of the drawing. */
export interface RoadModel {
  frame: LocalFrame;
  /** The road in the km frame. */
  road: Road;
  /** The waypoints as lon/lat, one per road vertex. */
  lonLats: LonLat[];
  /** Named waypoints: index into `road.waypoints` and distance along the road. */
  named: { index: number; alongKm: number }[];
  /** Where the road crosses the border, km from the start, if known. */
  borderKm: number | null;
  borderLines: LonLat[][];
  /** Oblast polygons. */
  areas: GeoPolygonFeature[];
  steps: StepGeometry[];
  strikes: LocatedPoint[];
  /** The farthest any position sits from the road on each side over all steps, km. */
  extent: { left: number; right: number };
}

/** The border's lines as lon/lat lists, whichever GeoJSON wrapping it came in. */
export function borderLines(border: GeoBorder | undefined): LonLat[][] {
  if (!border) return [];
  const geometries =
    border.type === 'FeatureCollection' ? border.features.map((f) => f.geometry) : border.type === 'Feature' ? [border.geometry] : [border];
  return geometries.flatMap((g) => (g.type === 'LineString' ? [g.coordinates] : g.coordinates)).map((line) => line.map(([lon, lat]): LonLat => [lon, lat]));
}

/** Projects the data into the road's km frame and computes every step's covered stretch. */
export function roadModel(data: SupplyRoadData): RoadModel {
  const lonLats = data.road.waypoints.map((w): LonLat => [w.lon, w.lat]);
  const frame = localFrame(lonLats);
  const road = measureRoad(lonLats.map((p) => toKm(frame, p)));
  const lines = borderLines(data.border);
  const flagged = data.road.waypoints.findIndex((w) => w.border === true);
  const crossing = crossings(road, lines.map((line) => line.map((p) => toKm(frame, p))));
  const borderKm = flagged !== -1 ? road.cumulative[flagged] : crossing.length ? crossing[0] : null;
  const locateAll = <T extends { lon: number; lat: number }>(items: readonly T[]): (LocatedPoint & { item: T })[] =>
    items.map((item, index) => {
      const lonLat: LonLat = [item.lon, item.lat];
      const km = toKm(frame, lonLat);
      return { ...locate(road, km), index, lonLat, km, item };
    });
  const steps = data.steps.map((step): StepGeometry => {
    const positions = locateAll(step.positions).map(({ item, ...p }) => ({ ...p, rangeKm: item.rangeKm }));
    return { positions, coverage: coveredStretch(road, positions.map((p) => ({ centre: p.km, radiusKm: p.rangeKm }))) };
  });
  const extent = { left: 0, right: 0 };
  for (const step of steps) {
    for (const p of step.positions) {
      if (p.offsetKm >= 0) extent.left = Math.max(extent.left, p.offsetKm);
      else extent.right = Math.max(extent.right, -p.offsetKm);
    }
  }
  return {
    frame,
    road,
    lonLats,
    named: data.road.waypoints.flatMap((w, index) => (w.name ? [{ index, alongKm: road.cumulative[index] }] : [])),
    borderKm,
    borderLines: lines,
    areas: data.oblasts?.features ?? [],
    steps,
    strikes: locateAll(data.strikes ?? []).map(({ item: _item, ...p }) => p),
    extent,
  };
}

/* ------------------------------------------------------------------ shared by both drawings */

/** The road sampled at even distances in screen space, so a frame finds a vehicle's place by index, not search. */
export interface Track {
  /** km between samples. */
  stepKm: number;
  lengthKm: number;
  x: Float64Array;
  y: Float64Array;
  /** Direction of travel, degrees clockwise from east (SVG rotate()). */
  angle: Float64Array;
}

/** Samples the road's screen path (one px point per road vertex) at `count` even distances. */
export function buildTrack(road: Road, pixels: readonly Point[], count = 256): Track {
  const n = Math.max(2, count);
  const stepKm = road.lengthKm / (n - 1);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const angle = new Float64Array(n);
  for (let i = 0; i < n; i++) [x[i], y[i]] = interpolateAlong(road, pixels, i * stepKm);
  for (let i = 0; i < n; i++) {
    // Direction from the segment under the sample, so a sharp bend turns the vehicle at the bend.
    const ahead = interpolateAlong(road, pixels, Math.min(road.lengthKm, i * stepKm + stepKm / 2));
    const behind = interpolateAlong(road, pixels, Math.max(0, i * stepKm - stepKm / 2));
    angle[i] = (Math.atan2(ahead[1] - behind[1], ahead[0] - behind[0]) * 180) / Math.PI;
  }
  return { stepKm, lengthKm: road.lengthKm, x, y, angle };
}

/** A place on the track by distance: a lookup and a blend, cheap enough for every vehicle on every frame. */
export function trackAt(track: Track, km: number): { x: number; y: number; angle: number } {
  const last = track.x.length - 1;
  const f = track.stepKm > 0 ? Math.max(0, Math.min(last, km / track.stepKm)) : 0;
  const i = Math.min(last - 1, Math.floor(f));
  const t = f - i;
  return {
    x: track.x[i] + (track.x[i + 1] - track.x[i]) * t,
    y: track.y[i] + (track.y[i + 1] - track.y[i]) * t,
    angle: t < 0.5 ? track.angle[i] : track.angle[i + 1],
  };
}

export interface TextLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

export interface LabelOption {
  x: number;
  /** Baseline. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface RowLabel {
  id: string;
  text: string;
  fontSize: number;
  /** Set bold (font-weight 600 or more). */
  bold?: boolean;
  /** CSS letter-spacing, em. */
  letterSpacing?: number;
  options: LabelOption[];
  /** Placed at its first option even if it overlaps. */
  required?: boolean;
}

/** The box a label takes at an option, pushed inside [0, width]. */
function labelBox(label: RowLabel, option: LabelOption, width: number): TextLabel {
  const w = estimateTextWidth(label.text, label.fontSize, { bold: label.bold, letterSpacing: label.letterSpacing });
  const h = Math.ceil(label.fontSize * 1.2);
  let left = option.anchor === 'start' ? option.x : option.anchor === 'end' ? option.x - w : option.x - w / 2;
  left = Math.max(0, Math.min(width - w, left));
  const x = option.anchor === 'start' ? left : option.anchor === 'end' ? left + w : left + w / 2;
  return { id: label.id, text: label.text, x, y: option.y, anchor: option.anchor, box: { x: left, y: option.y - h * 0.8, width: w, height: h } };
}

/** Greedy placement in the order given: each label takes its first option free of the others and the obstacles. */
export function placeOptions(labels: readonly RowLabel[], width: number, obstacles: readonly Box[] = []): TextLabel[] {
  const taken = [...obstacles];
  const placed: TextLabel[] = [];
  for (const label of labels) {
    const options = label.options.map((option) => labelBox(label, option, width));
    const chosen = options.find((o) => !taken.some((box) => boxesOverlap(o.box, box, 2))) ?? (label.required ? options[0] : undefined);
    if (!chosen) continue;
    placed.push(chosen);
    taken.push(chosen.box);
  }
  return placed;
}

/** Texts the drawings need, already in the reader's language and units. */
export interface DrawingLabels {
  /** One per named waypoint, in the order of `RoadModel.named`. */
  places: string[];
  /** One per position of the current step. */
  positions: string[];
  /** One per strike in `strikes`. */
  strikes: string[];
  /** Length and share of the covered stretch ("12 km · 23%"); empty when nothing is covered. */
  stretch: string;
  /** The two sides of the border, start side first. */
  sides: [string, string];
  /** Road numbers and the stretch each names, km along the road. */
  segments?: { text: string; fromKm: number; toKm: number }[];
}

export interface DrawingInput {
  width: number;
  height: number;
  model: RoadModel;
  step: number;
  /** Indices of the strikes to show (those dated by the step). */
  strikes: readonly number[];
  labels: DrawingLabels;
  unit: LengthUnit;
}

/** The height of the drawing: fixed by layout and width, whatever the data, so nothing below it moves. */
export function drawingHeight(kind: 'map' | 'strip', width: number): number {
  if (kind === 'strip') return width < 480 ? 250 : width < 800 ? 270 : 290;
  return Math.round(Math.max(300, Math.min(560, width * 0.62)));
}

/* ------------------------------------------------------------------ the strip */

export interface StripLayout {
  kind: 'strip';
  width: number;
  height: number;
  roadY: number;
  /** Screen x of the road's start and end. */
  x0: number;
  x1: number;
  /** px per km along the road, and across it. Across is squeezed (ky < kx) when positions lie far off. */
  kx: number;
  ky: number;
  /** The box range shapes are clipped to. */
  plot: Box;
  bands: { x: number; width: number }[];
  ranges: { cx: number; cy: number; rx: number; ry: number }[];
  positions: { x: number; y: number }[];
  strikes: { x: number; y: number }[];
  waypoints: { x: number }[];
  border?: { x: number; y1: number; y2: number };
  ruler: { y: number; ticks: { x: number; value: number }[] };
  labels: TextLabel[];
  track: Track;
}

/** A round step for ruler ticks at least `minPx` apart. */
export function tickStep(pxPerUnit: number, minPx: number): number {
  for (let power = 1e-2; power < 1e6; power *= 10) {
    for (const m of [1, 2, 5]) if (m * power * pxPerUnit >= minPx) return m * power;
  }
  return 1e6;
}

/**
 * The road straightened into a horizontal line, start at the left: km ticks below, waypoints at their distance
 * along, the border marked, positions at their distance along and off the road (left of travel above), each
 * range drawn so that it cuts the road in the chord it cuts on the real road when the road is straight there.
 * Across the road the scale is squeezed (never stretched) so the farthest position of any step fits.
 */
export function layoutStrip(input: DrawingInput): StripLayout {
  const { model, labels } = input;
  const kmPerUnit = input.unit === 'mi' ? KM_PER_MI : 1;
  const width = Math.max(120, input.width);
  const height = input.height;
  const geometry = model.steps[input.step];
  const length = model.road.lengthKm;
  const x0 = 12;
  const x1 = width - 12;
  const kx = (x1 - x0) / length;
  const x = (km: number) => x0 + km * kx;

  // Rows, top to bottom: the border's sides, the plot (positions around the road), the ruler.
  const sidesY = 12;
  const top = 22;
  const rulerY = height - 22;
  const bottom = rulerY - 10;
  const above = 22; // room over the road for the stretch label
  const below = 26; // room under it for place names
  const { left, right } = model.extent;
  const span = bottom - top;
  let roadY: number;
  if (left === 0 && right === 0) roadY = top + span / 2;
  else if (right === 0) roadY = bottom - below;
  else if (left === 0) roadY = top + above;
  else roadY = Math.min(bottom - below, Math.max(top + above, top + (span * left) / (left + right)));
  const markerRoom = 8;
  const ky = Math.min(
    kx,
    left > 0 ? (roadY - top - markerRoom) / left : Infinity,
    right > 0 ? (bottom - roadY - markerRoom) / right : Infinity,
  );
  const y = (offsetKm: number) => roadY - offsetKm * ky;

  const bands = geometry.coverage.intervals.map(([a, b]) => ({ x: x(a), width: (b - a) * kx }));
  const ranges = geometry.positions.map((p) => ({ cx: x(p.alongKm), cy: y(p.offsetKm), rx: p.rangeKm * kx, ry: p.rangeKm * ky }));
  const positions = geometry.positions.map((p) => ({ x: x(p.alongKm), y: y(p.offsetKm) }));
  const strikes = input.strikes.map((i) => model.strikes[i]).map((s) => ({ x: x(s.alongKm), y: y(s.offsetKm) }));
  const waypoints = model.named.map((w) => ({ x: x(w.alongKm) }));
  const border = model.borderKm === null ? undefined : { x: x(model.borderKm), y1: top - 6, y2: rulerY };

  const unitPx = kx * kmPerUnit;
  const step = tickStep(unitPx, width < 480 ? 44 : 60);
  const ticks: { x: number; value: number }[] = [];
  for (let value = 0; value * kmPerUnit <= length + 1e-9; value += step) ticks.push({ x: x(value * kmPerUnit), value });

  // Labels, most important first. Markers are obstacles so no label covers one.
  const obstacles: Box[] = [
    ...positions.map((p) => ({ x: p.x - 6, y: p.y - 6, width: 12, height: 12 })),
    ...strikes.map((s) => ({ x: s.x - 6, y: s.y - 6, width: 12, height: 12 })),
  ];
  const rows: RowLabel[] = [];
  if (border) {
    rows.push(
      { id: 'side:0', text: labels.sides[0], fontSize: 10, letterSpacing: 0.06, required: true, options: [{ x: border.x - 6, y: sidesY, anchor: 'end' }] },
      { id: 'side:1', text: labels.sides[1], fontSize: 10, letterSpacing: 0.06, required: true, options: [{ x: border.x + 6, y: sidesY, anchor: 'start' }] },
    );
  }
  const intervals = geometry.coverage.intervals;
  const last = model.named.length - 1;
  const place = (w: { alongKm: number }, i: number): RowLabel => {
    const at = x(w.alongKm);
    const start = w.alongKm <= 1e-9;
    const end = w.alongKm >= length - 1e-9;
    return {
      id: `place:${i}`,
      text: labels.places[i] ?? '',
      fontSize: 12,
      required: i === 0 || i === last,
      options: [{ x: start ? at - 4 : end ? at + 4 : at, y: roadY + 20, anchor: start ? 'start' : end ? 'end' : 'middle' }],
    };
  };
  const ends = model.named.flatMap((w, i) => (i === 0 || i === last ? [place(w, i)] : []));
  rows.push(...ends);
  if (labels.stretch && intervals.length) {
    const from = x(intervals[0][0]);
    const to = x(intervals[intervals.length - 1][1]);
    const centre = (from + to) / 2;
    rows.push({
      id: 'stretch',
      text: labels.stretch,
      fontSize: 12,
      bold: true,
      required: true,
      // Over the band, then higher, then under the road: the first place clear of the markers.
      options: [0, 14, 28, 42].flatMap((up): LabelOption[] => [
        { x: centre, y: roadY - 13 - up, anchor: 'middle' },
        { x: from, y: roadY - 13 - up, anchor: 'start' },
        { x: to, y: roadY - 13 - up, anchor: 'end' },
      ]).concat([{ x: centre, y: roadY + 34, anchor: 'middle' }]),
    });
  }
  rows.push(...model.named.flatMap((w, i) => (i === 0 || i === last ? [] : [place(w, i)])));
  for (const segment of labels.segments ?? []) {
    const mid = x((segment.fromKm + segment.toKm) / 2);
    rows.push({ id: `segment:${segment.text}`, text: segment.text, fontSize: 11, bold: true, options: [{ x: mid, y: roadY - 9, anchor: 'middle' }, { x: mid, y: roadY + 20, anchor: 'middle' }] });
  }
  geometry.positions.forEach((_, i) => {
    const p = positions[i];
    rows.push({
      id: `position:${i}`,
      text: labels.positions[i] ?? '',
      fontSize: 11,
      options: [
        { x: p.x, y: p.y - 9, anchor: 'middle' },
        { x: p.x + 9, y: p.y + 4, anchor: 'start' },
        { x: p.x - 9, y: p.y + 4, anchor: 'end' },
        { x: p.x, y: p.y + 17, anchor: 'middle' },
      ],
    });
  });
  strikes.forEach((s, i) => {
    rows.push({
      id: `strike:${i}`,
      text: labels.strikes[i] ?? '',
      fontSize: 11,
      options: [
        { x: s.x, y: s.y - 10, anchor: 'middle' },
        { x: s.x, y: s.y + 34, anchor: 'middle' },
        { x: s.x + 9, y: s.y - 10, anchor: 'start' },
      ],
    });
  });

  const pixels = model.road.cumulative.map((km): Point => [x(km), roadY]);
  return {
    kind: 'strip',
    width,
    height,
    roadY,
    x0,
    x1,
    kx,
    ky,
    plot: { x: 0, y: top - 6, width, height: rulerY - top + 6 },
    bands,
    ranges,
    positions,
    strikes,
    waypoints,
    border,
    ruler: { y: rulerY, ticks },
    labels: placeOptions(rows.filter((row) => row.text), width, obstacles),
    track: buildTrack(model.road, pixels),
  };
}

/* ------------------------------------------------------------------ the map */

/** Small boxes along the drawn road, so no label is placed over it. */
function roadBoxes(track: Track, size = 6): Box[] {
  const boxes: Box[] = [];
  let last: Point | undefined;
  for (let i = 0; i < track.x.length; i++) {
    const p: Point = [track.x[i], track.y[i]];
    if (last && Math.hypot(p[0] - last[0], p[1] - last[1]) < size) continue;
    boxes.push({ x: p[0] - size / 2, y: p[1] - size / 2, width: size, height: size });
    last = p;
  }
  return boxes;
}

export interface MapLayout {
  kind: 'map';
  width: number;
  height: number;
  areas: { d: string; country: string }[];
  border: string;
  road: string;
  highlight: string[];
  ranges: string[];
  positions: { x: number; y: number }[];
  strikes: { x: number; y: number }[];
  /** Named waypoints and other places, as dots. */
  places: { x: number; y: number; onRoad: boolean }[];
  labels: PlacedMapLabel[];
  /** A round length (in the unit asked for) and its px, at the bottom left. */
  scale: { length: number; unit: LengthUnit; px: number; x: number; y: number };
  track: Track;
  /** px per km at the road's middle. */
  pxPerKm: number;
}

/** A feature's rings, projected and clipped to the box; rings wholly outside are dropped. */
function clippedRings(feature: GeoPolygonFeature, project: (p: LonLat) => Point, box: Box): Point[][] {
  return polygonsOf(feature)
    .flat()
    .map((ring) => clipRing(ring.map(([lon, lat]) => project([lon, lat])), box))
    .filter((ring) => ring.length > 2);
}

/** Signed area of a ring and its first moments (area × centroid), by the shoelace formula. */
function ringMoments(ring: readonly Point[]): { area: number; x: number; y: number } {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < ring.length; i++) {
    const [ax, ay] = ring[i];
    const [bx, by] = ring[(i + 1) % ring.length];
    const cross = ax * by - bx * ay;
    area += cross;
    x += (ax + bx) * cross;
    y += (ay + by) * cross;
  }
  return { area: area / 2, x: x / 6, y: y / 6 };
}

/** The feature's `country` property, lower-cased ("ru", "ua"), or "" without one. */
function countryOf(feature: GeoPolygonFeature): string {
  const country = feature.properties?.['country'];
  return typeof country === 'string' ? country.toLowerCase() : '';
}

function polygonsOf(feature: GeoPolygonFeature): number[][][][] {
  return feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
}

export interface MapPlace {
  text: string;
  lonLat: LonLat;
  /** 1 always labelled, 2 when there is room, 3 only on a wide map. */
  rank?: number;
}

/** A country's name, drawn across its part of the map. */
export interface MapArea {
  /** The `country` property of the oblasts it covers. */
  country: string;
  text: string;
}

/**
 * The road on a map: a Mercator projection fitted to the road, the positions of every step and the strikes
 * (so stepping does not move the map), the oblasts and border behind, ranges as circles on the sphere, the
 * covered stretch over the road, places and positions labelled without overlaps.
 */
export function layoutMap(input: DrawingInput, places: readonly MapPlace[] = [], countries: readonly MapArea[] = []): MapLayout {
  const { model, labels, width, height } = input;
  const geometry = model.steps[input.step];
  // The road and everything any step marks, so stepping never moves the map. Ranges are left out of the fit: a
  // long one would shrink the road to a corner; they are clipped at the edge instead.
  const fit = [...model.lonLats, ...model.steps.flatMap((s) => s.positions.map((p) => p.lonLat)), ...model.strikes.map((s) => s.lonLat)];
  const mercator = fitMercator(fit, width, height, { top: 28, right: 28, bottom: 44, left: 28 });
  const project = mercator.project;
  // Land and border are clipped a little outside the box, so their edges never show.
  const view: Box = { x: -4, y: -4, width: width + 8, height: height + 8 };
  const roadPx = model.lonLats.map(project);
  const highlight = geometry.coverage.intervals.map(([a, b]) => pathData(subLine(model.road, roadPx, a, b)));
  // Ranges as circles in the km frame the covered stretch is computed in, so each meets the road exactly where
  // the highlight ends (on the sphere they differ by metres).
  const ranges = geometry.positions.map((p) => {
    const ring = Array.from({ length: 72 }, (_, i): Point => {
      const angle = (i / 72) * 2 * Math.PI;
      return project(toLonLat(model.frame, [p.km[0] + p.rangeKm * Math.cos(angle), p.km[1] + p.rangeKm * Math.sin(angle)]));
    });
    return ringPath(ring);
  });
  const positions = geometry.positions.map((p) => {
    const [px, py] = project(p.lonLat);
    return { x: px, y: py };
  });
  const strikes = input.strikes.map((i) => {
    const [px, py] = project(model.strikes[i].lonLat);
    return { x: px, y: py };
  });
  const inside = ([px, py]: Point) => px >= 0 && px <= width && py >= 0 && py <= height;
  // Minor places only where there is room for them.
  const shown = places.filter((p) => (p.rank ?? 2) < 3 || width >= 640);
  const placeDots = [
    ...model.named.map((w) => ({ point: roadPx[w.index], onRoad: true })),
    ...shown.map((p) => ({ point: project(p.lonLat), onRoad: false })),
  ].filter((p) => inside(p.point));

  const middle = interpolateAlong(model.road, model.lonLats, model.road.lengthKm / 2);
  const pxPerKm = mercator.pxPerKm(middle[1]);
  const scale = { ...scaleBar(pxPerKm, Math.min(140, width / 4), input.unit), x: 12, y: height - 14 };
  const scaleBox: Box = { x: 0, y: height - 34, width: scale.px + 60, height: 34 };

  const candidates: LabelCandidate[] = [];
  const intervals = geometry.coverage.intervals;
  if (labels.stretch && intervals.length) {
    const longest = intervals.reduce((a, b) => (b[1] - b[0] > a[1] - a[0] ? b : a));
    const [sx, sy] = interpolateAlong(model.road, roadPx, (longest[0] + longest[1]) / 2);
    candidates.push({ id: 'stretch', x: sx, y: sy, text: labels.stretch, priority: 1, fontSize: 13, bold: true, radius: 6 });
  }
  const last = model.named.length - 1;
  model.named.forEach((w, i) => {
    const [px, py] = roadPx[w.index];
    const text = labels.places[i] ?? '';
    if (text) candidates.push({ id: `place:${i}`, x: px, y: py, text, priority: i === 0 || i === last ? 1 : 2, fontSize: 12, radius: 4 });
  });
  for (const segment of labels.segments ?? []) {
    const [mx, my] = interpolateAlong(model.road, roadPx, (segment.fromKm + segment.toKm) / 2);
    if (inside([mx, my])) candidates.push({ id: `segment:${segment.text}`, x: mx, y: my, text: segment.text, priority: 2, fontSize: 11, bold: true, radius: 7 });
  }
  shown.forEach((p, i) => {
    const [px, py] = project(p.lonLat);
    if (p.text && inside([px, py])) candidates.push({ id: `other:${i}`, x: px, y: py, text: p.text, priority: 1 + (p.rank ?? 2), fontSize: 11, radius: 3 });
  });
  // Each country's name at the middle of its visible land, placed after everything that marks the story.
  for (const { country, text } of countries) {
    const parts = model.areas.filter((f) => countryOf(f) === country.toLowerCase());
    let area = 0;
    let cx = 0;
    let cy = 0;
    for (const ring of parts.flatMap((part) => clippedRings(part, project, { x: 0, y: 0, width, height }))) {
      const m = ringMoments(ring);
      area += m.area;
      cx += m.x;
      cy += m.y;
    }
    if (Math.abs(area) > 1 && text) candidates.push({ id: `country:${country}`, x: cx / area, y: cy / area, text, priority: 5, fontSize: 12, letterSpacing: 0.08, radius: 0 });
  }
  positions.forEach((p, i) => {
    const text = labels.positions[i] ?? '';
    if (text && inside([p.x, p.y])) candidates.push({ id: `position:${i}`, x: p.x, y: p.y, text, priority: 2, fontSize: 11, radius: 6 });
  });
  strikes.forEach((s, i) => {
    const text = labels.strikes[i] ?? '';
    if (text && inside([s.x, s.y])) candidates.push({ id: `strike:${i}`, x: s.x, y: s.y, text, priority: 2, fontSize: 11, radius: 7 });
  });

  const track = buildTrack(model.road, roadPx);
  return {
    kind: 'map',
    width,
    height,
    areas: model.areas.map((feature) => ({
      d: geoPathData(feature.geometry, project, view),
      country: countryOf(feature),
    })),
    // Unclipped: a dashed line cut at the edge would start its dashes there and shift them along.
    border: model.borderLines.map((line) => pathData(line.map(project))).join(''),
    road: pathData(roadPx),
    highlight,
    ranges,
    positions,
    strikes,
    places: placeDots.map(({ point: [px, py], onRoad }) => ({ x: px, y: py, onRoad })),
    labels: placeLabels(candidates, { width, height }, [scaleBox, ...roadBoxes(track)]),
    scale,
    track,
    pxPerKm,
  };
}
