/*
 * Geometry and text checks shared by the dataset tests (not part of the package build).
 */
import { geoArea, geoContains, geoDistance, geoInterpolate, geoLength } from 'd3-geo';
import type { Geometry, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { expect } from 'vitest';

/** Mean Earth radius (IUGG), km, as in @salient/core's map helpers. */
export const R = 6371.0088;

export type LonLat = [number, number];

export const at = (p: { lon: number; lat: number }): LonLat => [p.lon, p.lat];

export function distanceKm(a: Position, b: Position): number {
  return geoDistance(a as LonLat, b as LonLat) * R;
}

export function areaKm2(g: Polygon | MultiPolygon): number {
  return geoArea(g) * R * R;
}

export function lengthKm(line: Position[]): number {
  return geoLength({ type: 'LineString', coordinates: line }) * R;
}

/** The line with a point at least every `stepKm` along great circles. */
export function densify(line: Position[], stepKm = 0.05): LonLat[] {
  const out: LonLat[] = [];
  for (let i = 0; i < line.length - 1; i++) {
    const a = line[i] as LonLat;
    const b = line[i + 1] as LonLat;
    const n = Math.max(1, Math.ceil(distanceKm(a, b) / stepKm));
    const f = geoInterpolate(a, b);
    for (let k = 0; k < n; k++) out.push(f(k / n));
  }
  if (line.length) out.push(line[line.length - 1] as LonLat);
  return out;
}

/** Shortest distance from a point to a line (or several), km, to within ~25 m. */
export function distanceToLineKm(p: Position, lines: Position[] | Position[][], stepKm = 0.05): number {
  const many = Array.isArray(lines[0]?.[0]) ? (lines as Position[][]) : [lines as Position[]];
  let best = Infinity;
  for (const line of many) for (const q of densify(line, stepKm)) best = Math.min(best, distanceKm(p, q));
  return best;
}

export function contains(geometry: Geometry, p: Position): boolean {
  return geoContains({ type: 'Feature', properties: null, geometry }, p as LonLat);
}

/** Number of pairs of non-adjacent ring edges that cross (planar test in lon/lat, fine at this scale). */
export function selfIntersections(ring: Position[]): number {
  const side = (p: Position, q: Position, r: Position) =>
    Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  let n = 0;
  const m = ring.length - 1;
  for (let i = 0; i < m; i++) {
    for (let j = i + 2; j < m; j++) {
      if (i === 0 && j === m - 1) continue;
      const [a, b, c, d] = [ring[i], ring[i + 1], ring[j], ring[j + 1]];
      if (side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0) n++;
    }
  }
  return n;
}

export type Border = MultiLineString;

/** Every `{ en, … }` object in a dataset (a LocalText), with where it is. */
export function localTexts(value: unknown, path = '$'): [string, Record<string, string>][] {
  const out: [string, Record<string, string>][] = [];
  const walk = (v: unknown, p: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${p}[${i}]`));
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o['en'] === 'string') out.push([p, o as Record<string, string>]);
      else for (const [k, x] of Object.entries(o)) walk(x, `${p}.${k}`);
    }
  };
  walk(value, path);
  return out;
}

/** Every LocalText has English and Ukrainian; Ukrainian is Cyrillic without Russian-only letters. */
export function expectBilingual(value: unknown, atLeast: number): void {
  const texts = localTexts(value);
  expect(texts.length).toBeGreaterThanOrEqual(atLeast);
  for (const [where, t] of texts) {
    expect(t['en']?.trim(), `${where} en`).toBeTruthy();
    expect(t['uk']?.trim(), `${where} uk`).toBeTruthy();
    expect(/[А-ЯҐЄІЇа-яґєії]/.test(t['uk']), `${where} uk is Ukrainian`).toBe(true);
    expect(/[ёыэъЁЫЭЪ]/.test(t['uk']), `${where} uk has no Russian-only letters`).toBe(false);
    expect(/[А-Яа-яЁёІіЇїЄєҐґ]/.test(t['en']), `${where} en is Latin`).toBe(false);
  }
}

/** Reader-facing fields (label, note, title, summary, text, source at the top) must be LocalText objects. */
export function expectReaderTextsLocalised(value: unknown, keys = ['label', 'note', 'title', 'summary', 'text']): void {
  const walk = (v: unknown, p: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${p}[${i}]`));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (keys.includes(k)) expect(typeof x === 'object' && x !== null && 'uk' in x, `${p}.${k} is { en, uk }`).toBe(true);
        else walk(x, `${p}.${k}`);
      }
    }
  };
  walk(value, '$');
}

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
