import { describe, expect, it } from 'vitest';
import { geoArea, geoDistance, geoMercator, geoMercatorRaw, geoPath } from 'd3-geo';
import type { LineString, MultiPolygon, Polygon, Position } from 'geojson';
import {
  areaKm2,
  arrow,
  boxesOverlap,
  clipLine,
  clipRing,
  distanceKm,
  EARTH_RADIUS_KM,
  fitMercator,
  geoPathData,
  mercator,
  pathData,
  placeLabels,
  ringPath,
  roundLength,
  scaleBar,
  type LabelCandidate,
  type Point,
} from './map.js';

const R = EARTH_RADIUS_KM;
/** A lon/lat box as a closed ring, anticlockwise on a north-up map (RFC 7946's outer-ring winding). */
const box = (w: number, s: number, e: number, n: number): Position[] => [[w, s], [e, s], [e, n], [w, n], [w, s]];
/** The same polygon wound as d3-geo reads it: outer rings clockwise, holes anticlockwise. */
const forD3 = (rings: Position[][]): Polygon => ({ type: 'Polygon', coordinates: rings.map((ring, i) => (i === 0 ? [...ring].reverse() : ring)) });

// A 0.1° × 0.1° square at 51°N: about 7.0 km east–west by 11.1 km north–south.
const square: Polygon = { type: 'Polygon', coordinates: [box(35.2, 51.1, 35.3, 51.2)] };

/** A wiggly ring around Sudzha with a vertex every few hundred metres, like a traced front line. */
function wiggly(n = 240): Position[] {
  const ring = Array.from({ length: n }, (_, i): Position => {
    const a = (i / n) * 2 * Math.PI;
    const r = 0.12 + 0.03 * Math.sin(5 * a);
    return [35.27 + r * Math.cos(a) * 1.6, 51.19 + r * Math.sin(a)];
  });
  return [...ring, ring[0]];
}

/** Area of a ring of points in the plane (shoelace). */
function planar(ring: readonly Point[]): number {
  let sum = 0;
  ring.forEach(([x1, y1], i) => {
    const [x2, y2] = ring[(i + 1) % ring.length];
    sum += x1 * y2 - x2 * y1;
  });
  return Math.abs(sum / 2);
}

describe('distanceKm', () => {
  it('measures great circles as d3’s geoDistance does, without d3', () => {
    const pairs: [Position, Position][] = [
      [[35.2706, 51.1914], [36.1874, 51.7373]],
      [[34.8003, 50.9216], [35.2706, 51.1914]],
      [[35, 51], [35.0001, 51.0001]],
      [[-179.5, 10], [179.5, -10]],
      [[0, 0], [180, 0]],
    ];
    for (const [a, b] of pairs) expect(distanceKm(a, b)).toBeCloseTo(geoDistance(a as [number, number], b as [number, number]) * R, 6);
    // Sudzha to Kursk city as the crow flies (worked by hand: 63.5 km east, 60.7 km north).
    expect(distanceKm([35.2706, 51.1914], [36.1874, 51.7373])).toBeCloseTo(87.85, 1);
    expect(distanceKm([35, 51], [35, 51])).toBe(0);
  });
});

describe('areaKm2', () => {
  it('measures polygons on the sphere as d3’s geoArea does, in either winding', () => {
    const d3 = (g: Polygon | MultiPolygon) => geoArea(g) * R * R;
    expect(areaKm2(square)).toBeCloseTo(11.12 * 6.99, 0);
    expect(areaKm2(square)).toBeCloseTo(d3(forD3(square.coordinates)), 6);
    expect(areaKm2(forD3(square.coordinates))).toBeCloseTo(areaKm2(square), 9);
    const front = wiggly();
    expect(areaKm2({ type: 'Polygon', coordinates: [front] })).toBeCloseTo(d3(forD3([front])), 6);
  });

  it('takes out holes and adds the polygons of a MultiPolygon', () => {
    const outer = box(35.2, 51.1, 35.3, 51.2);
    const hole = box(35.22, 51.12, 35.28, 51.18).reverse();
    const holed: Polygon = { type: 'Polygon', coordinates: [outer, hole] };
    expect(areaKm2(holed)).toBeCloseTo(77.7 * (1 - 0.36), 0);
    // d3 reads an outline clockwise and a hole anticlockwise.
    expect(areaKm2(holed)).toBeCloseTo(geoArea({ type: 'Polygon', coordinates: [[...outer].reverse(), box(35.22, 51.12, 35.28, 51.18)] }) * R * R, 6);
    // A hole wound like its outline is still a hole.
    expect(areaKm2({ type: 'Polygon', coordinates: [outer, [...hole].reverse()] })).toBeCloseTo(areaKm2(holed), 9);
    const two: MultiPolygon = { type: 'MultiPolygon', coordinates: [[outer], [box(35.4, 51.1, 35.5, 51.2)]] };
    expect(areaKm2(two)).toBeCloseTo(2 * 77.7, 0);
    expect(areaKm2({ type: 'MultiPolygon', coordinates: [] })).toBe(0);
  });
});

