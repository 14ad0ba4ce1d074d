import { describe, expect, it } from 'vitest';
import { distanceKm, EARTH_RADIUS_KM, type Point } from '@salient/core';
import {
  buildTrack,
  circleIntervals,
  coveredStretch,
  crossings,
  drawingHeight,
  layoutMap,
  layoutStrip,
  locate,
  localFrame,
  measureRoad,
  roadModel,
  segmentInCircle,
  subLine,
  toKm,
  toLonLat,
  trackAt,
  unionIntervals,
  type DrawingInput,
  type Range,
  type RoadModel,
} from './layout.js';
import type { SupplyRoadData } from './schema.js';
import { sample } from './test/data.js';

// Roads in a flat km frame, drawn so every answer can be worked by hand (3-4-5 triangles).
const straight = measureRoad([
  [0, 0],
  [20, 0],
]);
const bent = measureRoad([
  [0, 0],
  [10, 0],
  [10, 10],
]);
const range = (x: number, y: number, radiusKm: number): Range => ({ centre: [x, y], radiusKm });

describe('segmentInCircle', () => {
  it('finds where a segment enters and leaves a circle, as fractions along it', () => {
    // Centre 3 km off a 20 km segment, radius 5: half-chord 4, so from 6 to 14 km.
    expect(segmentInCircle([0, 0], [20, 0], [10, 3], 5)).toEqual([0.3, 0.7]);
  });
  it('clips to the segment when an end lies inside', () => {
    expect(segmentInCircle([0, 0], [20, 0], [0, 0], 5)).toEqual([0, 0.25]);
  });
  it('returns nothing for a miss, a touch or a zero-length segment', () => {
    expect(segmentInCircle([0, 0], [20, 0], [10, 6], 5)).toBeNull();
    expect(segmentInCircle([0, 0], [20, 0], [10, 5], 5)).toBeNull();
    expect(segmentInCircle([3, 3], [3, 3], [3, 3], 5)).toBeNull();
    // The circle lies beyond the end of the segment.
    expect(segmentInCircle([0, 0], [20, 0], [30, 0], 5)).toBeNull();
  });
});

describe('unionIntervals', () => {
  it('merges overlapping and touching stretches and sorts them', () => {
    expect(unionIntervals([[9, 15], [2, 10], [20, 22], [15, 16]])).toEqual([[2, 16], [20, 22]]);
  });
  it('drops empty stretches', () => {
    expect(unionIntervals([[4, 4], [1, 2]])).toEqual([[1, 2]]);
  });
});

