import {
  checkLine,
  checkPlace,
  describe,
  distanceKm,
  GeoIssues,
  type LocalText,
  type LonLat,
  type Validation,
} from '@salient/core';
import type { LineString, MultiLineString } from 'geojson';
import { MOMENT_IDS, parseTime, type MomentId } from './timeline.js';

/** A place on the plan (the shape of @salient/kursk-data's shared `places`). */
export interface PipelinePlace {
  name: LocalText;
  lon: number;
  lat: number;
  /** 1: always labelled; 2: labelled where there is room; 3: close-ups only. The plan is a close-up. Default 3. */
  rank?: number;
  /** The position is estimated: "(approx.)" follows the name. */
  approximate?: boolean;
}

/** The state border: GeoJSON, or a line or several lines of [lon, lat]. */
export type PipelineBorder = LineString | MultiLineString | LonLat[] | LonLat[][];

/** One account of how far they crawled, km. */
export interface LengthEstimate {
  low: number;
  /** When the source gave a range. */
  high?: number;
  source: string;
  /** As the source put it ("About 15 km"); the figures are formatted when left out. */
  text?: LocalText;
}

/** One account of how many took part: the words the source used, and the figure they mean when there is one. */
export interface SoldierEstimate {
  /** As the source put it: "about 100", "several hundred". */
  text: LocalText;
  value?: number;
  low?: number;
  high?: number;
  source: string;
  /** Set on a figure far from every other: listed, but outside the range shown. */
  outlier?: boolean;
}

/** A key moment of the operation: what `step` jumps to. */
export interface PipelineMoment {
  id: MomentId;
  /** ISO date-time with its offset, e.g. `2025-03-08T05:30+03:00`. */
  time: string;
  label: LocalText;
  text: LocalText;
  /** Who reported it. */
  sources: string[];
}

export interface PipelineData {
  title?: LocalText;
  /** Credit line for the whole graphic. */
  source?: LocalText;
  places?: PipelinePlace[];
  border?: PipelineBorder;
  pipe: {
    name: LocalText;
    /** A longer name ("Urengoy–Pomary–Uzhhorod gas pipeline"). */
    label?: LocalText;
    /** Outside diameter, m: 1.42 for Urengoy–Pomary–Uzhhorod. */
    diameterM: number;
    /** Date (yyyy-mm-dd) from which no gas flowed. */
    emptySince?: string;
    source: string;
  };
  route: {
    /** From the entry (the start of the trench) to the exit, [lon, lat]. */
    line: LonLat[];
    /** The line is an estimate, drawn dashed. */
    approximate?: boolean;
    note?: LocalText;
    /** Length of the open trench before the pipe, km, from the start of `line`. */
    entryTrenchKm?: number;
  };
  /** The distance crawled, km: the range shown, and each account. */
  lengthKm: { low: number; high: number; estimates: LengthEstimate[] };
  /** How many soldiers: the range shown, and each account. */
  soldiers: { low: number; high: number; estimates: SoldierEstimate[] };
  /** How they moved: in groups of `size`, `spacingM` apart. */
  group: {
    size: number;
    spacingM: number;
    source: string;
    /** How the source described it; shown over the long section. */
    label?: LocalText;
  };
  timeline: { start: string; end: string; moments: PipelineMoment[] };
  /** The front line before the operation. */
  frontLine: { line: LonLat[]; date: string; approximate?: boolean; label?: LocalText };
}

/** Limits beyond which input is a mistake (or an attack on the page), not a pipeline. */
export const LIMITS = {
  diameterM: [0.3, 5],
  lengthKm: [0.1, 500],
  soldiers: [1, 1_000_000],
  groupSize: [1, 100],
  spacingM: [0.5, 1_000],
  trenchKm: [0, 50],
  /** Longest timeline, ms: 60 days. */
  spanMs: 60 * 24 * 3_600_000,
  routePoints: 5_000,
  linePoints: 20_000,
  places: 200,
  estimates: 50,
  sources: 20,
  /** Characters in any one text. */
  text: 2_000,
} as const;

/** Text in data, at most LIMITS.text characters. */
function text(issues: GeoIssues, value: unknown, path: string, optional = true): void {
  issues.text(value, path, { optional, max: LIMITS.text });
}

function source(issues: GeoIssues, value: unknown, path: string, optional = false): void {
  if (issues.string(value, path, { optional }) && typeof value === 'string' && value.length > LIMITS.text) {
    issues.add(path, `must be at most ${LIMITS.text} characters long`);
  }
}

/** An ISO date-time with its offset, as epoch ms (NaN, reported, when it is not one). */
function time(issues: GeoIssues, value: unknown, path: string): number {
  const ms = parseTime(value);
  if (Number.isNaN(ms)) {
    issues.add(path, `must be a date and time with its offset, like 2025-03-08T05:30+03:00, got ${describe(value)}`);
  }
  return ms;
}