describe('mercator and fitMercator', () => {
  it('is d3’s raw Mercator, on degrees', () => {
    for (const [lon, lat] of [[35.27, 51.19], [-122.4, 37.8], [0, 0], [179, -60]]) {
      const [x, y] = geoMercatorRaw(lon * (Math.PI / 180), lat * (Math.PI / 180));
      expect(mercator(lon, lat)[0]).toBeCloseTo(x, 12);
      expect(mercator(lon, lat)[1]).toBeCloseTo(y, 12);
    }
    // Held short of the poles, where it would be infinite.
    expect(Number.isFinite(mercator(0, -90)[1])).toBe(true);
  });

  it('projects exactly as d3’s geoMercator().fitExtent() does for the same box', () => {
    const points = wiggly();
    const margins = { top: 24, right: 10, bottom: 40, left: 16 };
    for (const [width, height] of [[640, 590], [320, 294], [1280, 620]]) {
      const ours = fitMercator(points, width, height, margins);
      const d3 = geoMercator().fitExtent(
        [
          [margins.left, margins.top],
          [width - margins.right, height - margins.bottom],
        ],
        { type: 'MultiPoint', coordinates: points },
      );
      for (const p of [...points, [36.1874, 51.7373], [34.8, 50.9]]) {
        const [x, y] = ours.project(p);
        const [dx, dy] = d3(p as [number, number])!;
        expect(x).toBeCloseTo(dx, 9);
        expect(y).toBeCloseTo(dy, 9);
      }
      expect(ours.k / d3.scale()).toBeCloseTo(1, 12);
    }
  });

  it('fits inside the box less its margins, filling one direction, and keeps margins per side', () => {
    const fit = fitMercator(square.coordinates[0], 400, 300, 20);
    for (const corner of square.coordinates[0]) {
      const [x, y] = fit.project(corner);
      expect(x).toBeGreaterThanOrEqual(20 - 1e-6);
      expect(x).toBeLessThanOrEqual(380 + 1e-6);
      expect(y).toBeGreaterThanOrEqual(20 - 1e-6);
      expect(y).toBeLessThanOrEqual(280 + 1e-6);
    }
    // The square is taller than wide, so it fills the height; north is up.
    const top = fit.project([35.25, 51.2])[1];
    const bottom = fit.project([35.25, 51.1])[1];
    expect(bottom - top).toBeCloseTo(260, 6);
    expect(fitMercator(square.coordinates[0], 400, 300, { top: 50, right: 10, bottom: 10, left: 10 }).project([35.25, 51.2])[1]).toBeCloseTo(50, 6);
  });

  it('centres what it fits across the way it does not fill', () => {
    const points = [[34.8003, 50.9216], [35.2706, 51.1914], [35.03, 51.27]];
    const fit = fitMercator(points, 600, 400, { top: 20, right: 30, bottom: 40, left: 10 });
    const xs = points.map((p) => fit.project(p)[0]);
    const ys = points.map((p) => fit.project(p)[1]);
    expect(Math.min(...ys)).toBeCloseTo(20, 6);
    expect(Math.max(...ys)).toBeCloseTo(360, 6);
    expect((Math.min(...xs) + Math.max(...xs)) / 2).toBeCloseTo((10 + 570) / 2, 6);
  });

  it('inverts what it projects', () => {
    const fit = fitMercator(wiggly(), 640, 480, 12);
    for (const p of [[35.27, 51.19], [36.1874, 51.7373], [34, 50]]) {
      const [lon, lat] = fit.invert(fit.project(p));
      expect(lon).toBeCloseTo(p[0], 9);
      expect(lat).toBeCloseTo(p[1], 9);
    }
  });

  it('gives its scale in px per km at a latitude, as measured on the sphere', () => {
    const fit = fitMercator(wiggly(), 640, 480);
    const lat = 51.19;
    const tenKm = 10 / ((Math.PI / 180) * R * Math.cos((lat * Math.PI) / 180));
    const a = fit.project([35.2, lat]);
    const b = fit.project([35.2 + tenKm, lat]);
    expect(distanceKm([35.2, lat], [35.2 + tenKm, lat])).toBeCloseTo(10, 4);
    expect(fit.pxPerKm(lat)).toBeCloseTo((b[0] - a[0]) / 10, 9);
    // Conformal: north–south the same, over a short distance.
    const north = fit.project([35.2, lat + 0.01]);
    expect((a[1] - north[1]) / distanceKm([35.2, lat], [35.2, lat + 0.01])).toBeCloseTo(fit.pxPerKm(lat), 1);
  });

  it('centres a single point, and an empty list, without NaN', () => {
    expect(fitMercator([[35, 51]], 200, 100).project([35, 51])).toEqual([100, 50]);
    expect(fitMercator([], 200, 100).project([0, 0]).every(Number.isFinite)).toBe(true);
  });
});

