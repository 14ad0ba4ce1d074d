import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import * as pkg from './index.js';
import { border, oblasts, places } from './geo.js';
import { areaKm2, at, contains, distanceKm, distanceToLineKm, expectBilingual, lengthKm } from './test/geo-helpers.js';

const feature = (id: string) => {
  const f = oblasts.features.find((x) => x.id === id);
  if (!f) throw new Error(`no oblast ${id}`);
  return f;
};
const ring = (id: string): Position[] => (feature(id).geometry as Polygon).coordinates[0];
const key = (p: Position) => `${p[0]},${p[1]}`;
const place = (id: string) => {
  const p = places.find((x) => x.id === id);
  if (!p) throw new Error(`no place ${id}`);
  return p;
};

describe('oblasts', () => {
  it('is exported from the package entry and is plain JSON', () => {
    expect(pkg.oblasts).toBe(oblasts);
    expect(pkg.border).toBe(border);
    expect(pkg.places).toBe(places);
    expect(JSON.parse(JSON.stringify({ oblasts, border, places }))).toEqual({ oblasts, border, places });
  });

  it('holds Kursk and Belgorod (Russia) and Sumy (Ukraine), named in English and Ukrainian, credited to Natural Earth', () => {
    expect(oblasts.type).toBe('FeatureCollection');
    expect(oblasts.features.map((f) => [f.id, f.properties.country])).toEqual([
      ['kursk', 'RU'],
      ['belgorod', 'RU'],
      ['sumy', 'UA'],
    ]);
    expect(oblasts.features.map((f) => f.properties.name)).toEqual([
      { en: 'Kursk oblast', uk: 'Курська область' },
      { en: 'Belgorod oblast', uk: 'Бєлгородська область' },
      { en: 'Sumy oblast', uk: 'Сумська область' },
    ]);
    for (const f of oblasts.features) expect(f.properties.source).toMatch(/Natural Earth.*public domain/);
    expectBilingual(oblasts, 3);
  });

  it('has closed rings wound for d3-geo (small areas, not the globe minus a hole) close to the official areas', () => {
    for (const f of oblasts.features) {
      const r = (f.geometry as Polygon).coordinates[0];
      expect(r[0], f.id).toEqual(r.at(-1));
      expect(areaKm2(f.geometry as Polygon), f.id).toBeLessThan(40_000);
    }
    // Official areas: Kursk 29,997 km², Sumy 23,834 km² (kursk-facts.md §1–2).
    expect(Math.abs(areaKm2(feature('kursk').geometry as Polygon) / 29_997 - 1)).toBeLessThan(0.02);
    expect(Math.abs(areaKm2(feature('sumy').geometry as Polygon) / 23_834 - 1)).toBeLessThan(0.03);
    expect(areaKm2(feature('belgorod').geometry as Polygon)).toBeGreaterThan(20_000);
  });

  it('meets along the border without gaps or overlaps: no Russian vertex lies inside Sumy oblast', () => {
    const sumy = feature('sumy').geometry as Polygon;
    for (const id of ['kursk', 'belgorod']) {
      const sumyVertices = new Set(ring('sumy').map(key));
      const strays = ring(id).filter((p) => !sumyVertices.has(key(p)) && contains(sumy, p));
      expect(strays, id).toEqual([]);
    }
  });
});

describe('border', () => {
  const runs = border.coordinates;

  it('is a MultiLineString of two runs: Sumy–Kursk, then Sumy–Belgorod, meeting at the three oblasts’ junction', () => {
    expect(border.type).toBe('MultiLineString');
    expect(runs).toHaveLength(2);
    expect(runs[0].at(-1)).toEqual(runs[1][0]);
  });

  it('is made of vertices of the Sumy outline and of the Russian oblast’s outline', () => {
    const sumy = new Set(ring('sumy').map(key));
    [ring('kursk'), ring('belgorod')].forEach((russian, i) => {
      const rus = new Set(russian.map(key));
      for (const p of runs[i]) {
        expect(sumy.has(key(p)), `run ${i} ${key(p)} in Sumy`).toBe(true);
        expect(rus.has(key(p)), `run ${i} ${key(p)} in the Russian oblast`).toBe(true);
      }
    });
  });

  it('is continuous: each pair of neighbouring vertices is an edge of both outlines (a shared edge)', () => {
    const edges = (r: Position[]) => {
      const s = new Set<string>();
      for (let i = 0; i < r.length - 1; i++) {
        s.add(`${key(r[i])}|${key(r[i + 1])}`);
        s.add(`${key(r[i + 1])}|${key(r[i])}`);
      }
      return s;
    };
    const sumy = edges(ring('sumy'));
    [edges(ring('kursk')), edges(ring('belgorod'))].forEach((rus, i) => {
      const run = runs[i];
      for (let k = 0; k < run.length - 1; k++) {
        const e = `${key(run[k])}|${key(run[k + 1])}`;
        expect(sumy.has(e) && rus.has(e), `run ${i} edge ${k}`).toBe(true);
      }
    });
  });

  it('has runs of a reasonable length (order 100–400 km each on this simplified outline)', () => {
    const km = runs.map((r) => lengthKm(r));
    console.log(`border runs: ${km.map((x) => x.toFixed(1)).join(' km + ')} km`);
    for (const x of km) {
      expect(x).toBeGreaterThan(80);
      expect(x).toBeLessThan(400);
    }
    expect(km[0] + km[1]).toBeGreaterThan(250);
  });
});

