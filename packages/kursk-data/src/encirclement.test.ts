import { describe, expect, it } from 'vitest';
import { geoCentroid } from 'd3-geo';
import type { Polygon, Position } from 'geojson';
import * as pkg from './index.js';
import { encirclement } from './encirclement.js';
import { border, oblasts, places } from './geo.js';
import {
  areaKm2,
  at,
  contains,
  distanceKm,
  distanceToLineKm,
  expectBilingual,
  expectReaderTextsLocalised,
  isIsoDate,
  selfIntersections,
  type LonLat,
} from './test/geo-helpers.js';

const frames = encirclement.frames;
const kursk = oblasts.features.find((f) => f.id === 'kursk')!.geometry as Polygon;
const ringOf = (g: Polygon): Position[] => g.coordinates[0];
const place = (id: string): LonLat => at(places.find((p) => p.id === id)!);
const frame = (id: string) => frames.find((f) => f.id === id)!;
const area = Object.fromEntries(frames.map((f) => [f.id, areaKm2(f.held)]));
/** Vertices of the held ring that are not on the border: the front line. */
const front = (g: Polygon) => ringOf(g).filter((p) => distanceToLineKm(p, border.coordinates, 0.1) > 0.3);

/* kursk-facts.md §1, every km² figure (held, or held + grey/undefined/unknown where the sheet adds them). */
const SHEET_KM2 = new Set([
  800, 1_000, 1_150, 646, 1_294, 1_376, 1_268, 900, 1_230, 1_160, 1_295, 780, 660, 1_020, 560, 760, 800, 420, 467, 450,
  500, 140, 110, 77, 80, 63, 144, 0,
]);

describe('encirclement: shape', () => {
  it('is exported from the package entry and is plain JSON', () => {
    expect(pkg.encirclement).toBe(encirclement);
    expect(JSON.parse(JSON.stringify(encirclement))).toEqual(encirclement);
  });

  it('carries the map base by reference, so one data object holds everything', () => {
    expect(encirclement.oblasts).toBe(oblasts);
    expect(encirclement.border).toBe(border);
    expect(encirclement.places).toBe(places);
  });

  it('has six frames in date order: peak, Nov 2024, Jan 2025, 6 Mar, 13 Mar, early April 2025', () => {
    expect(frames.map((f) => f.id)).toEqual(['peak', '2024-11', '2025-01', '2025-03-06', '2025-03-13', '2025-04']);
    expect(frames.map((f) => f.date)).toEqual([
      '2024-08-27',
      '2024-11-22',
      '2025-01-17',
      '2025-03-06',
      '2025-03-13',
      '2025-04-01',
    ]);
    for (const f of frames) expect(isIsoDate(f.date), f.date).toBe(true);
  });

  it('marks every frame approximate, with sources and a note', () => {
    for (const f of frames) {
      expect(f.approximate, f.id).toBe(true);
      expect(f.sources.length, f.id).toBeGreaterThan(0);
      expect(f.note.en, f.id).toBeTruthy();
    }
  });

  it('gives English and Ukrainian for every text a reader sees', () => {
    expectReaderTextsLocalised({ ...encirclement, oblasts: null, border: null, places: null });
    expectBilingual({ ...encirclement, oblasts: null, border: null, places: null }, 30);
  });
});

describe('encirclement: reported areas', () => {
  it('takes every reported figure from the fact sheet, with its sources', () => {
    for (const f of frames) {
      const { low, high, sources } = f.reported;
      expect(low, f.id).toBeLessThanOrEqual(high);
      expect(SHEET_KM2.has(low) && SHEET_KM2.has(high), `${f.id} ${low}–${high}`).toBe(true);
      expect(sources.length, f.id).toBeGreaterThan(0);
      for (const s of sources) expect(s.trim()).not.toBe('');
    }
    expect(frame('peak').reported).toMatchObject({ low: 1_150, high: 1_376 });
    expect(frame('2025-03-13').reported).toMatchObject({ low: 140, high: 140 });
  });

  it.each(frames.map((f) => [f.id, Math.round(area[f.id]), f.reported.low, f.reported.high] as const))(
    '%s: drawn area %i km² vs reported %i–%i km² (within the range widened by 15%)',
    (id, km2, low, high) => {
      console.log(`${id}: drawn ${km2} km², reported ${low === high ? low : `${low}–${high}`} km²`);
      expect(km2, id).toBeGreaterThanOrEqual(low * 0.85);
      expect(km2, id).toBeLessThanOrEqual(high * 1.15);
    },
  );

  it('shrinks from frame to frame', () => {
    for (let i = 1; i < frames.length; i++) expect(area[frames[i].id]).toBeLessThan(area[frames[i - 1].id]);
  });
});

