import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import * as pkg from './index.js';
import { encirclement } from './encirclement.js';
import { border, oblasts, places } from './geo.js';
import { supplyRoad } from './supply-road.js';
import {
  at,
  contains,
  densify,
  distanceKm,
  distanceToLineKm,
  expectBilingual,
  expectReaderTextsLocalised,
  isIsoDate,
  lengthKm,
  type LonLat,
} from './test/geo-helpers.js';

const geometry = (id: string) => oblasts.features.find((f) => f.id === id)!.geometry as Polygon;
const kursk = geometry('kursk');
const sumy = geometry('sumy');
const place = (id: string): LonLat => at(places.find((p) => p.id === id)!);
const waypoints = supplyRoad.road.waypoints;
const road: LonLat[] = waypoints.map(at);
const segment = (name: string) => supplyRoad.road.segments.find((s) => s.name === name)!;
const step = (id: string) => supplyRoad.steps.find((s) => s.id === id)!;
const heldOn = (id: string) => encirclement.frames.find((f) => f.id === id)!.held;
const indexNamed = (en: string) => waypoints.findIndex((w) => w.name?.en === en);

describe('supplyRoad: shape', () => {
  it('is exported from the package entry and is plain JSON, with the map base by reference', () => {
    expect(pkg.supplyRoad).toBe(supplyRoad);
    expect(JSON.parse(JSON.stringify(supplyRoad))).toEqual(supplyRoad);
    expect(supplyRoad.oblasts).toBe(oblasts);
    expect(supplyRoad.border).toBe(border);
    expect(supplyRoad.places).toBe(places);
  });

  it('gives English and Ukrainian for every text a reader sees', () => {
    const own = { ...supplyRoad, oblasts: null, border: null, places: null };
    expectReaderTextsLocalised(own);
    expectBilingual(own, 25);
    expect(supplyRoad.road.name).toEqual({ en: 'H-07 / 38K-004', uk: 'Н-07 / 38К-004' });
  });

  it('says “the main road”, never “the only paved road” (unsupported)', () => {
    const text = JSON.stringify(supplyRoad);
    expect(text).not.toMatch(/only paved/i);
    expect(text).not.toMatch(/єдин/i);
    expect(text).toMatch(/the main road/);
  });

  it('dates every step and strike, in order, with sources', () => {
    expect(supplyRoad.steps.map((s) => [s.id, s.date])).toEqual([
      ['road-of-death', '2025-02-25'],
      ['march-7', '2025-03-07'],
      ['march-10', '2025-03-10'],
      ['march-12', '2025-03-12'],
    ]);
    for (const s of supplyRoad.steps) {
      expect(isIsoDate(s.date)).toBe(true);
      expect(s.sources.length, s.id).toBeGreaterThan(0);
      for (const p of s.positions) expect(s.sources, s.id).toContain(p.source);
    }
    for (const s of supplyRoad.strikes) expect(isIsoDate(s.date)).toBe(true);
  });
});

