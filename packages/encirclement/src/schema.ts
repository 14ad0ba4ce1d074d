import { Issues, isLocalText, parseIsoDate, type LocalText, type Validation } from '@salient/core';
import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';

/** A position, `[lon, lat]` in degrees (WGS84). A third number (height) is allowed and ignored. */
export type LonLat = readonly number[];

/** A settlement on the map. */
export interface EncirclementPlace {
  id: string;
  name: LocalText;
  lat: number;
  lon: number;
  country: 'RU' | 'UA';
  /**
   * 1, 2 or 3 (checked by validation): 1 always labelled (Sudzha), 2 and 3 where there is room, 2 first. Typed as a
   * number so that datasets written as plain object literals, without `as const`, are assignable.
   */
  rank: number;
  /** Where the coordinates were read. */
  source: string;
  /** The position is estimated: drawn as a hollow dot. */
  approximate?: boolean;
  note?: LocalText;
}

/** A Russian advance in a frame: an arrow from `from` to `to`. */
export interface EncirclementAdvance {
  from: LonLat;
  to: LonLat;
  label: LocalText;
}

/** The road out: a band along `line`, its reported width annotated. */
export interface EncirclementCorridor {
  line: LonLat[];
  /** Reported width, km, low and high (equal when one figure). */
  widthKm?: readonly number[];
  source?: string;
  label: LocalText;
}

/** Area figures reported by sources for about the frame's date, km². */
export interface ReportedArea {
  low: number;
  high: number;
  sources: string[];
}

/** One step: the ground held on a date. */
export interface EncirclementFrame {
  id: string;
  /** yyyy-mm-dd (or yyyy-mm). */
  date: string;
  label: LocalText;
  /** The held area. Rings in either winding; an empty MultiPolygon means nothing held. */
  held: Polygon | MultiPolygon;
  /** The outline is approximate (traced from maps): always so for front lines. */
  approximate?: boolean;
  reported?: ReportedArea;
  /** What the outline was drawn from. */
  sources?: string[];
  note?: LocalText;
  advances?: EncirclementAdvance[];
  corridor?: EncirclementCorridor;
}

export interface OblastProperties {
  name: LocalText;
  /** `UA`/`UKR` is tinted as Ukraine's side; anything else (`RU`) is neutral. */
  country: string;
}

export interface EncirclementData {
  /** What the map shows, for the table caption. */
  title?: LocalText;
  /** Credit line for the whole graphic. */
  source?: LocalText;
  /** Regions for context, clipped to the map. */
  oblasts?: FeatureCollection<Polygon | MultiPolygon, OblastProperties>;
  /** The state border. */
  border?: MultiLineString | LineString;
  places?: EncirclementPlace[];
  /** The frames, oldest first. */
  frames: EncirclementFrame[];
}

/** Caps that keep a huge paste from hanging the page: validation stops walking past them. */
export const LIMITS = {
  frames: 60,
  places: 500,
  advances: 24,
  features: 100,
  /** Positions in the whole dataset, every geometry, line and arrow together. */
  positions: 150_000,
  text: 600,
} as const;

/** Larger than any land area on Earth: a figure beyond this is a typing error. */
export const MAX_AREA_KM2 = 150_000_000;
/** Wider than any corridor could be. */
const MAX_WIDTH_KM = 2_000;

/** Counts positions as they are checked, so an oversized input is refused once, early. */
interface Budget {
  positions: number;
  exceeded: boolean;
}

function text(issues: Issues, value: unknown, path: string, optional = true): void {
  if (optional && value === undefined) return;
  if (!isLocalText(value) || (typeof value === 'string' && value.trim() === '')) {
    issues.add(path, 'must be a non-empty text, or an object of texts by language with at least "en"');
    return;
  }
  const long = (typeof value === 'string' ? [value] : Object.values(value)).some((s) => s.length > LIMITS.text);
  if (long) issues.add(path, `must be at most ${LIMITS.text} characters long`);
}