/** low ≤ high, both within [min, max]. */
function range(issues: GeoIssues, value: Record<string, unknown>, path: string, [min, max]: readonly [number, number], needHigh = false): void {
  const low = issues.number(value.low, `${path}.low`, { min, max });
  const high = issues.number(value.high, `${path}.high`, { min, max, optional: !needHigh });
  if (low && high && value.high !== undefined && (value.high as number) < (value.low as number)) {
    issues.add(`${path}.high`, `must not be below low (${value.low as number}), got ${value.high as number}`);
  }
}

function moment(issues: GeoIssues, value: unknown, path: string): void {
  if (!issues.object(value, path)) return;
  if (!MOMENT_IDS.includes(value.id as MomentId)) {
    issues.add(`${path}.id`, `must be one of ${MOMENT_IDS.join(', ')}, got ${describe(value.id)}`);
  }
  time(issues, value.time, `${path}.time`);
  text(issues, value.label, `${path}.label`, false);
  text(issues, value.text, `${path}.text`, false);
  if (issues.array(value.sources, `${path}.sources`, { min: 1, max: LIMITS.sources })) {
    value.sources.forEach((s, i) => source(issues, s, `${path}.sources[${i}]`));
  }
}

/** Checks untrusted pipeline data (from a CMS, a URL or a script) and says what is wrong with it. */
export function validatePipeline(input: unknown): Validation<PipelineData> {
  const issues = new GeoIssues();
  if (!issues.object(input, 'The data')) return issues.result(input as PipelineData);
  text(issues, input.title, 'title');
  text(issues, input.source, 'source');

  if (input.places !== undefined && issues.array(input.places, 'places', { max: LIMITS.places })) {
    input.places.forEach((p, i) => {
      if (checkPlace(issues, p, `places[${i}]`, { maxText: LIMITS.text })) issues.number(p.rank, `places[${i}].rank`, { min: 1, max: 10, optional: true });
    });
  }
  if (input.border !== undefined) border(issues, input.border);

  if (issues.object(input.pipe, 'pipe')) {
    text(issues, input.pipe.name, 'pipe.name', false);
    text(issues, input.pipe.label, 'pipe.label');
    issues.number(input.pipe.diameterM, 'pipe.diameterM', { min: LIMITS.diameterM[0], max: LIMITS.diameterM[1] });
    issues.date(input.pipe.emptySince, 'pipe.emptySince', { optional: true });
    source(issues, input.pipe.source, 'pipe.source');
  }

  if (issues.object(input.route, 'route')) {
    if (checkLine(issues, input.route.line, 'route.line', { max: LIMITS.routePoints })) {
      const points = input.route.line;
      const km = points.reduce((sum, point, i) => sum + (i ? distanceKm(points[i - 1], point) : 0), 0);
      if (!(km > 0)) issues.add('route.line', 'must have two different points: it has no length');
    }
    issues.flag(input.route.approximate, 'route.approximate');
    text(issues, input.route.note, 'route.note');
    issues.number(input.route.entryTrenchKm, 'route.entryTrenchKm', { min: LIMITS.trenchKm[0], max: LIMITS.trenchKm[1], optional: true });
  }

  if (issues.object(input.lengthKm, 'lengthKm')) {
    range(issues, input.lengthKm, 'lengthKm', LIMITS.lengthKm, true);
    if (issues.array(input.lengthKm.estimates, 'lengthKm.estimates', { max: LIMITS.estimates })) {
      input.lengthKm.estimates.forEach((e, i) => {
        const at = `lengthKm.estimates[${i}]`;
        if (!issues.object(e, at)) return;
        range(issues, e, at, LIMITS.lengthKm);
        source(issues, e.source, `${at}.source`);
        text(issues, e.text, `${at}.text`);
      });
    }
  }

  if (issues.object(input.soldiers, 'soldiers')) {
    range(issues, input.soldiers, 'soldiers', LIMITS.soldiers, true);
    if (issues.array(input.soldiers.estimates, 'soldiers.estimates', { max: LIMITS.estimates })) {
      input.soldiers.estimates.forEach((e, i) => {
        const at = `soldiers.estimates[${i}]`;
        if (!issues.object(e, at)) return;
        text(issues, e.text, `${at}.text`, false);
        issues.number(e.value, `${at}.value`, { min: LIMITS.soldiers[0], max: LIMITS.soldiers[1], optional: true });
        if (e.low !== undefined || e.high !== undefined) range(issues, e, at, LIMITS.soldiers);
        source(issues, e.source, `${at}.source`);
        issues.flag(e.outlier, `${at}.outlier`);
      });
    }
  }

  if (issues.object(input.group, 'group')) {
    issues.number(input.group.size, 'group.size', { min: LIMITS.groupSize[0], max: LIMITS.groupSize[1] });
    if (typeof input.group.size === 'number' && !Number.isInteger(input.group.size)) issues.add('group.size', 'must be a whole number');
    issues.number(input.group.spacingM, 'group.spacingM', { min: LIMITS.spacingM[0], max: LIMITS.spacingM[1] });
    source(issues, input.group.source, 'group.source');
    text(issues, input.group.label, 'group.label');
  }

  if (issues.object(input.timeline, 'timeline')) timeline(issues, input.timeline);

  if (issues.object(input.frontLine, 'frontLine')) {
    checkLine(issues, input.frontLine.line, 'frontLine.line', { max: LIMITS.linePoints });
    issues.date(input.frontLine.date, 'frontLine.date');
    issues.flag(input.frontLine.approximate, 'frontLine.approximate');
    text(issues, input.frontLine.label, 'frontLine.label');
  }
  return issues.result(input as unknown as PipelineData);
}

