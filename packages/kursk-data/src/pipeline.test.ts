import { describe, expect, it } from 'vitest';
import * as pkg from './index.js';
import { encirclement } from './encirclement.js';
import { border, oblasts, places } from './geo.js';
import { pipeline } from './pipeline.js';
import {
  at,
  contains,
  distanceKm,
  expectBilingual,
  expectReaderTextsLocalised,
  lengthKm,
  type LonLat,
} from './test/geo-helpers.js';

const place = (id: string): LonLat => at(places.find((p) => p.id === id)!);
const line = pipeline.route.line;
const held6March = encirclement.frames.find((f) => f.id === '2025-03-06')!.held;
const moments = pipeline.timeline.moments;

describe('pipeline: shape', () => {
  it('is exported from the package entry and is plain JSON, with the map base by reference', () => {
    expect(pkg.pipeline).toBe(pipeline);
    expect(JSON.parse(JSON.stringify(pipeline))).toEqual(pipeline);
    expect(pipeline.oblasts).toBe(oblasts);
    expect(pipeline.border).toBe(border);
    expect(pipeline.places).toBe(places);
  });

  it('gives English and Ukrainian for every text a reader sees', () => {
    const own = { ...pipeline, oblasts: null, border: null, places: null };
    expectReaderTextsLocalised(own);
    expectBilingual(own, 20);
  });
});

describe('pipeline: the figures (kursk-facts.md §5)', () => {
  it('describes the pipe: Urengoy–Pomary–Uzhhorod, 1.42 m, empty since 1 January 2025', () => {
    expect(pipeline.pipe).toMatchObject({ name: 'Urengoy–Pomary–Uzhhorod', diameterM: 1.42, emptySince: '2025-01-01' });
    expect(pipeline.pipe.source).toBeTruthy();
  });

  it('shows 12–15 km, with who said what', () => {
    expect(pipeline.lengthKm).toMatchObject({ low: 12, high: 15 });
    const said = pipeline.lengthKm.estimates.map((e) => [e.source, e.low, 'high' in e ? e.high : undefined]);
    expect(said).toEqual([
      ['A soldier, on video', 12, undefined],
      ['Le Monde', 12, 15],
      ['RBC', 14, undefined],
      ['Izvestia', 15, undefined],
      ['Reuters, quoting a blogger', 15, undefined],
    ]);
  });

  it('shows 100–800 soldiers with attribution, and keeps head-post’s ~1,000 as a flagged outlier', () => {
    const { low, high, estimates } = pipeline.soldiers;
    expect([low, high]).toEqual([100, 800]);
    expect(estimates.map((e) => e.source)).toEqual(['Ukrainska Pravda', 'Mash', 'RT', 'Izvestia', 'head-post']);
    expect(estimates.map((e) => e.text.en)).toEqual([
      'About 100',
      'More than 100',
      'Several hundred',
      'About 800',
      'About 1,000: an outlier, above every other report',
    ]);
    for (const e of estimates) {
      const outlier = 'outlier' in e && e.outlier === true;
      const value = 'value' in e ? e.value : 'low' in e ? e.low : undefined;
      if (value === undefined) continue; // RT: "several hundred", no number
      if (outlier) expect(value).toBeGreaterThan(high);
      else {
        expect(value).toBeGreaterThanOrEqual(low);
        expect(value).toBeLessThanOrEqual(high);
      }
    }
    expect(estimates.filter((e) => 'outlier' in e && e.outlier).map((e) => e.source)).toEqual(['head-post']);
  });

  it('has groups of ~5, ~10 m apart, per RT', () => {
    expect(pipeline.group).toMatchObject({ size: 5, spacingM: 10, source: 'RT' });
  });
});

