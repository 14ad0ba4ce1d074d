import { describe as describeValue, Issues, isLocalText, parseIsoDate, type LocalText, type LonLat, type Validation } from '@salient/core';
import { localFrame, measureRoad, toKm } from './layout.js';

/** A point the road passes through, in order from its start (Sumy) to its end (Sudzha). */
export interface RoadWaypoint {
  lon: number;
  lat: number;
  /** A named waypoint is labelled on the map and on the strip. */
  name?: LocalText;
  /** The position is estimated. */
  approximate?: boolean;
  /** This waypoint is the border crossing. Without one, the crossing is found where the road meets `border`. */
  border?: boolean;
}

/** A stretch of the road with its official name ("H-07" from Sumy to the border). */
export interface RoadSegment {
  name: string;
  /** A longer description ("H-07 (N-07), Kyiv–Sumy–Yunakivka"), for the table. */
  label?: LocalText;
  /** Where it starts and ends: a waypoint index, or a name. */
  from?: number | LocalText;
  to?: number | LocalText;
}

export interface SupplyRoadRoad {
  name: LocalText;
  segments?: RoadSegment[];
  /** At least two, start first. */
  waypoints: RoadWaypoint[];
}

/** A Russian position at one step, with the reach of its drones. */
export interface DronePosition {
  lon: number;
  lat: number;
  /** How far its drones strike, km: 0 < km ≤ 100. */
  rangeKm: number;
  label: LocalText;
  /** Positions are estimates from reporting, not surveyed points. */
  approximate?: boolean;
  source?: string;
  /** How the position or range was arrived at. */
  note?: LocalText;
}

/** One moment of the story. */
export interface SupplyRoadStep {
  id: string;
  /** yyyy-mm-dd (or yyyy-mm). */
  date: string;
  label: LocalText;
  positions: DronePosition[];
  /** One or two sentences on what happened, shown under the graphic and read to screen readers. */
  summary: LocalText;
  /** Who reported it. */
  sources: string[];
}

/** A reported strike on the road, shown from its date on. */
export interface RoadStrike {
  date: string;
  lon: number;
  lat: number;
  label: LocalText;
  source: string;
  approximate?: boolean;
  note?: LocalText;
}

/** A place for the map (towns off the road). */
export interface SupplyRoadPlace {
  name: LocalText;
  lon: number;
  lat: number;
  approximate?: boolean;
  /** 1: always labelled; 2: labelled when there is room; 3: only when there is room after everything else. */
  rank?: number;
  note?: LocalText;
  [key: string]: unknown;
}

/** GeoJSON as the element reads it: polygons for the oblasts, lines for the border. */
export interface GeoPolygonFeature {
  type: 'Feature';
  properties?: Record<string, unknown> | null;
  geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
}
export interface GeoPolygonCollection {
  type: 'FeatureCollection';
  features: GeoPolygonFeature[];
}
export type GeoLine = { type: 'LineString'; coordinates: number[][] } | { type: 'MultiLineString'; coordinates: number[][][] };
export type GeoBorder =
  | GeoLine
  | { type: 'Feature'; properties?: Record<string, unknown> | null; geometry: GeoLine }
  | { type: 'FeatureCollection'; features: { type: 'Feature'; properties?: Record<string, unknown> | null; geometry: GeoLine }[] };

export interface SupplyRoadData {
  /** What the graphic shows, for the table caption. */
  title?: LocalText;
  /** Credit line for the whole graphic. */
  source?: LocalText;
  /** Background areas for the map (oblasts, as GeoJSON polygons). */
  oblasts?: GeoPolygonCollection;
  /** The state border, as GeoJSON lines. */
  border?: GeoBorder;
  places?: SupplyRoadPlace[];
  road: SupplyRoadRoad;
  /** The moments, oldest first. */
  steps: SupplyRoadStep[];
  strikes?: RoadStrike[];
}

/** Limits on untrusted input: far beyond the story, well short of what would hang a phone. */
export const LIMITS = {
  waypoints: 5_000,
  steps: 50,
  positions: 100,
  strikes: 500,
  places: 500,
  features: 50,
  coordinates: 200_000,
  sources: 50,
  /** km: the local flat frame and the strip are made for a road, not a continent. */
  roadKm: 1_000,
  /** km from the road: a position farther away is a typing error. */
  positionKm: 300,
  /** km */
  rangeKm: 100,
} as const;