/* kursk-facts.md §2, copied: every place with its coordinates, to the digit. */
const SHEET: [id: string, lat: number, lon: number, country: 'RU' | 'UA'][] = [
  ['sudzha', 51.1914, 35.2706, 'RU'],
  ['kursk', 51.7373, 36.1874, 'RU'],
  ['sumy', 50.9216, 34.8003, 'UA'],
  ['korenevo', 51.4119, 34.908, 'RU'],
  ['yunakivka', 51.1226, 35.0385, 'UA'],
  ['martynovka', 51.2389, 35.3664, 'RU'],
  ['malaya-loknya', 51.3325, 35.2275, 'RU'],
  ['bolshoye-soldatskoye', 51.3361, 35.51, 'RU'],
  ['plekhovo', 51.1, 35.33, 'RU'],
  ['gornal', 51.0661, 35.2325, 'RU'],
  ['zaoleshenka', 51.2028, 35.2581, 'RU'],
  ['goncharovka', 51.1911, 35.2519, 'RU'],
  ['myropillia', 51.0244, 35.2452, 'UA'],
];

describe('places', () => {
  it('holds every place of the fact sheet, at the sheet’s coordinates', () => {
    for (const [id, lat, lon, country] of SHEET) {
      const p = place(id);
      expect([p.lat, p.lon, p.country], id).toEqual([lat, lon, country]);
      expect(p.source.trim(), id).not.toBe('');
    }
    expect(new Set(places.map((p) => p.id)).size).toBe(places.length);
  });

  it('spells the names in Ukrainian as Ukrainian media do', () => {
    const uk = Object.fromEntries(places.map((p) => [p.id, p.name.uk]));
    expect(uk).toMatchObject({
      sudzha: 'Суджа',
      kursk: 'Курськ',
      sumy: 'Суми',
      korenevo: 'Коренево',
      yunakivka: 'Юнаківка',
      martynovka: 'Мартинівка',
      'malaya-loknya': 'Мала Локня',
      'bolshoye-soldatskoye': 'Велике Солдатське',
      plekhovo: 'Плехово',
      gornal: 'Гірналь',
      zaoleshenka: 'Заолешенка',
      goncharovka: 'Гончарівка',
      myropillia: 'Миропілля',
    });
    expectBilingual(places, places.length);
  });

  it('ranks Sudzha, Kursk and Sumy 1 (always labelled), the rest 2 or 3', () => {
    expect(places.filter((p) => p.rank === 1).map((p) => p.id).sort()).toEqual(['kursk', 'sudzha', 'sumy']);
    for (const p of places) expect([1, 2, 3]).toContain(p.rank);
  });

  it('puts each place in its country’s oblast', () => {
    const kursk = feature('kursk').geometry as Polygon;
    const sumy = feature('sumy').geometry as Polygon;
    for (const p of places) expect(contains(p.country === 'RU' ? kursk : sumy, at(p)), p.id).toBe(true);
  });

  it('flags low-precision and estimated positions as approximate, with a note on how they were placed', () => {
    const approx = places.filter((p) => 'approximate' in p && p.approximate).map((p) => p.id);
    expect(approx.sort()).toEqual(['basivka', 'guevo', 'kazachya-loknya', 'plekhovo']);
    for (const id of approx) expect(place(id)).toHaveProperty('note.en');
    // Estimated ones only: nothing placed that the sheet gives no distance for.
    const known = new Set(SHEET.map(([id]) => id));
    expect(places.filter((p) => !known.has(p.id)).map((p) => p.id).sort()).toEqual(['basivka', 'guevo', 'kazachya-loknya']);
  });

  it('places the estimated ones where the reported distances put them', () => {
    const sudzha = at(place('sudzha'));
    // Kazachya Loknya: 6 km north of Sudzha. Guevo: 10.5 km south.
    expect(distanceKm(at(place('kazachya-loknya')), sudzha)).toBeCloseTo(6, 1);
    expect(place('kazachya-loknya').lon).toBe(place('sudzha').lon);
    expect(distanceKm(at(place('guevo')), sudzha)).toBeCloseTo(10.5, 1);
    expect(place('guevo').lon).toBe(place('sudzha').lon);
    // Basivka: just over the border from Sudzha, in Ukraine.
    const basivka = at(place('basivka'));
    expect(distanceToLineKm(basivka, border.coordinates)).toBeLessThan(1.5);
    expect(distanceKm(basivka, sudzha)).toBeLessThan(15);
  });
});
