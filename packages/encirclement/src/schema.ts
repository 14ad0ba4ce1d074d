import {
  checkFeatures,
  checkGeometry,
  checkLine,
  checkPlace,
  checkPosition,
  describe,
  GeoIssues,
  type LocalText,
  parseIsoDate,
  type Validation,
} from '@salient/core';
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

const POLYGONS = ['Polygon', 'MultiPolygon'] as const;

function place(issues: GeoIssues, value: unknown, path: string, ids: Set<string>): void {
  if (!checkPlace(issues, value, path, { maxText: LIMITS.text })) return;
  if (issues.string(value.id, `${path}.id`)) {
    if (ids.has(value.id)) issues.add(`${path}.id`, `repeats "${value.id}": place ids must be unique`);
    ids.add(value.id);
  }
  if (value.country !== 'RU' && value.country !== 'UA') issues.add(`${path}.country`, `must be "RU" or "UA", got ${describe(value.country)}`);
  if (value.rank !== 1 && value.rank !== 2 && value.rank !== 3) issues.add(`${path}.rank`, `must be 1, 2 or 3, got ${describe(value.rank)}`);
  issues.string(value.source, `${path}.source`);
}

function range(issues: GeoIssues, value: unknown, path: string, max: number): void {
  if (!Array.isArray(value) || value.length !== 2) {
    issues.add(path, `must be a [low, high] pair, got ${Array.isArray(value) ? `a list of ${value.length}` : describe(value)}`);
    return;
  }
  const low = issues.number(value[0], `${path}[0]`, { min: 0, max });
  const high = issues.number(value[1], `${path}[1]`, { min: 0, max });
  if (low && high && value[0] > value[1]) issues.add(path, `must list the lower figure first, got [${value[0]}, ${value[1]}]`);
}

/** A list of at most 50 non-empty strings (sources). */
function strings(issues: GeoIssues, value: unknown, path: string, optional = true): void {
  if (optional && value === undefined) return;
  if (issues.array(value, path, { max: 50 })) value.forEach((s, i) => issues.string(s, `${path}[${i}]`));
}

function frame(issues: GeoIssues, value: unknown, path: string, ids: Set<string>): void {
  if (!issues.object(value, path)) return;
  const text = (v: unknown, at: string, optional = true) => issues.text(v, at, { optional, max: LIMITS.text });
  if (issues.string(value.id, `${path}.id`)) {
    if (ids.has(value.id)) issues.add(`${path}.id`, `repeats "${value.id}": frame ids must be unique`);
    ids.add(value.id);
  }
  issues.date(value.date, `${path}.date`);
  text(value.label, `${path}.label`, false);
  checkGeometry(issues, value.held, `${path}.held`, POLYGONS);
  issues.flag(value.approximate, `${path}.approximate`);
  text(value.note, `${path}.note`);
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
  if (value.advances !== undefined && issues.array(value.advances, `${path}.advances`, { max: LIMITS.advances })) {
    value.advances.forEach((advance, i) => {
      const at = `${path}.advances[${i}]`;
      if (!issues.object(advance, at)) return;
      if (issues.count(2)) {
        checkPosition(issues, advance.from, `${at}.from`);
        checkPosition(issues, advance.to, `${at}.to`);
      }
      text(advance.label, `${at}.label`, false);
    });
  }
  if (value.corridor !== undefined && issues.object(value.corridor, `${path}.corridor`)) {
    const corridor = value.corridor;
    checkLine(issues, corridor.line, `${path}.corridor.line`);
    if (corridor.widthKm !== undefined) range(issues, corridor.widthKm, `${path}.corridor.widthKm`, MAX_WIDTH_KM);
    issues.string(corridor.source, `${path}.corridor.source`, { optional: true });
    text(corridor.label, `${path}.corridor.label`, false);
  }
}

/**
 * Checks untrusted encirclement data (from a CMS, a URL or a script) and says what is wrong with it: GeoJSON
 * structure, closed rings of at least four positions, coordinates finite and on the globe, sizes capped.
 */
export function validateEncirclement(input: unknown): Validation<EncirclementData> {
  const issues = new GeoIssues(LIMITS.positions);
  if (!issues.object(input, 'The data')) return issues.result(input as EncirclementData);

  if (issues.array(input.frames, 'frames', { min: 1, max: LIMITS.frames })) {
    const ids = new Set<string>();
    for (let i = 0; i < input.frames.length && !issues.full; i++) frame(issues, input.frames[i], `frames[${i}]`, ids);
  }
  if (input.oblasts !== undefined) {
    checkFeatures(issues, input.oblasts, 'oblasts', POLYGONS, LIMITS.features, (properties, at) => {
      issues.text(properties.name, `${at}.name`, { max: LIMITS.text });
      issues.string(properties.country, `${at}.country`);
    });
  }
  if (input.border !== undefined && !issues.full) checkGeometry(issues, input.border, 'border', ['MultiLineString', 'LineString']);
  if (input.places !== undefined && issues.array(input.places, 'places', { max: LIMITS.places })) {
    const ids = new Set<string>();
    input.places.forEach((p, i) => place(issues, p, `places[${i}]`, ids));
  }
  issues.text(input.title, 'title', { optional: true, max: LIMITS.text });
  issues.text(input.source, 'source', { optional: true, max: LIMITS.text });

  // Order is checked only once every date parses; equal dates are allowed.
  if (issues.ok) {
    const frames = input.frames as EncirclementFrame[];
    const late = frames.findIndex((f, i) => i > 0 && parseIsoDate(f.date) < parseIsoDate(frames[i - 1].date));
    if (late !== -1) issues.add(`frames[${late}].date`, 'comes before the frame ahead of it: list the frames oldest first');
  }
  return issues.result(input as unknown as EncirclementData);
}