function text(issues: Issues, value: unknown, path: string, optional = true): void {
  if (optional && value === undefined) return;
  if (!isLocalText(value) || (typeof value === 'string' && value.trim() === '')) {
    issues.add(path, 'must be a non-empty text, or an object of texts by language with at least "en"');
  }
}

function date(issues: Issues, value: unknown, path: string): boolean {
  if (typeof value === 'string' && !Number.isNaN(parseIsoDate(value))) return true;
  issues.add(path, `must be a date written yyyy-mm-dd, got ${JSON.stringify(value) ?? 'nothing'}`);
  return false;
}

function flag(issues: Issues, value: unknown, path: string): void {
  if (value !== undefined && typeof value !== 'boolean') issues.add(path, 'must be true or false');
}

function list(issues: Issues, value: unknown, path: string, max: number, min = 0): value is unknown[] {
  if (!issues.array(value, path, { min })) return false;
  if (value.length > max) {
    issues.add(path, `must have at most ${max} entries, got ${value.length}`);
    return false;
  }
  return true;
}

/** lon and lat as finite degrees in range. */
function lonLat(issues: Issues, value: Record<string, unknown>, path: string): boolean {
  const lon = issues.number(value.lon, `${path}.lon`, { min: -180, max: 180 });
  const lat = issues.number(value.lat, `${path}.lat`, { min: -90, max: 90 });
  return lon && lat;
}

/** A GeoJSON position: [lon, lat], finite and in range. */
function position(issues: Issues, value: unknown, path: string): boolean {
  if (
    Array.isArray(value) &&
    value.length >= 2 &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'number' &&
    Number.isFinite(value[0]) &&
    Number.isFinite(value[1]) &&
    Math.abs(value[0]) <= 180 &&
    Math.abs(value[1]) <= 90
  ) {
    return true;
  }
  issues.add(path, 'must be a [lon, lat] pair of finite degrees');
  return false;
}

/** Walks nested coordinate lists `depth` levels deep, counting positions against the budget. */
class Coordinates {
  count = 0;
  constructor(private readonly issues: Issues) {}

  check(value: unknown, depth: number, path: string, minLength = 0): boolean {
    if (!Array.isArray(value)) {
      this.issues.add(path, `must be a list of coordinates, got ${describeValue(value)}`);
      return false;
    }
    if (depth === 1) {
      if (value.length < minLength) {
        this.issues.add(path, `must have at least ${minLength} positions, got ${value.length}`);
        return false;
      }
      this.count += value.length;
      if (this.count > LIMITS.coordinates) {
        this.issues.add(path, `takes the map past ${LIMITS.coordinates} coordinates: simplify the shapes`);
        return false;
      }
      // One error per line is enough for an editor to find the problem.
      const bad = value.findIndex((p) => !isPosition(p));
      if (bad !== -1) return position(this.issues, value[bad], `${path}[${bad}]`);
      return true;
    }
    return value.every((child, i) => this.check(child, depth - 1, `${path}[${i}]`, minLength));
  }
}

function isPosition(p: unknown): boolean {
  return (
    Array.isArray(p) &&
    p.length >= 2 &&
    typeof p[0] === 'number' &&
    typeof p[1] === 'number' &&
    Number.isFinite(p[0]) &&
    Number.isFinite(p[1]) &&
    Math.abs(p[0]) <= 180 &&
    Math.abs(p[1]) <= 90
  );
}