describe('pipeline: the route', () => {
  const trench = distanceKm(line[0], line[1]);
  const pipeKm = lengthKm(line.slice(1));

  it('is 12–15 km of pipe after a ~0.5 km trench', () => {
    console.log(`pipeline route: ${lengthKm(line).toFixed(1)} km in all, ${pipeKm.toFixed(1)} km of pipe after a ${trench.toFixed(2)} km trench`);
    expect(pipeline.route.entryTrenchKm).toBe(0.5);
    expect(trench).toBeGreaterThan(0.4);
    expect(trench).toBeLessThan(0.6);
    expect(pipeKm).toBeGreaterThanOrEqual(12);
    expect(pipeKm).toBeLessThanOrEqual(15);
  });

  it('comes out ~2 km north of Sudzha’s centre (Izvestia’s industrial zone)', () => {
    const exit = line.at(-1)!;
    expect(distanceKm(exit, place('sudzha'))).toBeGreaterThan(1.5);
    expect(distanceKm(exit, place('sudzha'))).toBeLessThan(2.5);
    expect(exit[1]).toBeGreaterThan(place('sudzha')[1]);
  });

  it('starts north-east of Sudzha toward Bolshoye Soldatskoye, as far out as the reported length allows', () => {
    const entry = line[0];
    expect(distanceKm(entry, place('bolshoye-soldatskoye'))).toBeLessThan(10);
    expect(distanceKm(entry, place('sudzha'))).toBeGreaterThan(13);
    expect(distanceKm(entry, place('sudzha'))).toBeLessThanOrEqual(20);
  });

  it('is approximate, and its note names both uncertain ends and the competing exit accounts', () => {
    expect(pipeline.route.approximate).toBe(true);
    const { en, uk } = pipeline.route.note;
    for (const who of ['Izvestia', 'RIA/RBC', 'RT', 'Mash', 'RBC']) expect(en).toContain(who);
    expect(en).toMatch(/Both ends are uncertain/);
    expect(en).toMatch(/gas metering station/);
    expect(uk).toMatch(/Обидва кінці/);
  });

  it('runs under the front: it starts on the Russian side of the 6 March line and ends inside the held area', () => {
    expect(contains(held6March, line[0])).toBe(false);
    expect(contains(held6March, line.at(-1)!)).toBe(true);
    for (const p of line) expect(contains(oblasts.features[0].geometry, p)).toBe(true);
  });
});

describe('pipeline: the front line', () => {
  it('is the 6 March drawn front north of Sudzha, a contiguous stretch of that outline, approximate', () => {
    const f = pipeline.frontLine;
    expect(f.date).toBe('2025-03-06');
    expect(f.approximate).toBe(true);
    expect(f.line.length).toBeGreaterThanOrEqual(10);
    const ring = held6March.coordinates[0].map((p) => `${p[0]},${p[1]}`);
    const start = ring.indexOf(`${f.line[0][0]},${f.line[0][1]}`);
    expect(start).toBeGreaterThanOrEqual(0);
    f.line.forEach((p, i) => expect(ring[start + i]).toBe(`${p[0]},${p[1]}`));
    for (const p of f.line) expect(p[1]).toBeGreaterThanOrEqual(51.17); // north and east of Sudzha
  });

  it('is crossed by the pipe route once', () => {
    const side = (p: number[], q: number[], r: number[]) =>
      Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
    const f = pipeline.frontLine.line;
    let crossings = 0;
    for (let i = 0; i < line.length - 1; i++) {
      for (let j = 0; j < f.length - 1; j++) {
        const [a, b, c, d] = [line[i], line[i + 1], f[j], f[j + 1]];
        if (side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0) crossings++;
      }
    }
    expect(crossings).toBe(1);
  });
});

describe('pipeline: the timeline', () => {
  const t = (s: string) => Date.parse(s);
  const { start, end } = pipeline.timeline;

  it('runs 2–8 March 2025 with the five moments in order', () => {
    expect(Number.isNaN(t(start))).toBe(false);
    expect(Number.isNaN(t(end))).toBe(false);
    expect(moments.map((m) => m.id)).toEqual(['entry', 'halfway', 'waiting', 'emergence', 'strikes']);
    for (let i = 0; i < moments.length; i++) {
      const now = t(moments[i].time);
      expect(Number.isNaN(now), moments[i].id).toBe(false);
      expect(now).toBeGreaterThanOrEqual(t(start));
      expect(now).toBeLessThanOrEqual(t(end));
      if (i > 0) expect(now).toBeGreaterThan(t(moments[i - 1].time));
    }
  });

  it('matches the reports: in from 2 March (Mash), 2 days crawling + 4 waiting (Le Monde), out 7–8 March, struck on emerging', () => {
    const m = Object.fromEntries(moments.map((x) => [x.id, x]));
    expect(m['entry'].time.slice(0, 10)).toBe('2025-03-02');
    expect(m['entry'].sources).toEqual(['Mash']);
    expect(m['halfway'].sources).toContain('Le Monde');
    expect(m['waiting'].sources).toContain('Le Monde');
    // Two days of crawling from 2 March: the wait begins about 4 March.
    expect((t(m['waiting'].time) - t(m['entry'].time)) / 86_400_000).toBeCloseTo(2, 0);
    expect(m['emergence'].time).toBe('2025-03-08T05:30:00+03:00');
    expect(m['emergence'].sources).toEqual(['Mash', 'Izvestia']);
    expect(m['emergence'].text.en).toMatch(/late on 7 March \(Mash\) or at 05:30 on 8 March \(Izvestia\)/);
    expect(m['strikes'].sources).toEqual(['Ukrainska Pravda']);
    expect(m['strikes'].time.slice(0, 10)).toBe('2025-03-08');
  });
});