describe('coveredStretch', () => {
  it('is nothing with no position', () => {
    expect(coveredStretch(straight, [])).toEqual({ intervals: [], lengthKm: 0, share: 0, roadKm: 20, byRange: [] });
  });

  it('is the chord a single range cuts', () => {
    const c = coveredStretch(straight, [range(10, 3, 5)]);
    expect(c.intervals).toEqual([[6, 14]]);
    expect(c.lengthKm).toBe(8);
    expect(c.share).toBe(0.4);
  });

  it('unites overlapping ranges, counting the overlap once', () => {
    // 3 off, radius 5: half-chord 4, 2–10. 4 off, radius 5: half-chord 3, 9–15. Together 2–15: 13 km.
    const c = coveredStretch(straight, [range(6, 3, 5), range(12, -4, 5)]);
    expect(c.byRange).toEqual([[[2, 10]], [[9, 15]]]);
    expect(c.intervals).toEqual([[2, 15]]);
    expect(c.lengthKm).toBe(13);
    expect(c.share).toBe(0.65);
  });

  it('keeps separate stretches apart and adds their lengths', () => {
    const c = coveredStretch(straight, [range(4, 0, 2), range(15, 0, 3)]);
    expect(c.intervals).toEqual([[2, 6], [12, 18]]);
    expect(c.lengthKm).toBe(10);
    expect(c.share).toBe(0.5);
  });

  it('adds nothing for a range that misses the road, or only touches it', () => {
    const c = coveredStretch(straight, [range(10, 6, 5), range(10, -5, 5), range(10, 3, 5)]);
    expect(c.byRange[0]).toEqual([]);
    expect(c.byRange[1]).toEqual([]);
    expect(c.intervals).toEqual([[6, 14]]);
    expect(coveredStretch(straight, [range(10, 6, 5)]).lengthKm).toBe(0);
  });

  it('clips a range that reaches past either end to the road', () => {
    expect(coveredStretch(straight, [range(22, 0, 5)]).intervals).toEqual([[17, 20]]);
    // Exactly 5 km from the start: it touches the road there and covers nothing.
    expect(coveredStretch(straight, [range(-3, 4, 5)]).intervals).toEqual([]);
    const all = coveredStretch(straight, [range(10, 0, 50)]);
    expect(all.intervals).toEqual([[0, 20]]);
    expect(all.share).toBe(1);
  });

  it('follows the road round a bend, as one stretch', () => {
    // Centre (7, 4), radius 5: on y = 0, x from 4 to 10 (along 4–10); on x = 10, y from 0 to 8 (along 10–18).
    const c = coveredStretch(bent, [range(7, 4, 5)]);
    expect(c.intervals).toEqual([[4, 18]]);
    expect(c.lengthKm).toBe(14);
    expect(c.share).toBe(0.7);
    // Centred on the corner: 5 km either way.
    expect(circleIntervals(bent, [10, 0], 5)).toEqual([[5, 15]]);
  });

  it('measures a road given in lon/lat in km, agreeing with the sphere', () => {
    // Along the equator, 1° is (π/180)·6371.0088 = 111.195 km both ways. A position 0.03° (3.336 km) off the middle
    // of a 0.2° road with a 5 km range: half-chord √(25 − 3.336²) = 3.7245 km either side of 11.1195 km.
    const degree = (Math.PI / 180) * EARTH_RADIUS_KM;
    const data: SupplyRoadData = {
      road: { name: 'Equator', waypoints: [{ lon: 0, lat: 0 }, { lon: 0.2, lat: 0 }] },
      steps: [{ id: 'a', date: '2025-03-07', label: 'a', summary: 'a', sources: ['x'], positions: [{ lon: 0.1, lat: 0.03, rangeKm: 5, label: 'p' }] }],
    };
    const model = roadModel(data);
    const { coverage } = model.steps[0];
    const half = Math.sqrt(25 - (0.03 * degree) ** 2);
    expect(model.road.lengthKm).toBeCloseTo(0.2 * degree, 9);
    expect(coverage.intervals[0][0]).toBeCloseTo(0.1 * degree - half, 9);
    expect(coverage.intervals[0][1]).toBeCloseTo(0.1 * degree + half, 9);
    expect(coverage.lengthKm).toBeCloseTo(7.4491, 4);
    expect(coverage.share).toBeCloseTo(7.4491 / 22.239, 4);
    // The ends of the stretch are 5 km from the position on the sphere too (within 1 m).
    const end = toLonLat(model.frame, [coverage.intervals[0][1] - model.road.lengthKm / 2, 0]);
    expect(distanceKm(end, [0.1, 0.03])).toBeCloseTo(5, 3);
  });
});

describe('locate', () => {
  it('gives the distance along and the signed distance off the road: left of travel positive', () => {
    expect(locate(bent, [5, 3])).toEqual({ alongKm: 5, offsetKm: 3, point: [5, 0] });
    expect(locate(bent, [12, 5])).toEqual({ alongKm: 15, offsetKm: -2, point: [10, 5] });
    expect(locate(straight, [-3, 4])).toMatchObject({ alongKm: 0, offsetKm: 5 });
  });
});

describe('crossings and sub-lines', () => {
  it('finds where the road crosses the border', () => {
    expect(crossings(bent, [[[8, -5], [8, 5]], [[5, 5], [15, 5]]])).toEqual([8, 15]);
    expect(crossings(straight, [[[0, 5], [20, 5]]])).toEqual([]);
  });
  it('cuts the stretch out of the road with its bend', () => {
    expect(subLine(bent, bent.points, 4, 18)).toEqual([[4, 0], [10, 0], [10, 8]]);
  });
});

describe('local frame', () => {
  it('round-trips lon/lat through km', () => {
    const frame = localFrame([[34.8, 50.92], [35.27, 51.19]]);
    const [lon, lat] = toLonLat(frame, toKm(frame, [35.04, 51.12]));
    expect(lon).toBeCloseTo(35.04, 12);
    expect(lat).toBeCloseTo(51.12, 12);
    // Sumy to Sudzha, flat frame against the sphere: within 0.2%.
    const flat = Math.hypot(...(toKm(frame, [35.2706, 51.1914]).map((v, i) => v - toKm(frame, [34.8003, 50.9216])[i]) as Point));
    expect(flat / distanceKm([35.2706, 51.1914], [34.8003, 50.9216])).toBeCloseTo(1, 2);
  });
});