function oblasts(issues: Issues, coordinates: Coordinates, value: unknown, path: string): void {
  if (value === undefined) return;
  if (!issues.object(value, path)) return;
  if (value.type !== 'FeatureCollection') {
    issues.add(`${path}.type`, 'must be "FeatureCollection"');
    return;
  }
  if (!list(issues, value.features, `${path}.features`, LIMITS.features)) return;
  value.features.forEach((feature, i) => {
    const at = `${path}.features[${i}]`;
    if (!issues.object(feature, at)) return;
    if (!issues.object(feature.geometry, `${at}.geometry`)) return;
    const { type, coordinates: c } = feature.geometry;
    if (type === 'Polygon') coordinates.check(c, 2, `${at}.geometry.coordinates`, 4);
    else if (type === 'MultiPolygon') coordinates.check(c, 3, `${at}.geometry.coordinates`, 4);
    else issues.add(`${at}.geometry.type`, `must be "Polygon" or "MultiPolygon", got ${describeValue(type)}`);
  });
}

function line(issues: Issues, coordinates: Coordinates, value: unknown, path: string): void {
  if (!issues.object(value, path)) return;
  if (value.type === 'LineString') coordinates.check(value.coordinates, 1, `${path}.coordinates`, 2);
  else if (value.type === 'MultiLineString') coordinates.check(value.coordinates, 2, `${path}.coordinates`, 2);
  else issues.add(`${path}.type`, `must be "LineString" or "MultiLineString", got ${describeValue(value.type)}`);
}

function border(issues: Issues, coordinates: Coordinates, value: unknown, path: string): void {
  if (value === undefined) return;
  if (!issues.object(value, path)) return;
  if (value.type === 'Feature') line(issues, coordinates, value.geometry, `${path}.geometry`);
  else if (value.type === 'FeatureCollection') {
    if (!list(issues, value.features, `${path}.features`, LIMITS.features)) return;
    value.features.forEach((feature, i) => {
      if (issues.object(feature, `${path}.features[${i}]`)) line(issues, coordinates, feature.geometry, `${path}.features[${i}].geometry`);
    });
  } else line(issues, coordinates, value, path);
}

function road(issues: Issues, value: unknown): void {
  if (!issues.object(value, 'road')) return;
  text(issues, value.name, 'road.name', false);
  if (list(issues, value.waypoints, 'road.waypoints', LIMITS.waypoints, 2)) {
    let good = true;
    value.waypoints.forEach((waypoint, i) => {
      const at = `road.waypoints[${i}]`;
      if (!issues.object(waypoint, at)) return void (good = false);
      if (!lonLat(issues, waypoint, at)) good = false;
      text(issues, waypoint.name, `${at}.name`);
      flag(issues, waypoint.approximate, `${at}.approximate`);
      flag(issues, waypoint.border, `${at}.border`);
    });
    if (good) {
      // Measured as the element draws it: in the flat km frame around the road.
      const points = (value.waypoints as RoadWaypoint[]).map((w): LonLat => [w.lon, w.lat]);
      const frame = localFrame(points);
      const length = measureRoad(points.map((p) => toKm(frame, p))).lengthKm;
      if (!(length > 0)) issues.add('road.waypoints', 'must not all be the same point: the road has no length');
      else if (length > LIMITS.roadKm) {
        issues.add('road.waypoints', `make a road ${Math.round(length)} km long; at most ${LIMITS.roadKm} km can be drawn`);
      }
    }
  }
  if (value.segments === undefined) return;
  if (!list(issues, value.segments, 'road.segments', 100)) return;
  const count = Array.isArray(value.waypoints) ? value.waypoints.length : 0;
  value.segments.forEach((segment, i) => {
    const at = `road.segments[${i}]`;
    if (!issues.object(segment, at)) return;
    issues.string(segment.name, `${at}.name`);
    text(issues, segment.label, `${at}.label`);
    for (const end of ['from', 'to'] as const) {
      const v = segment[end];
      if (v === undefined) continue;
      if (typeof v === 'number') {
        if (!Number.isInteger(v) || v < 0 || v >= count) issues.add(`${at}.${end}`, `must be a waypoint index from 0 to ${count - 1}, got ${v}`);
      } else text(issues, v, `${at}.${end}`);
    }
  });
}