describe('encirclement: held polygons', () => {
  it('are simple polygons wound for d3-geo: closed, 20–60 vertices, small (not the globe minus a hole)', () => {
    for (const f of frames) {
      expect(f.held.type, f.id).toBe('Polygon');
      expect(f.held.coordinates, f.id).toHaveLength(1);
      const r = ringOf(f.held);
      expect(r[0], f.id).toEqual(r.at(-1));
      expect(r.length - 1, f.id).toBeGreaterThanOrEqual(20);
      expect(r.length - 1, f.id).toBeLessThanOrEqual(60);
      expect(area[f.id], f.id).toBeLessThan(2_000);
      expect(selfIntersections(r), f.id).toBe(0);
    }
  });

  it('lie in Kursk oblast, on the Russian side of the border (a few hundred metres’ tolerance at the border)', () => {
    for (const f of frames) {
      for (const p of ringOf(f.held)) {
        const ok = contains(kursk, p) || distanceToLineKm(p, border.coordinates) < 0.3;
        expect(ok, `${f.id} ${p.join(',')}`).toBe(true);
      }
    }
  });

  it('hug the border: every frame shares a stretch of it', () => {
    for (const f of frames) {
      const onBorder = ringOf(f.held).filter((p) => distanceToLineKm(p, border.coordinates, 0.1) < 0.05);
      expect(onBorder.length, f.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('only shrink: each lies inside the one before (to 100 m)', () => {
    for (let i = 1; i < frames.length; i++) {
      const prev = frames[i - 1].held;
      for (const p of ringOf(frames[i].held)) {
        const ok = contains(prev, p) || distanceToLineKm(p, ringOf(prev)) < 0.1;
        expect(ok, `${frames[i].id} ${p.join(',')} inside ${frames[i - 1].id}`).toBe(true);
      }
    }
  });

  it('put the settlements on the reported side of the front', () => {
    const inside = (id: string, where: string) => contains(frame(id).held, place(where));
    const all = frames.map((f) => f.id);
    const until6March = ['peak', '2024-11', '2025-01', '2025-03-06'];
    for (const id of all) {
      expect(inside(id, 'korenevo'), `${id} Korenevo (never taken)`).toBe(false);
      expect(inside(id, 'bolshoye-soldatskoye'), `${id} Bolshoye Soldatskoye`).toBe(false);
      expect(inside(id, 'gornal'), `${id} Gornal (the last, 26 Apr)`).toBe(true);
    }
    for (const id of until6March) {
      expect(inside(id, 'sudzha'), `${id} Sudzha`).toBe(true);
      expect(inside(id, 'martynovka'), `${id} Martynovka`).toBe(true);
      expect(inside(id, 'malaya-loknya'), `${id} Malaya Loknya`).toBe(true);
    }
    // 13 March: Russia claims Sudzha; the drawn front runs through the town. Martynovka was retaken ~8 March.
    expect(distanceToLineKm(place('sudzha'), ringOf(frame('2025-03-13').held))).toBeLessThan(1);
    expect(inside('2025-03-13', 'martynovka')).toBe(false);
    expect(inside('2025-03-13', 'malaya-loknya')).toBe(false);
    expect(inside('2025-04', 'sudzha')).toBe(false);
  });

  it('reach toward Korenevo and Bolshoye Soldatskoye at the peak (within 5 km)', () => {
    const peak = ringOf(frame('peak').held);
    expect(distanceToLineKm(place('korenevo'), peak)).toBeLessThan(5);
    expect(distanceToLineKm(place('bolshoye-soldatskoye'), peak)).toBeLessThan(5);
  });
});

describe('encirclement: the 6 March corridor', () => {
  const f = frame('2025-03-06');
  const corridor = f.corridor!;

  it('runs along the main road from the border to Sudzha, 12–13 km wide as reported', () => {
    expect(corridor.widthKm).toEqual([12, 13]);
    expect(corridor.source).toBeTruthy();
    expect(distanceToLineKm(corridor.line[0], border.coordinates)).toBeLessThan(0.1);
    expect(distanceKm(corridor.line.at(-1)!, place('sudzha'))).toBeLessThan(0.1);
    for (const p of corridor.line) expect(contains(f.held, p) || distanceToLineKm(p, border.coordinates) < 0.1).toBe(true);
  });

  it('is drawn 12–13 km across: the front comes within 5–7 km of the road on each side', () => {
    const road = corridor.line;
    const west = front(f.held).filter((p) => p[0] < 35.25);
    const north = Math.min(...west.filter((p) => p[1] > 51.17).map((p) => distanceToLineKm(p, road)));
    const south = Math.min(...west.filter((p) => p[1] < 51.16).map((p) => distanceToLineKm(p, road)));
    console.log(`6 March corridor: front ${north.toFixed(1)} km north and ${south.toFixed(1)} km south of the road`);
    for (const d of [north, south]) {
      expect(d).toBeGreaterThanOrEqual(5);
      expect(d).toBeLessThanOrEqual(7);
    }
    expect(north + south).toBeGreaterThanOrEqual(11.5);
    expect(north + south).toBeLessThanOrEqual(13.5);
  });

  it('appears on that frame only', () => {
    expect(frames.filter((x) => 'corridor' in x).map((x) => x.id)).toEqual(['2025-01', '2025-03-06']);
  });
});

describe('encirclement: Russian advances', () => {
  it('has 2–5 arrows per frame, labelled, from outside the held area, pointing into it', () => {
    for (const f of frames) {
      expect(f.advances.length, f.id).toBeGreaterThanOrEqual(2);
      expect(f.advances.length, f.id).toBeLessThanOrEqual(5);
      const c = geoCentroid(f.held);
      for (const a of f.advances) {
        const where = `${f.id} ${a.label.en}`;
        expect(a.from, where).toHaveLength(2);
        expect(a.to, where).toHaveLength(2);
        expect(contains(f.held, a.from), `${where}: from is outside`).toBe(false);
        expect(distanceKm(a.to, c), `${where}: to is nearer the centre`).toBeLessThan(distanceKm(a.from, c));
        expect(contains(kursk, a.from) && contains(kursk, a.to), `${where}: in Kursk oblast`).toBe(true);
      }
    }
  });

  it('names the March moves: the breakthrough south of Sudzha, Martynovka retaken ~8 March', () => {
    expect(frame('2025-03-06').advances.map((a) => a.label.en)).toContain('Breakthrough south of Sudzha');
    const martynovka = frame('2025-03-13').advances.find((a) => /Martynovka retaken, about 8 March/.test(a.label.en))!;
    expect(distanceKm(martynovka.to, place('martynovka'))).toBeLessThan(0.1);
  });
});