function strings(issues: Issues, value: unknown, path: string, optional = true): void {
  if (optional && value === undefined) return;
  if (!issues.array(value, path)) return;
  if (value.length > 50) issues.add(path, `must have at most 50 entries, got ${value.length}`);
  else value.forEach((s, i) => issues.string(s, `${path}[${i}]`));
}

function count(issues: Issues, budget: Budget, n: number): boolean {
  if (budget.exceeded) return false;
  budget.positions += n;
  if (budget.positions > LIMITS.positions) {
    budget.exceeded = true;
    issues.add('The data', `has more than ${LIMITS.positions.toLocaleString('en')} coordinate pairs: simplify the shapes`);
    return false;
  }
  return true;
}

/** One `[lon, lat]`: finite, in range. Returns whether it is good. */
function position(issues: Issues, value: unknown, path: string): boolean {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) {
    issues.add(path, `must be a [longitude, latitude] pair, got ${describeShort(value)}`);
    return false;
  }
  const [lon, lat] = value as unknown[];
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    const shown = value.map((v) => (typeof v === 'number' ? String(v) : describeShort(v))).join(', ');
    issues.add(path, `must hold two finite numbers, got [${shown}]`);
    return false;
  }
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
    issues.add(path, `is out of range: longitude must be within ±180 and latitude within ±90, got [${lon}, ${lat}]`);
    return false;
  }
  return true;
}