describe('supplyRoad: the road', () => {
  it('runs Sumy → Yunakivka → the checkpoint → Goncharovka → Sudzha, through the places’ own coordinates', () => {
    expect(road[0]).toEqual(place('sumy'));
    expect(road.at(-1)).toEqual(place('sudzha'));
    for (const [en, id] of [
      ['Yunakivka', 'yunakivka'],
      ['Goncharovka', 'goncharovka'],
    ] as const) {
      const i = indexNamed(en);
      expect(i, en).toBeGreaterThan(0);
      expect(road[i]).toEqual(place(id));
    }
    const order = ['Sumy', 'Yunakivka', 'Yunakivka checkpoint', 'Goncharovka', 'Sudzha'].map(indexNamed);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('marks every interpolated waypoint approximate, and only the named places exact', () => {
    for (const w of waypoints) {
      if (!w.approximate) expect(w.name, `${w.lon},${w.lat}`).toBeDefined();
    }
    expect(waypoints.filter((w) => w.approximate).length).toBeGreaterThanOrEqual(5);
  });

  it('has a plausible length: longer than the straight line Sumy–Sudzha, well under 70 km', () => {
    const km = lengthKm(road);
    const straight = distanceKm(place('sumy'), place('sudzha'));
    console.log(`road: ${km.toFixed(1)} km drawn; straight line Sumy–Sudzha ${straight.toFixed(1)} km`);
    // The drawn road cuts the corners of the real one (few waypoints), so it runs short of the driven distance.
    expect(km).toBeGreaterThan(straight);
    expect(km).toBeGreaterThan(45);
    expect(km).toBeLessThan(70);
    // Yunakivka is ~6 km from the border along the road.
    const ck = indexNamed('Yunakivka checkpoint');
    expect(lengthKm(road.slice(indexNamed('Yunakivka'), ck + 1))).toBeGreaterThan(4.5);
    expect(lengthKm(road.slice(indexNamed('Yunakivka'), ck + 1))).toBeLessThan(7.5);
  });

  it('crosses the border exactly once, between the Yunakivka checkpoint and the next waypoint', () => {
    const side = road.map((p) => (contains(sumy, p) ? 'UA' : contains(kursk, p) ? 'RU' : '?'));
    expect(side).not.toContain('?');
    const changes = side.flatMap((s, i) => (i > 0 && s !== side[i - 1] ? [i] : []));
    expect(changes).toHaveLength(1);
    const ck = indexNamed('Yunakivka checkpoint');
    expect(changes[0]).toBe(ck + 1);
    expect(side[ck]).toBe('UA');
    expect(side[ck + 1]).toBe('RU');
    // The straddling pair is a few hundred metres apart, on either side of the border line.
    expect(distanceKm(road[ck], road[ck + 1])).toBeLessThan(1);
    for (const p of [road[ck], road[ck + 1]]) expect(distanceToLineKm(p, border.coordinates)).toBeLessThan(0.5);
  });

  it('names its stretches by waypoint index: H-07 to the checkpoint, 38K-004 from there to Sudzha', () => {
    const ck = indexNamed('Yunakivka checkpoint');
    expect(segment('H-07')).toMatchObject({ from: 0, to: ck });
    expect(segment('38K-004')).toMatchObject({ from: ck, to: waypoints.length - 1 });
  });
});

describe('supplyRoad: Russian positions match the reports', () => {
  const ck = indexNamed('Yunakivka checkpoint');
  const n07 = road.slice(0, ck + 1); // the road's Ukrainian part
  const yunakivkaToSudzha = road.slice(indexNamed('Yunakivka'));

  it('are all approximate, on the Russian side, with a range and a source', () => {
    for (const s of supplyRoad.steps) {
      expect(s.positions.length, s.id).toBeGreaterThan(0);
      for (const p of s.positions) {
        expect(p.approximate, s.id).toBe(true);
        expect(contains(kursk, at(p)), `${s.id} ${p.label.en}`).toBe(true);
        expect(p.rangeKm).toBeGreaterThan(0);
        expect(p.rangeKm).toBeLessThanOrEqual(20);
        expect(p.source.trim()).not.toBe('');
      }
    }
  });

  it('late February: Rubicon at Sverdlikovo (estimated near Korenevo and the border), drawn to reach the road', () => {
    const [p, ...rest] = step('road-of-death').positions;
    expect(rest).toHaveLength(0);
    expect(p.label.en).toMatch(/Rubicon.*Sverdlikovo.*estimated/);
    expect(p.source).toBe('balticsentinel.eu');
    expect(distanceKm(at(p), place('korenevo'))).toBeLessThan(20);
    expect(distanceToLineKm(at(p), border.coordinates)).toBeLessThan(10);
    expect(contains(heldOn('2025-01'), at(p))).toBe(false); // Russian-held by January
    const toRoad = distanceToLineKm(at(p), road);
    expect(p.rangeKm).toBeGreaterThanOrEqual(toRoad);
    expect(p.rangeKm).toBeLessThan(toRoad + 1);
  });

  it('7 March: positions 5–7 km from the main road (uawire.org), on the 6 March front', () => {
    for (const p of step('march-7').positions) {
      const d = distanceToLineKm(at(p), road);
      console.log(`7 March: ${p.label.en}: ${d.toFixed(1)} km from the road`);
      expect(d).toBeGreaterThanOrEqual(5);
      expect(d).toBeLessThanOrEqual(7);
      expect(p.source).toBe('uawire.org');
      const held = heldOn('2025-03-06');
      expect(!contains(held, at(p)) || distanceToLineKm(at(p), held.coordinates[0]) < 0.5).toBe(true);
    }
  });

  it('10 March: within 5 km of the N-07 (RFE/RL)', () => {
    const nearest = Math.min(...step('march-10').positions.map((p) => distanceToLineKm(at(p), n07)));
    console.log(`10 March: nearest position ${nearest.toFixed(1)} km from the N-07`);
    expect(nearest).toBeLessThanOrEqual(5);
    for (const p of step('march-10').positions) expect(p.source).toBe('RFE/RL');
  });

  it('12 March: the ranges cover the whole Yunakivka–Sudzha road (fire control, Suspilne via Kyiv Post)', () => {
    const positions = step('march-12').positions;
    const uncovered = densify(yunakivkaToSudzha, 0.1).filter(
      (q) => !positions.some((p) => distanceKm(at(p), q) <= p.rangeKm),
    );
    expect(uncovered).toEqual([]);
    for (const p of positions) {
      expect(p.source).toBe('Suspilne via Kyiv Post');
      expect(contains(heldOn('2025-03-13'), at(p)), p.label.en).toBe(false);
    }
  });

  it('draws March ranges at 7 km, the upper end of the 7 March report', () => {
    for (const id of ['march-7', 'march-10', 'march-12']) for (const p of step(id).positions) expect(p.rangeKm).toBe(7);
  });
});

describe('supplyRoad: strikes', () => {
  it('marks 25 February: dozens of vehicles destroyed on the road (Forbes via Kyiv Post), place approximate', () => {
    expect(supplyRoad.strikes).toHaveLength(1);
    const s = supplyRoad.strikes[0];
    expect(s.date).toBe('2025-02-25');
    expect(s.source).toBe('Forbes via Kyiv Post');
    expect(s.label.en).toMatch(/dozens of vehicles/i);
    expect(s.approximate).toBe(true);
    expect(distanceToLineKm(at(s), road)).toBeLessThan(0.1);
  });
});