function steps(issues: Issues, value: unknown, roadPoints: LonLat[] | undefined): void {
  if (!list(issues, value, 'steps', LIMITS.steps, 1)) return;
  const ids = new Set<string>();
  value.forEach((step, i) => {
    const at = `steps[${i}]`;
    if (!issues.object(step, at)) return;
    if (issues.string(step.id, `${at}.id`)) {
      if (ids.has(step.id)) issues.add(`${at}.id`, `repeats ${JSON.stringify(step.id)}: every step needs its own id`);
      ids.add(step.id);
    }
    date(issues, step.date, `${at}.date`);
    text(issues, step.label, `${at}.label`, false);
    text(issues, step.summary, `${at}.summary`, false);
    if (list(issues, step.sources, `${at}.sources`, LIMITS.sources, 1)) {
      step.sources.forEach((source, j) => issues.string(source, `${at}.sources[${j}]`));
    }
    if (!list(issues, step.positions, `${at}.positions`, LIMITS.positions)) return;
    step.positions.forEach((p, j) => {
      const where = `${at}.positions[${j}]`;
      if (!issues.object(p, where)) return;
      const placed = lonLat(issues, p, where);
      if (issues.number(p.rangeKm, `${where}.rangeKm`, { min: 0, max: LIMITS.rangeKm }) && p.rangeKm === 0) {
        issues.add(`${where}.rangeKm`, 'must be more than 0 km');
      }
      text(issues, p.label, `${where}.label`, false);
      flag(issues, p.approximate, `${where}.approximate`);
      issues.string(p.source, `${where}.source`, { optional: true });
      text(issues, p.note, `${where}.note`);
      if (placed && roadPoints) {
        const frame = localFrame(roadPoints);
        const [x, y] = toKm(frame, [p.lon as number, p.lat as number]);
        const nearest = Math.min(...roadPoints.map((w) => toKm(frame, w)).map(([wx, wy]) => Math.hypot(x - wx, y - wy)));
        if (nearest > LIMITS.positionKm) {
          issues.add(where, `is ${Math.round(nearest)} km from the road; a position more than ${LIMITS.positionKm} km away is probably a typing error`);
        }
      }
    });
  });
  if (issues.ok) {
    const ordered = value as SupplyRoadStep[];
    const late = ordered.findIndex((s, i) => i > 0 && parseIsoDate(s.date) < parseIsoDate(ordered[i - 1].date));
    if (late !== -1) issues.add(`steps[${late}].date`, 'comes before the step ahead of it: list the steps oldest first');
  }
}

/** Checks untrusted supply-road data (from a CMS, a URL or a script) and says what is wrong with it. */
export function validateSupplyRoad(input: unknown): Validation<SupplyRoadData> {
  const issues = new Issues();
  if (!issues.object(input, 'The data')) return issues.result(input as SupplyRoadData);
  text(issues, input.title, 'title');
  text(issues, input.source, 'source');
  road(issues, input.road);
  const roadOk = issues.ok;
  const roadPoints = roadOk ? (input.road as SupplyRoadRoad).waypoints.map((w): LonLat => [w.lon, w.lat]) : undefined;
  steps(issues, input.steps, roadPoints);
  if (input.strikes !== undefined && list(issues, input.strikes, 'strikes', LIMITS.strikes)) {
    input.strikes.forEach((strike, i) => {
      const at = `strikes[${i}]`;
      if (!issues.object(strike, at)) return;
      date(issues, strike.date, `${at}.date`);
      lonLat(issues, strike, at);
      text(issues, strike.label, `${at}.label`, false);
      issues.string(strike.source, `${at}.source`);
      flag(issues, strike.approximate, `${at}.approximate`);
      text(issues, strike.note, `${at}.note`);
    });
  }
  if (input.places !== undefined && list(issues, input.places, 'places', LIMITS.places)) {
    input.places.forEach((place, i) => {
      const at = `places[${i}]`;
      if (!issues.object(place, at)) return;
      text(issues, place.name, `${at}.name`, false);
      lonLat(issues, place, at);
      flag(issues, place.approximate, `${at}.approximate`);
      issues.number(place.rank, `${at}.rank`, { min: 1, max: 9, optional: true });
      text(issues, place.note, `${at}.note`);
    });
  }
  const coordinates = new Coordinates(issues);
  oblasts(issues, coordinates, input.oblasts, 'oblasts');
  border(issues, coordinates, input.border, 'border');
  return issues.result(input as unknown as SupplyRoadData);
}