function describeShort(value: unknown): string {
  if (Array.isArray(value)) return `a list of ${value.length}`;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** A list of positions; only the first bad one is reported, so a broken ring makes one message, not thousands. */
function positions(issues: Issues, budget: Budget, value: unknown, path: string, min: number): value is LonLat[] {
  if (!issues.array(value, path)) return false;
  if (!count(issues, budget, value.length)) return false;
  if (value.length < min) {
    issues.add(path, `must have at least ${min} positions, got ${value.length}`);
    return false;
  }
  for (let i = 0; i < value.length; i++) {
    if (!position(issues, value[i], `${path}[${i}]`)) return false;
  }
  return true;
}

function ring(issues: Issues, budget: Budget, value: unknown, path: string): void {
  if (!positions(issues, budget, value, path, 4)) return;
  const first = value[0];
  const last = value[value.length - 1];
  if (first[0] !== last[0] || first[1] !== last[1]) {
    issues.add(path, 'is not closed: its last position must repeat its first');
  }
}

function polygonRings(issues: Issues, budget: Budget, value: unknown, path: string): void {
  if (!issues.array(value, path)) return;
  if (value.length === 0) {
    issues.add(path, 'has no coordinates: a polygon needs at least one ring');
    return;
  }
  for (let i = 0; i < value.length && !budget.exceeded; i++) ring(issues, budget, value[i], `${path}[${i}]`);
}

type GeometryKind = 'Polygon' | 'MultiPolygon' | 'LineString' | 'MultiLineString';

/** A GeoJSON geometry of one of `kinds`, walked to every position. */
function geometry(issues: Issues, budget: Budget, value: unknown, path: string, kinds: readonly GeometryKind[]): void {
  if (!issues.object(value, path)) return;
  const type = value.type;
  if (typeof type !== 'string' || !(kinds as readonly string[]).includes(type)) {
    issues.add(`${path}.type`, `must be ${kinds.map((k) => `"${k}"`).join(' or ')}, got ${describeShort(type)}`);
    return;
  }
  const at = `${path}.coordinates`;
  const coordinates = value.coordinates;
  switch (type as GeometryKind) {
    case 'Polygon':
      polygonRings(issues, budget, coordinates, at);
      break;
    case 'MultiPolygon':
      // An empty MultiPolygon is allowed: nothing held.
      if (!issues.array(coordinates, at)) return;
      for (let i = 0; i < coordinates.length && !budget.exceeded; i++) polygonRings(issues, budget, coordinates[i], `${at}[${i}]`);
      break;
    case 'LineString':
      positions(issues, budget, coordinates, at, 2);
      break;
    case 'MultiLineString':
      if (!issues.array(coordinates, at)) return;
      for (let i = 0; i < coordinates.length && !budget.exceeded; i++) positions(issues, budget, coordinates[i], `${at}[${i}]`, 2);
      break;
  }
}

function limit(issues: Issues, value: unknown[], path: string, max: number): boolean {
  if (value.length <= max) return true;
  issues.add(path, `must have at most ${max} entries, got ${value.length}`);
  return false;
}

function place(issues: Issues, value: unknown, path: string, ids: Set<string>): void {
  if (!issues.object(value, path)) return;
  if (issues.string(value.id, `${path}.id`)) {
    if (ids.has(value.id)) issues.add(`${path}.id`, `repeats "${value.id}": place ids must be unique`);
    ids.add(value.id);
  }
  text(issues, value.name, `${path}.name`, false);
  issues.number(value.lat, `${path}.lat`, { min: -90, max: 90 });
  issues.number(value.lon, `${path}.lon`, { min: -180, max: 180 });
  if (value.country !== 'RU' && value.country !== 'UA') issues.add(`${path}.country`, `must be "RU" or "UA", got ${describeShort(value.country)}`);
  if (value.rank !== 1 && value.rank !== 2 && value.rank !== 3) issues.add(`${path}.rank`, `must be 1, 2 or 3, got ${describeShort(value.rank)}`);
  issues.string(value.source, `${path}.source`);
  boolean(issues, value.approximate, `${path}.approximate`);
  text(issues, value.note, `${path}.note`);
}

function boolean(issues: Issues, value: unknown, path: string): void {
  if (value !== undefined && typeof value !== 'boolean') issues.add(path, 'must be true or false');
}

function range(issues: Issues, value: unknown, path: string, max: number): void {
  if (!Array.isArray(value) || value.length !== 2) {
    issues.add(path, `must be a [low, high] pair, got ${describeShort(value)}`);
    return;
  }
  const low = issues.number(value[0], `${path}[0]`, { min: 0, max });
  const high = issues.number(value[1], `${path}[1]`, { min: 0, max });
  if (low && high && value[0] > value[1]) issues.add(path, `must list the lower figure first, got [${value[0]}, ${value[1]}]`);
}

function frame(issues: Issues, budget: Budget, value: unknown, path: string, ids: Set<string>): void {
  if (!issues.object(value, path)) return;
  if (issues.string(value.id, `${path}.id`)) {
    if (ids.has(value.id)) issues.add(`${path}.id`, `repeats "${value.id}": frame ids must be unique`);
    ids.add(value.id);
  }
  if (typeof value.date !== 'string' || Number.isNaN(parseIsoDate(value.date))) {
    issues.add(`${path}.date`, `must be a date written yyyy-mm-dd, got ${describeShort(value.date)}`);
  }
  text(issues, value.label, `${path}.label`, false);
  geometry(issues, budget, value.held, `${path}.held`, ['Polygon', 'MultiPolygon']);
  boolean(issues, value.approximate, `${path}.approximate`);
  text(issues, value.note, `${path}.note`);
  strings(issues, value.sources, `${path}.sources`);
  if (value.reported !== undefined && issues.object(value.reported, `${path}.reported`)) {
    const reported = value.reported;
    const low = issues.number(reported.low, `${path}.reported.low`, { max: MAX_AREA_KM2 });
    const high = issues.number(reported.high, `${path}.reported.high`, { max: MAX_AREA_KM2 });
    if (low && high && (reported.low as number) > (reported.high as number)) {
      issues.add(`${path}.reported`, `low must not be above high, got ${String(reported.low)} and ${String(reported.high)}`);
    }
    strings(issues, reported.sources, `${path}.reported.sources`, false);
  }
  if (value.advances !== undefined && issues.array(value.advances, `${path}.advances`) && limit(issues, value.advances, `${path}.advances`, LIMITS.advances)) {
    value.advances.forEach((advance, i) => {
      const at = `${path}.advances[${i}]`;
      if (!issues.object(advance, at)) return;
      if (count(issues, budget, 2)) {
        position(issues, advance.from, `${at}.from`);
        position(issues, advance.to, `${at}.to`);
      }
      text(issues, advance.label, `${at}.label`, false);
    });
  }
  if (value.corridor !== undefined && issues.object(value.corridor, `${path}.corridor`)) {
    const corridor = value.corridor;
    positions(issues, budget, corridor.line, `${path}.corridor.line`, 2);
    if (corridor.widthKm !== undefined) range(issues, corridor.widthKm, `${path}.corridor.widthKm`, MAX_WIDTH_KM);
    issues.string(corridor.source, `${path}.corridor.source`, { optional: true });
    text(issues, corridor.label, `${path}.corridor.label`, false);
  }
}

/**
 * Checks untrusted encirclement data (from a CMS, a URL or a script) and says what is wrong with it: GeoJSON
 * structure, closed rings of at least four positions, coordinates finite and on the globe, sizes capped.
 */
export function validateEncirclement(input: unknown): Validation<EncirclementData> {
  const issues = new Issues();
  const budget: Budget = { positions: 0, exceeded: false };
  if (!issues.object(input, 'The data')) return issues.result(input as EncirclementData);

  if (issues.array(input.frames, 'frames', { min: 1 }) && limit(issues, input.frames, 'frames', LIMITS.frames)) {
    const ids = new Set<string>();
    for (let i = 0; i < input.frames.length && !budget.exceeded; i++) frame(issues, budget, input.frames[i], `frames[${i}]`, ids);
  }
  if (input.oblasts !== undefined && issues.object(input.oblasts, 'oblasts')) {
    const { type, features } = input.oblasts;
    if (type !== 'FeatureCollection') issues.add('oblasts.type', `must be "FeatureCollection", got ${describeShort(type)}`);
    if (issues.array(features, 'oblasts.features') && limit(issues, features, 'oblasts.features', LIMITS.features)) {
      for (let i = 0; i < features.length && !budget.exceeded; i++) {
        const at = `oblasts.features[${i}]`;
        const feature = features[i];
        if (!issues.object(feature, at)) continue;
        if (feature.type !== 'Feature') issues.add(`${at}.type`, `must be "Feature", got ${describeShort(feature.type)}`);
        geometry(issues, budget, feature.geometry, `${at}.geometry`, ['Polygon', 'MultiPolygon']);
        if (issues.object(feature.properties, `${at}.properties`)) {
          text(issues, feature.properties.name, `${at}.properties.name`, false);
          issues.string(feature.properties.country, `${at}.properties.country`);
        }
      }
    }
  }
  if (input.border !== undefined && !budget.exceeded) geometry(issues, budget, input.border, 'border', ['MultiLineString', 'LineString']);
  if (input.places !== undefined && issues.array(input.places, 'places') && limit(issues, input.places, 'places', LIMITS.places)) {
    const ids = new Set<string>();
    input.places.forEach((p, i) => place(issues, p, `places[${i}]`, ids));
  }
  text(issues, input.title, 'title');
  text(issues, input.source, 'source');

  // Order is checked only once every date parses; equal dates are allowed.
  if (issues.ok) {
    const frames = input.frames as EncirclementFrame[];
    const late = frames.findIndex((f, i) => i > 0 && parseIsoDate(f.date) < parseIsoDate(frames[i - 1].date));
    if (late !== -1) issues.add(`frames[${late}].date`, 'comes before the frame ahead of it: list the frames oldest first');
  }
  return issues.result(input as unknown as EncirclementData);
}
