import { describe, Issues } from './validate.js';

/*
 * Checks of geographic input, worded for an editor like the rest of `Issues`: positions, lines, rings, GeoJSON
 * geometries, features and places. Plain functions, so that a graphic's bundle carries only the ones it uses.
 */

/** The GeoJSON geometries the map elements read. */
export type GeometryKind = 'Polygon' | 'MultiPolygon' | 'LineString' | 'MultiLineString';

/** Checks the properties of a feature: see checkFeature. */
export type PropertiesCheck = (properties: Record<string, unknown>, path: string) => void;

/**
 * `Issues` that also count positions as the checks below walk them, so an oversized paste is refused once, early,
 * rather than walked to the end.
 */
export class GeoIssues extends Issues {
  /** Positions walked so far. */
  positions = 0;

  /** @param maxPositions The most positions the data may hold, every geometry and line together. */
  constructor(readonly maxPositions = 200_000) {
    super();
  }

  /** Past the positions cap: the walk is over, and the one message about it has been given. */
  get full(): boolean {
    return this.positions > this.maxPositions;
  }

  /** Counts `n` more positions; false (with one message, the first time) once past the cap. */
  count(n: number): boolean {
    if (this.full) return false;
    this.positions += n;
    if (!this.full) return true;
    this.add('The data', `has more than ${this.maxPositions.toLocaleString('en')} coordinate pairs: simplify the shapes`);
    return false;
  }
}

/** Whether a value is a position checkPosition accepts; no message, so a walk over thousands builds no paths. */
function isPosition(value: unknown): boolean {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) return false;
  const lon: unknown = value[0];
  const lat: unknown = value[1];
  // NaN and ±Infinity fail the range tests.
  return typeof lon === 'number' && typeof lat === 'number' && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
}

/** One GeoJSON position: `[longitude, latitude]`, finite and on the globe. A third number (height) is allowed. */
export function checkPosition(issues: Issues, value: unknown, path: string): value is number[] {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) {
    issues.add(path, `must be a [longitude, latitude] pair, got ${Array.isArray(value) ? `a list of ${value.length}` : describe(value)}`);
    return false;
  }
  const [lon, lat] = value as unknown[];
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    issues.add(path, `must hold two finite numbers, got [${value.map((v) => describe(v)).join(', ')}]`);
    return false;
  }
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
    issues.add(path, `is out of range: longitude must be within ±180 and latitude within ±90, got [${lon}, ${lat}]`);
    return false;
  }
  return true;
}

/**
 * A list of positions, at least `min` and at most `max` of them. Only the first bad position is reported, so a
 * broken line makes one message, not thousands.
 */
export function checkLine(issues: GeoIssues, value: unknown, path: string, { min = 2, max = Infinity } = {}): value is number[][] {
  if (!issues.array(value, path)) return false;
  if (value.length < min || value.length > max) {
    issues.add(path, `must have ${value.length < min ? `at least ${min}` : `at most ${max}`} positions, got ${value.length}`);
    return false;
  }
  if (!issues.count(value.length)) return false;
  const bad = value.findIndex((position) => !isPosition(position));
  return bad < 0 || checkPosition(issues, value[bad], `${path}[${bad}]`);
}

/** A polygon's ring: closed (its last position repeats its first), of at least four positions. */
export function checkRing(issues: GeoIssues, value: unknown, path: string): boolean {
  if (!checkLine(issues, value, path, { min: 4 })) return false;
  const first = value[0];
  const last = value[value.length - 1];
  if (first[0] === last[0] && first[1] === last[1]) return true;
  issues.add(path, 'is not closed: its last position must repeat its first');
  return false;
}

/** A polygon's rings: at least one. */
function checkRings(issues: GeoIssues, value: unknown, path: string): void {
  if (Array.isArray(value) && value.length === 0) issues.add(path, 'has no coordinates: a polygon needs at least one ring');
  else if (issues.array(value, path)) for (let i = 0; i < value.length && !issues.full; i++) checkRing(issues, value[i], `${path}[${i}]`);
}

/** A GeoJSON geometry of one of `kinds`, walked to every position. An empty MultiPolygon is allowed. */
export function checkGeometry(issues: GeoIssues, value: unknown, path: string, kinds: readonly GeometryKind[]): boolean {
  if (!issues.object(value, path)) return false;
  const { type, coordinates } = value;
  if (!kinds.includes(type as GeometryKind)) {
    issues.add(`${path}.type`, `must be ${kinds.map((kind) => `"${kind}"`).join(' or ')}, got ${describe(type)}`);
    return false;
  }
  const at = `${path}.coordinates`;
  const start = issues.list.length;
  if (type === 'LineString') checkLine(issues, coordinates, at);
  else if (type === 'Polygon') checkRings(issues, coordinates, at);
  else if (issues.array(coordinates, at)) {
    for (let i = 0; i < coordinates.length && !issues.full; i++) {
      if (type === 'MultiLineString') checkLine(issues, coordinates[i], `${at}[${i}]`);
      else checkRings(issues, coordinates[i], `${at}[${i}]`);
    }
  }
  return issues.list.length === start;
}

/**
 * A GeoJSON Feature whose geometry is one of `kinds`. `properties`, when given, checks the feature's properties,
 * which must then be an object.
 */
export function checkFeature(issues: GeoIssues, value: unknown, path: string, kinds: readonly GeometryKind[], properties?: PropertiesCheck): boolean {
  if (!issues.object(value, path)) return false;
  const start = issues.list.length;
  if (value.type !== 'Feature') issues.add(`${path}.type`, `must be "Feature", got ${describe(value.type)}`);
  checkGeometry(issues, value.geometry, `${path}.geometry`, kinds);
  if (properties && issues.object(value.properties, `${path}.properties`)) properties(value.properties, `${path}.properties`);
  return issues.list.length === start;
}

/** A GeoJSON FeatureCollection of at most `max` features, each checked by checkFeature. */
export function checkFeatures(
  issues: GeoIssues,
  value: unknown,
  path: string,
  kinds: readonly GeometryKind[],
  max: number,
  properties?: PropertiesCheck,
): boolean {
  if (!issues.object(value, path)) return false;
  const start = issues.list.length;
  if (value.type !== 'FeatureCollection') issues.add(`${path}.type`, `must be "FeatureCollection", got ${describe(value.type)}`);
  const { features } = value;
  if (issues.array(features, `${path}.features`, { max })) {
    for (let i = 0; i < features.length && !issues.full; i++) checkFeature(issues, features[i], `${path}.features[${i}]`, kinds, properties);
  }
  return issues.list.length === start;
}

/** An object's `lon` and `lat`: finite degrees, on the globe. */
export function checkLonLat(issues: Issues, value: Record<string, unknown>, path: string): boolean {
  const lon = issues.number(value.lon, `${path}.lon`, { min: -180, max: 180 });
  const lat = issues.number(value.lat, `${path}.lat`, { min: -90, max: 90 });
  return lon && lat;
}

/**
 * A place on a map: a `name` (text), `lon` and `lat`, and optionally `approximate` (true or false) and a `note`
 * (text); texts at most `maxText` characters. Returns whether it is an object, so that a graphic can go on to check
 * the fields particular to it.
 */
export function checkPlace(issues: Issues, value: unknown, path: string, { maxText = Infinity } = {}): value is Record<string, unknown> {
  if (!issues.object(value, path)) return false;
  issues.text(value.name, `${path}.name`, { max: maxText });
  checkLonLat(issues, value, path);
  issues.flag(value.approximate, `${path}.approximate`);
  issues.text(value.note, `${path}.note`, { optional: true, max: maxText });
  return true;
}