describe('scaleBar and roundLength', () => {
  it('rounds down to 1, 2 or 5 × 10ⁿ', () => {
    expect(roundLength(7)).toBe(5);
    expect(roundLength(140)).toBe(100);
    expect(roundLength(0.3)).toBeCloseTo(0.2, 12);
    expect(roundLength(2)).toBe(2);
    expect(roundLength(0)).toBe(0);
    expect(roundLength(Number.NaN)).toBe(0);
  });

  it('picks the longest round distance that fits, in km or miles', () => {
    const perKm = 20;
    expect(scaleBar(perKm, 120)).toEqual({ length: 5, unit: 'km', px: 100 });
    const miles = scaleBar(perKm, 120, 'mi');
    expect(miles.length).toBe(2);
    expect(miles.px).toBeCloseTo(2 * 1.609344 * perKm, 9);
    expect(scaleBar(0, 120)).toEqual({ length: 0, unit: 'km', px: 0 });
    expect(scaleBar(perKm, 0)).toEqual({ length: 0, unit: 'km', px: 0 });
  });
});

describe('pathData and ringPath', () => {
  it('writes SVG path data to a tenth of a pixel', () => {
    expect(pathData([[0, 0], [10.04, 5.06], [20, -3.15]])).toBe('M0,0L10,5.1L20,-3.1');
    expect(ringPath([[0, 0], [10.04, 0], [10, 10.26]])).toBe('M0,0L10,0L10,10.3Z');
    expect(pathData([])).toBe('');
    expect(ringPath([])).toBe('');
  });
});

describe('clipRing', () => {
  it('clips a polygon ring to a box (Sutherland–Hodgman)', () => {
    const ring: Point[] = [[-10, -10], [10, -10], [10, 10], [-10, 10]];
    expect(clipRing(ring, { x: 0, y: 0, width: 20, height: 20 })).toEqual([[0, 0], [10, 0], [10, 10], [0, 10]]);
    expect(clipRing(ring, { x: 50, y: 50, width: 10, height: 10 })).toEqual([]);
    expect(clipRing(ring, { x: -20, y: -20, width: 40, height: 40 })).toEqual(ring);
    // A box wholly inside the ring: the box itself.
    expect(planar(clipRing(ring, { x: -5, y: -5, width: 4, height: 3 }))).toBeCloseTo(12, 9);
  });

  it('keeps the area d3 keeps when it clips a projected polygon to the same extent', () => {
    const front = wiggly();
    const fit = fitMercator(front, 640, 480);
    // A box that cuts through the shape on every side.
    const clip = { x: 120, y: 90, width: 380, height: 280 };
    const rings = [front.slice(0, -1).map(fit.project)];
    const d3 = geoMercator().fitExtent([[0, 0], [640, 480]], { type: 'MultiPoint', coordinates: front });
    d3.clipExtent([[clip.x, clip.y], [clip.x + clip.width, clip.y + clip.height]]);
    const expected = geoPath(d3).area(forD3([front]));
    expect(planar(clipRing(rings[0], clip))).toBeCloseTo(expected, 3);
  });
});