/** A model drawn by hand in km, for the strip. */
function planar(points: Point[], positions: Range[][]): RoadModel {
  const road = measureRoad(points);
  const steps = positions.map((list) => ({
    positions: list.map((r, index) => ({ ...locate(road, r.centre), index, lonLat: r.centre, km: r.centre, rangeKm: r.radiusKm })),
    coverage: coveredStretch(road, list),
  }));
  const extent = { left: 0, right: 0 };
  for (const p of steps.flatMap((s) => s.positions)) {
    if (p.offsetKm >= 0) extent.left = Math.max(extent.left, p.offsetKm);
    else extent.right = Math.max(extent.right, -p.offsetKm);
  }
  return {
    frame: { origin: [0, 0], kmPerLat: 1, kmPerLon: 1 },
    road,
    lonLats: points,
    named: [{ index: 0, alongKm: 0 }, { index: points.length - 1, alongKm: road.lengthKm }],
    borderKm: 8,
    borderLines: [],
    areas: [],
    steps,
    strikes: [],
    extent,
  };
}

function input(model: RoadModel, width: number, step = 0, unit: 'km' | 'mi' = 'km'): DrawingInput {
  return {
    width,
    height: drawingHeight('strip', width),
    model,
    step,
    strikes: [],
    unit,
    labels: { places: ['Start', 'End'], positions: model.steps[step].positions.map((_, i) => `P${i}`), strikes: [], stretch: '8 km · 40%', sides: ['UKRAINE', 'RUSSIA'] },
  };
}

describe('layoutStrip', () => {
  const model = planar(
    [[0, 0], [20, 0]],
    [[range(10, 3, 5)], [range(6, 3, 5), range(12, -4, 5)], []],
  );

  it('straightens the road from left to right with km to scale', () => {
    const strip = layoutStrip(input(model, 424));
    expect(strip.x0).toBe(12);
    expect(strip.x1).toBe(412);
    expect(strip.kx).toBe(20);
    expect(strip.height).toBe(drawingHeight('strip', 424));
    // 6–14 km becomes 132–292 px.
    expect(strip.bands).toEqual([{ x: 132, width: 160 }]);
    expect(strip.track.x[0]).toBe(12);
    expect(trackAt(strip.track, 10)).toEqual({ x: 212, y: strip.roadY, angle: 0 });
  });

  it('puts positions at their distance along and off the road, left of travel above', () => {
    const strip = layoutStrip(input(model, 424, 1));
    const [a, b] = strip.positions;
    expect(a.x).toBe(12 + 6 * 20);
    expect(a.y).toBeCloseTo(strip.roadY - 3 * strip.ky, 9);
    expect(b.y).toBeCloseTo(strip.roadY + 4 * strip.ky, 9);
    expect(strip.ky).toBeLessThanOrEqual(strip.kx);
    // Every position of every step fits between the border labels and the ruler.
    expect(strip.roadY - 3 * strip.ky).toBeGreaterThanOrEqual(strip.plot.y);
    expect(strip.roadY + 4 * strip.ky).toBeLessThanOrEqual(strip.ruler.y);
  });

  it('draws each range so it cuts the road in the chord it cuts on the real road', () => {
    const strip = layoutStrip(input(model, 424, 1));
    strip.ranges.forEach((r, i) => {
      const dy = (r.cy - strip.roadY) / r.ry;
      const half = r.rx * Math.sqrt(1 - dy * dy);
      const [[start, end]] = model.steps[1].coverage.byRange[i] as [[number, number]];
      expect(r.cx - half).toBeCloseTo(12 + start * 20, 9);
      expect(r.cx + half).toBeCloseTo(12 + end * 20, 9);
    });
    expect(strip.bands).toEqual([{ x: 12 + 2 * 20, width: 13 * 20 }]);
  });

  it('marks km at round steps far enough apart, and miles in miles', () => {
    const narrow = layoutStrip(input(model, 320));
    const gaps = narrow.ruler.ticks.slice(1).map((t, i) => t.x - narrow.ruler.ticks[i].x);
    expect(narrow.ruler.ticks.map((t) => t.value)).toEqual([0, 5, 10, 15, 20]);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(44);
    const miles = layoutStrip(input(model, 424, 0, 'mi'));
    // 20 px/km is 32 px/mi: 2 mi steps, 64 px apart.
    expect(miles.ruler.ticks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8, 10, 12]);
    expect(miles.ruler.ticks[1].x).toBeCloseTo(12 + 2 * 1.609344 * 20, 9);
  });

  it('keeps labels inside the strip and apart, and always names both ends', () => {
    for (const width of [320, 480, 1000]) {
      const strip = layoutStrip(input(model, width, 1));
      for (const label of strip.labels) {
        expect(label.box.x).toBeGreaterThanOrEqual(0);
        expect(label.box.x + label.box.width).toBeLessThanOrEqual(width);
      }
      for (const a of strip.labels)
        for (const b of strip.labels) {
          if (a === b) continue;
          const apart = a.box.x + a.box.width <= b.box.x || b.box.x + b.box.width <= a.box.x || a.box.y + a.box.height <= b.box.y || b.box.y + b.box.height <= a.box.y;
          expect(apart, `${a.id} / ${b.id} at ${width}`).toBe(true);
        }
      expect(strip.labels.map((l) => l.id)).toEqual(expect.arrayContaining(['place:0', 'place:1', 'stretch', 'side:0', 'side:1']));
    }
  });

  it('has no band for a step with no positions', () => {
    expect(layoutStrip(input(model, 424, 2)).bands).toEqual([]);
  });
});

