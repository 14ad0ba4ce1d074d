import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { areaKm2, arrow, boxesOverlap, distanceKm, fitProjection, placeLabels, pixelsPerKm, scaleBar, type LabelCandidate } from './map.js';

// A 0.1° × 0.1° square at 51°N: about 7.0 km east–west by 11.1 km north–south.
const square: Feature<Polygon> = {
  type: 'Feature',
  properties: {},
  geometry: { type: 'Polygon', coordinates: [[[35.2, 51.1], [35.3, 51.1], [35.3, 51.2], [35.2, 51.2], [35.2, 51.1]].reverse()] },
};

describe('sphere measures', () => {
  it('measures km and km² on the sphere', () => {
    // Sudzha to Kursk city as the crow flies (worked by hand: 63.5 km east, 60.7 km north).
    expect(distanceKm([35.2706, 51.1914], [36.1874, 51.7373])).toBeCloseTo(87.85, 1);
    expect(areaKm2(square)).toBeCloseTo(11.12 * 6.99, 0);
  });
});

describe('fitProjection', () => {
  it('fits the object inside the box less its margins', () => {
    const projection = fitProjection(square, 400, 300, 20);
    for (const corner of square.geometry.coordinates[0]) {
      const [x, y] = projection(corner as [number, number])!;
      expect(x).toBeGreaterThanOrEqual(20 - 1e-6);
      expect(x).toBeLessThanOrEqual(380 + 1e-6);
      expect(y).toBeGreaterThanOrEqual(20 - 1e-6);
      expect(y).toBeLessThanOrEqual(280 + 1e-6);
    }
    // The square is taller than wide, so it fills the height.
    const [, top] = projection([35.25, 51.2])!;
    const [, bottom] = projection([35.25, 51.1])!;
    expect(bottom - top).toBeCloseTo(260, 0);
  });
  it('keeps margins per side', () => {
    const projection = fitProjection(square, 400, 300, { top: 50, right: 10, bottom: 10, left: 10 });
    const [, top] = projection([35.25, 51.2])!;
    expect(top).toBeGreaterThanOrEqual(50 - 1e-6);
  });
});

describe('scaleBar', () => {
  it('picks the longest round distance that fits', () => {
    const projection = fitProjection(square, 400, 300, 20);
    const perKm = pixelsPerKm(projection, [35.25, 51.15]);
    const [left] = projection([35.2, 51.15])!;
    const [right] = projection([35.3, 51.15])!;
    expect(perKm).toBeCloseTo((right - left) / 6.99, 0);
    const bar = scaleBar(projection, [35.25, 51.15], 120);
    expect(bar).toMatchObject({ length: 5, unit: 'km' });
    expect(bar.px).toBeCloseTo(5 * perKm, 6);
    const miles = scaleBar(projection, [35.25, 51.15], 120, 'mi');
    expect(miles.length).toBe(2);
    expect(miles.px).toBeCloseTo(2 * 1.609344 * perKm, 6);
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