/** The border as GeoJSON (LineString, MultiLineString) or as bare lines. */
function border(issues: GeoIssues, value: unknown): void {
  if (Array.isArray(value)) {
    if (Array.isArray((value as unknown[][])[0]?.[0])) lines(issues, value, 'border');
    else checkLine(issues, value, 'border', { max: LIMITS.linePoints });
    return;
  }
  if (!issues.object(value, 'border')) return;
  if (value.type === 'LineString') checkLine(issues, value.coordinates, 'border.coordinates', { max: LIMITS.linePoints });
  else if (value.type === 'MultiLineString') lines(issues, value.coordinates, 'border.coordinates');
  else issues.add('border.type', `must be "LineString" or "MultiLineString", got ${describe(value.type)}`);
}

/** Up to 100 lines of at most LIMITS.linePoints points in all. */
function lines(issues: GeoIssues, value: unknown, path: string): void {
  if (!issues.array(value, path, { min: 1, max: 100 })) return;
  const points = value.reduce((sum: number, part) => sum + (Array.isArray(part) ? part.length : 0), 0);
  if (points > LIMITS.linePoints) issues.add(path, `must have at most ${LIMITS.linePoints} points in all, got ${points}`);
  else value.every((part, i) => checkLine(issues, part, `${path}[${i}]`));
}

/** The border's lines, whichever way it was given. */
export function borderLines(value: PipelineBorder | undefined): LonLat[][] {
  if (!value) return [];
  if (!Array.isArray(value)) return (value.type === 'LineString' ? [value.coordinates] : value.coordinates) as LonLat[][];
  return Array.isArray(value[0]?.[0]) ? (value as LonLat[][]) : [value as LonLat[]];
}

function timeline(issues: GeoIssues, value: Record<string, unknown>): void {
  const start = time(issues, value.start, 'timeline.start');
  const end = time(issues, value.end, 'timeline.end');
  if (!Number.isNaN(start) && !Number.isNaN(end)) {
    if (end <= start) issues.add('timeline.end', 'must come after timeline.start');
    else if (end - start > LIMITS.spanMs) issues.add('timeline.end', 'must be at most 60 days after timeline.start');
  }
  if (!issues.array(value.moments, 'timeline.moments', { min: 1, max: MOMENT_IDS.length })) return;
  const moments = value.moments;
  const before = issues.list.length;
  moments.forEach((m, i) => moment(issues, m, `timeline.moments[${i}]`));
  if (issues.list.length > before) return;
  // Every moment is well formed: now their order, their place in the timeline and the two the story needs.
  const typed = moments as PipelineMoment[];
  typed.forEach((m, i) => {
    const path = `timeline.moments[${i}]`;
    const time = parseTime(m.time);
    if (typed.findIndex((other) => other.id === m.id) !== i) issues.add(`${path}.id`, `repeats "${m.id}": each moment comes once`);
    else if (i > 0 && MOMENT_IDS.indexOf(m.id) < MOMENT_IDS.indexOf(typed[i - 1].id)) {
      issues.add(`${path}.id`, `"${m.id}" must come before "${typed[i - 1].id}": list the moments in the order ${MOMENT_IDS.join(', ')}`);
    }
    if (time < start || time > end) issues.add(`${path}.time`, 'must be between timeline.start and timeline.end');
    else if (i > 0 && time <= parseTime(typed[i - 1].time)) issues.add(`${path}.time`, 'must come after the moment before it');
  });
  for (const id of ['entry', 'emergence'] as const) {
    if (!typed.some((m) => m.id === id)) issues.add('timeline.moments', `must include the "${id}" moment`);
  }
}
