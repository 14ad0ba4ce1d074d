import {
  checkFeature,
  checkFeatures,
  checkGeometry,
  checkLonLat,
  checkPlace,
  GeoIssues,
  type LocalText,
  type LonLat,
  parseIsoDate,
  type Validation,
} from '@salient/core';
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

const LINES = ['LineString', 'MultiLineString'] as const;

/** The border: a line geometry, or a Feature or FeatureCollection of them. */
function border(issues: GeoIssues, value: unknown): void {
  if (value === undefined || !issues.object(value, 'border')) return;
  if (value.type === 'Feature') checkFeature(issues, value, 'border', LINES);
  else if (value.type === 'FeatureCollection') checkFeatures(issues, value, 'border', LINES, LIMITS.features);
  else checkGeometry(issues, value, 'border', LINES);
}

function road(issues: GeoIssues, value: unknown): void {
  if (!issues.object(value, 'road')) return;
  issues.text(value.name, 'road.name');
  if (issues.array(value.waypoints, 'road.waypoints', { min: 2, max: LIMITS.waypoints })) {
    let good = true;
    value.waypoints.forEach((waypoint, i) => {
      const at = `road.waypoints[${i}]`;
      if (!issues.object(waypoint, at)) return void (good = false);
      if (!checkLonLat(issues, waypoint, at)) good = false;
      issues.text(waypoint.name, `${at}.name`, { optional: true });
      issues.flag(waypoint.approximate, `${at}.approximate`);
      issues.flag(waypoint.border, `${at}.border`);
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
  if (!issues.array(value.segments, 'road.segments', { max: 100 })) return;
  const count = Array.isArray(value.waypoints) ? value.waypoints.length : 0;
  value.segments.forEach((segment, i) => {
    const at = `road.segments[${i}]`;
    if (!issues.object(segment, at)) return;
    issues.string(segment.name, `${at}.name`);
    issues.text(segment.label, `${at}.label`, { optional: true });
    for (const end of ['from', 'to'] as const) {
      const v = segment[end];
      if (v === undefined) continue;
      if (typeof v === 'number') {
        if (!Number.isInteger(v) || v < 0 || v >= count) issues.add(`${at}.${end}`, `must be a waypoint index from 0 to ${count - 1}, got ${v}`);
      } else issues.text(v, `${at}.${end}`);
    }
  });
}

function steps(issues: GeoIssues, value: unknown, roadPoints: LonLat[] | undefined): void {
  if (!issues.array(value, 'steps', { min: 1, max: LIMITS.steps })) return;
  const ids = new Set<string>();
  value.forEach((step, i) => {
    const at = `steps[${i}]`;
    if (!issues.object(step, at)) return;
    if (issues.string(step.id, `${at}.id`)) {
      if (ids.has(step.id)) issues.add(`${at}.id`, `repeats ${JSON.stringify(step.id)}: every step needs its own id`);
      ids.add(step.id);
    }
    issues.date(step.date, `${at}.date`);
    issues.text(step.label, `${at}.label`);
    issues.text(step.summary, `${at}.summary`);
    if (issues.array(step.sources, `${at}.sources`, { min: 1, max: LIMITS.sources })) {
      step.sources.forEach((source, j) => issues.string(source, `${at}.sources[${j}]`));
    }
    if (!issues.array(step.positions, `${at}.positions`, { max: LIMITS.positions })) return;
    step.positions.forEach((p, j) => {
      const where = `${at}.positions[${j}]`;
      if (!issues.object(p, where)) return;
      const placed = checkLonLat(issues, p, where);
      if (issues.number(p.rangeKm, `${where}.rangeKm`, { min: 0, max: LIMITS.rangeKm }) && p.rangeKm === 0) {
        issues.add(`${where}.rangeKm`, 'must be more than 0 km');
      }
      issues.text(p.label, `${where}.label`);
      issues.flag(p.approximate, `${where}.approximate`);
      issues.string(p.source, `${where}.source`, { optional: true });
      issues.text(p.note, `${where}.note`, { optional: true });
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
  const issues = new GeoIssues(LIMITS.coordinates);
  if (!issues.object(input, 'The data')) return issues.result(input as SupplyRoadData);
  issues.text(input.title, 'title', { optional: true });
  issues.text(input.source, 'source', { optional: true });
  road(issues, input.road);
  const roadOk = issues.ok;
  const roadPoints = roadOk ? (input.road as SupplyRoadRoad).waypoints.map((w): LonLat => [w.lon, w.lat]) : undefined;
  steps(issues, input.steps, roadPoints);
  if (input.strikes !== undefined && issues.array(input.strikes, 'strikes', { max: LIMITS.strikes })) {
    input.strikes.forEach((strike, i) => {
      const at = `strikes[${i}]`;
      if (!issues.object(strike, at)) return;
      issues.date(strike.date, `${at}.date`);
      checkLonLat(issues, strike, at);
      issues.text(strike.label, `${at}.label`);
      issues.string(strike.source, `${at}.source`);
      issues.flag(strike.approximate, `${at}.approximate`);
      issues.text(strike.note, `${at}.note`, { optional: true });
    });
  }
  if (input.places !== undefined && issues.array(input.places, 'places', { max: LIMITS.places })) {
    input.places.forEach((place, i) => {
      if (checkPlace(issues, place, `places[${i}]`)) issues.number(place.rank, `places[${i}].rank`, { min: 1, max: 9, optional: true });
    });
  }
  if (input.oblasts !== undefined) checkFeatures(issues, input.oblasts, 'oblasts', ['Polygon', 'MultiPolygon'], LIMITS.features);
  border(issues, input.border);
  return issues.result(input as unknown as SupplyRoadData);
}