describe('layoutMap', () => {
  const model = roadModel(sample);
  const map = (step: number, width = 800) =>
    layoutMap({
      width,
      height: drawingHeight('map', width),
      model,
      step,
      strikes: [0],
      unit: 'km',
      labels: { places: ['Sumy', 'Yunakivka', 'Sudzha'], positions: model.steps[step].positions.map((_, i) => `P${i}`), strikes: ['25 Feb'], stretch: 'x km', sides: ['U', 'R'] },
    });

  it('fits the road and every step’s positions inside the box', () => {
    const layout = map(1);
    for (const p of [...layout.positions, ...layout.places.filter((p) => p.onRoad)]) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(800);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(layout.height);
    }
    expect(layout.road).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){4}$/);
    expect(layout.ranges).toHaveLength(2);
    expect(layout.border).not.toBe('');
  });

  it('ends each highlighted stretch on the range circle', () => {
    const layout = map(0);
    const [[start, end]] = model.steps[0].coverage.intervals as [[number, number]];
    const centre = layout.positions[0];
    // An end inside the road lies on the circle; an end at the road's end is just the road ending.
    const inside = [start, end].filter((km) => km > 0 && km < model.road.lengthKm - 1e-9);
    expect(inside.length).toBeGreaterThan(0);
    for (const km of inside) {
      const { x, y } = trackAt(layout.track, km);
      expect(Math.hypot(x - centre.x, y - centre.y) / layout.pxPerKm).toBeCloseTo(12, 0);
    }
    expect(layout.highlight).toHaveLength(1);
  });

  it('labels the covered stretch and the road’s ends, none overlapping', () => {
    const layout = map(0, 480);
    const ids = layout.labels.map((l) => l.id);
    expect(ids).toEqual(expect.arrayContaining(['stretch', 'place:0', 'place:2']));
  });

  it('draws no stretch when nothing is covered', () => {
    const layout = map(2);
    expect(layout.highlight).toEqual([]);
    expect(layout.labels.find((l) => l.id === 'stretch')).toBeUndefined();
  });
});

describe('buildTrack', () => {
  it('samples the path evenly and turns at the bend', () => {
    const track = buildTrack(bent, bent.points.map(([x, y]): Point => [x * 10, 100 - y * 10]), 21);
    expect(track.stepKm).toBe(1);
    expect(trackAt(track, 5)).toEqual({ x: 50, y: 100, angle: 0 });
    expect(trackAt(track, 15)).toEqual({ x: 100, y: 50, angle: -90 });
    expect(trackAt(track, 99).x).toBe(100);
  });
});

describe('drawingHeight', () => {
  it('depends on layout and width only', () => {
    expect(drawingHeight('strip', 320)).toBe(250);
    expect(drawingHeight('map', 1000)).toBe(560);
    expect(drawingHeight('map', 320)).toBe(300);
  });
});