describe('clipLine', () => {
  const frame = { x: 0, y: 0, width: 100, height: 100 };
  it('keeps the parts inside, cut at the edges, each its own line', () => {
    expect(clipLine([[10, 10], [50, 50], [90, 10]], frame)).toEqual([[[10, 10], [50, 50], [90, 10]]]);
    expect(clipLine([[-50, 50], [50, 50], [150, 50]], frame)).toEqual([[[0, 50], [50, 50], [100, 50]]]);
    expect(clipLine([[50, 50], [50, 150], [60, 150], [60, 50]], frame)).toEqual([
      [[50, 50], [50, 100]],
      [[60, 100], [60, 50]],
    ]);
    expect(clipLine([[-10, -10], [-20, 200]], frame)).toEqual([]);
    expect(clipLine([[50, 50]], frame)).toEqual([]);
  });
});

describe('geoPathData', () => {
  const front = wiggly();
  const fit = fitMercator(front, 640, 480, 20);
  const d3 = geoMercator().fitExtent([[20, 20], [620, 460]], { type: 'MultiPoint', coordinates: front });

  it('writes what d3’s geoPath writes for lines and polygons drawn whole', () => {
    const polygon = forD3([front]);
    const line: LineString = { type: 'LineString', coordinates: front.slice(0, 60) };
    expect(geoPathData(polygon, fit.project)).toBe(geoPath(d3).digits(1)(polygon));
    expect(geoPathData(line, fit.project)).toBe(geoPath(d3).digits(1)(line));
    expect(geoPathData({ type: 'MultiPolygon', coordinates: [] }, fit.project)).toBe('');
  });

  it('clips to a box: lines cut into parts, rings kept closed, nothing wholly outside', () => {
    // A band down the middle: the outline crosses it twice.
    const clip = { x: 250, y: -2, width: 140, height: 484 };
    const line = geoPathData({ type: 'MultiLineString', coordinates: [front] }, fit.project, clip);
    const polygon = geoPathData({ type: 'Polygon', coordinates: [front] }, fit.project, clip);
    for (const d of [line, polygon]) {
      const xs = d.match(/[ML](-?[\d.]+)/g)!.map((s) => Number(s.slice(1)));
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(250);
      expect(Math.max(...xs)).toBeLessThanOrEqual(390);
    }
    expect(line.split('M').length - 1).toBe(2);
    expect(polygon.endsWith('Z')).toBe(true);
    expect(geoPathData({ type: 'Polygon', coordinates: [box(40, 60, 41, 61)] }, fit.project, clip)).toBe('');
  });
});

describe('placeLabels', () => {
  const crowd: LabelCandidate[] = [
    { id: 'sudzha', x: 100, y: 100, text: 'Sudzha', priority: 1 },
    { id: 'goncharovka', x: 96, y: 100, text: 'Goncharovka', priority: 2 },
    { id: 'zaoleshenka', x: 98, y: 96, text: 'Zaoleshenka', priority: 2 },
    { id: 'martynovka', x: 112, y: 92, text: 'Martynovka', priority: 2 },
    { id: 'edge', x: 395, y: 150, text: 'At the edge', priority: 3 },
  ];
  const placed = placeLabels(crowd, { width: 400, height: 300 });

  it('never lets two labels overlap and keeps them inside the bounds', () => {
    for (const a of placed) {
      expect(a.box.x).toBeGreaterThanOrEqual(0);
      expect(a.box.x + a.box.width).toBeLessThanOrEqual(400);
      for (const b of placed) if (a !== b) expect(boxesOverlap(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
    }
  });
  it('places the most important first and turns a label at the edge inward', () => {
    expect(placed[0].id).toBe('sudzha');
    const edge = placed.find((label) => label.id === 'edge')!;
    expect(edge.anchor).toBe('end');
  });
  it('leaves out what cannot fit rather than overlap, but never a priority-1 label', () => {
    const stacked: LabelCandidate[] = Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, x: 50, y: 50, text: 'Place', priority: i === 0 ? 1 : 2 }));
    const result = placeLabels(stacked, { width: 120, height: 100 });
    expect(result.length).toBeLessThan(30);
    expect(result[0].id).toBe('p0');
  });
});

describe('arrow', () => {
  it('ends its head at the target and points along the travel', () => {
    const { shaft, head, length } = arrow([0, 0], [100, 0], { bend: 0, headSize: 10 });
    expect(length).toBe(100);
    expect(shaft).toBe('M0,0Q50,0 90,0');
    expect(head).toBe('100,0 90,6 90,-6');
  });
  it('draws nothing for a zero-length arrow', () => {
    expect(arrow([5, 5], [5, 5]).shaft).toBe('');
  });
});
