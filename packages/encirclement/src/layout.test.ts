import { describe, expect, it } from 'vitest';
import { geoMercator, geoPath } from 'd3-geo';
import { boxesOverlap, localText, type Box } from '@salient/core';
import { encirclement } from '@salient/kursk-data';
import { heldAreaKm2, normalizePolygons } from './geometry.js';
import {
  graphicHeight,
  edgeLabel,
  layoutFrame,
  layoutLegend,
  layoutMap,
  layoutRegionLabels,
  mapExtent,
  mapHeight,
  mapMargins,
  textBlockLines,
  textLines,
  typicalLines,
  wrapText,
} from './layout.js';
import { describeArea, describeWhen } from './describe.js';
import type { EncirclementData } from './schema.js';
import { box, small } from './test/small.js';

const kursk: EncirclementData = encirclement;
const WIDTHS = [320, 640, 1000, 1280];

function labelBoxes(data: EncirclementData, width: number, step: number): { id: string; box: Box }[] {
  const base = layoutMap(data, width);
  const regions = layoutRegionLabels(base, data, 'en', (ukraine) => (ukraine ? 'Ukraine' : 'Russia'));
  const frame = layoutFrame(base, data, step, { lang: 'en', units: 'km2', obstacles: regions.map((r) => r.box) });
  return [
    ...frame.places.map((p) => ({ id: p.id, box: p.label.box })),
    ...frame.offMap.map((p) => ({ id: `off:${p.id}`, box: p.box })),
    ...regions.map((r, i) => ({ id: `region:${i}`, box: r.box })),
    ...(frame.corridor ? [{ id: 'corridor', box: frame.corridor.label.box }] : []),
  ];
}

describe('the fitted projection', () => {
  it.each(WIDTHS)('fits every held area, advance and corridor inside the box less its margins at %i px', (width) => {
    for (const data of [small, kursk]) {
      const base = layoutMap(data, width);
      const m = mapMargins(width);
      expect(base.height).toBe(mapHeight(width));
      const points = [
        ...data.frames.flatMap((f) => normalizePolygons(f.held).coordinates.flatMap((rings) => rings[0] ?? [])),
        ...data.frames.flatMap((f) => (f.advances ?? []).flatMap((a) => [a.from, a.to])),
        ...data.frames.flatMap((f) => f.corridor?.line ?? []),
      ];
      for (const p of points) {
        const [x, y] = base.fit.project(p);
        expect(x).toBeGreaterThanOrEqual(m.left - 1e-6);
        expect(x).toBeLessThanOrEqual(width - m.right + 1e-6);
        expect(y).toBeGreaterThanOrEqual(m.top - 1e-6);
        expect(y).toBeLessThanOrEqual(base.height - m.bottom + 1e-6);
      }
    }
  });

  it('fills the box in one direction: the extent touches two opposite margins', () => {
    const width = 640;
    const base = layoutMap(kursk, width);
    const m = mapMargins(width);
    const corners = mapExtent(kursk).coordinates.map((p) => base.fit.project(p));
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    const fillsWidth = Math.abs(Math.min(...xs) - m.left) < 0.5 && Math.abs(Math.max(...xs) - (width - m.right)) < 0.5;
    const fillsHeight = Math.abs(Math.min(...ys) - m.top) < 0.5 && Math.abs(Math.max(...ys) - (base.height - m.bottom)) < 0.5;
    expect(fillsWidth || fillsHeight).toBe(true);
  });

  it('is fitted to the salient, not to the oblasts: Kursk city is off the map and named at its edge', () => {
    const base = layoutMap(kursk, 640);
    const [x, y] = base.fit.project([36.1874, 51.7373]);
    expect(x > 640 || y < 0).toBe(true);
    const frame = layoutFrame(base, kursk, 0, { lang: 'en', units: 'km2' });
    expect(frame.offMap.map((p) => p.text)).toContain('Kursk ↗');
    // The peak salient spans a good part of the map, not a speck.
    const xs = base.frames[0].main!.map((p) => p[0]);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(640 * 0.3);
  });

  it("keeps the map's shape a function of width alone, so its height is known before data arrives", () => {
    expect(mapHeight(320)).toBe(294);
    expect(mapHeight(1000)).toBe(620);
    for (const width of WIDTHS) expect(layoutMap(small, width).height).toBe(layoutMap(kursk, width).height);
  });

  it('clips the oblasts to the box: no coordinate in their paths strays far outside', () => {
    const base = layoutMap(kursk, 640);
    for (const region of base.regions) {
      const numbers = region.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      for (const n of numbers) {
        expect(n).toBeGreaterThanOrEqual(-2);
        expect(n).toBeLessThanOrEqual(Math.max(640, base.height) + 2);
      }
    }
    expect(base.regions.filter((r) => r.ukraine)).toHaveLength(1);
  });
});

describe('drawing', () => {
  it('draws each held area where d3’s geoMercator().fitExtent() and geoPath would', () => {
    for (const width of WIDTHS) {
      const base = layoutMap(kursk, width);
      const m = mapMargins(width);
      const projection = geoMercator().fitExtent(
        [
          [m.left, m.top],
          [width - m.right, base.height - m.bottom],
        ],
        mapExtent(kursk),
      );
      kursk.frames.forEach((frame, i) => expect(base.frames[i].d, `${frame.id} at ${width} px`).toBe(geoPath(projection).digits(1)(normalizePolygons(frame.held))));
    }
  });
});

describe('areas', () => {
  it('measures a held area on the sphere from its outline, in either winding', () => {
    // 0.1° × 0.1° at 51°N: 6.99 km east–west by 11.12 km north–south.
    const ccw = { type: 'Polygon' as const, coordinates: [box(35.2, 51.1, 35.3, 51.2)] };
    const cw = { type: 'Polygon' as const, coordinates: [box(35.2, 51.1, 35.3, 51.2).reverse()] };
    expect(heldAreaKm2(ccw)).toBeCloseTo(77.7, 0);
    expect(heldAreaKm2(cw)).toBeCloseTo(heldAreaKm2(ccw), 6);
    expect(heldAreaKm2({ type: 'MultiPolygon', coordinates: [] })).toBe(0);
  });

  it('adds the polygons of a MultiPolygon and takes out its holes', () => {
    const two = { type: 'MultiPolygon' as const, coordinates: [[box(35.2, 51.1, 35.3, 51.2)], [box(35.4, 51.1, 35.5, 51.2)]] };
    expect(heldAreaKm2(two)).toBeCloseTo(2 * 77.7, 0);
    const holed = { type: 'Polygon' as const, coordinates: [box(35.2, 51.1, 35.3, 51.2), box(35.22, 51.12, 35.28, 51.18)] };
    expect(heldAreaKm2(holed)).toBeCloseTo(77.7 * (1 - 0.36), 0);
  });

  it('finds the Kursk frames within their reported ranges, give or take the drawing', () => {
    for (const frame of kursk.frames) {
      const area = heldAreaKm2(frame.held);
      const { low, high } = frame.reported!;
      expect(area, frame.id).toBeGreaterThan(low * 0.85);
      expect(area, frame.id).toBeLessThan(high * 1.15);
    }
  });
});

describe('labels', () => {
  it.each(WIDTHS)('never overlap each other, and stay inside the map, in every frame at %i px', (width) => {
    for (const data of [small, kursk]) {
      const height = mapHeight(width);
      data.frames.forEach((_, step) => {
        const boxes = labelBoxes(data, width, step);
        for (const { id, box: b } of boxes) {
          expect(b.x, id).toBeGreaterThanOrEqual(0);
          expect(b.y, id).toBeGreaterThanOrEqual(0);
          expect(b.x + b.width, id).toBeLessThanOrEqual(width);
          expect(b.y + b.height, id).toBeLessThanOrEqual(height);
        }
        for (const a of boxes) for (const b of boxes) if (a !== b) expect(boxesOverlap(a.box, b.box), `${a.id} / ${b.id} in frame ${step}`).toBe(false);
      });
    }
  });

  it('capitalises region labels under any lang attribute, even one that is no language tag', () => {
    // Found by the hardening fuzzer: toLocaleUpperCase threw a RangeError out of render() for lang="x y".
    const base = layoutMap(kursk, 640);
    const country = (ukraine: boolean) => (ukraine ? 'Ukraine' : 'Russia');
    for (const lang of ['Суджа Суджа', '', 'en-', 'x'.repeat(300)]) {
      const regions = layoutRegionLabels(base, kursk, lang, country);
      expect(regions.map((region) => region.lines[0])).toEqual(layoutRegionLabels(base, kursk, 'en', country).map((region) => region.lines[0]));
    }
    expect(layoutRegionLabels(base, kursk, 'tr', country).some((region) => region.lines[0] === 'UKRAİNE')).toBe(true);
  });

  it('always labels a rank-1 place on the map (Sudzha)', () => {
    for (const width of WIDTHS) {
      kursk.frames.forEach((_, step) => {
        const frame = layoutFrame(layoutMap(kursk, width), kursk, step, { lang: 'en', units: 'km2' });
        expect(frame.places.map((p) => p.id)).toContain('sudzha');
      });
    }
  });

  it('drops lesser places before they crowd: fewer labels at 320 px than at 1,000', () => {
    const narrow = layoutFrame(layoutMap(kursk, 320), kursk, 0, { lang: 'en', units: 'km2' }).places.length;
    const wide = layoutFrame(layoutMap(kursk, 1000), kursk, 0, { lang: 'en', units: 'km2' }).places.length;
    expect(narrow).toBeLessThanOrEqual(wide);
  });

  it('names a place beyond the map at the edge it lies past, pointing its way', () => {
    expect(edgeLabel('k', 'Kursk', [900, -200], 640, 480)).toMatchObject({ text: 'Kursk ↗', anchor: 'end' });
    const west = edgeLabel('s', 'Sumy', [-300, 240], 640, 480)!;
    expect(west.text).toBe('← Sumy');
    expect(west.box.x).toBeGreaterThanOrEqual(0);
  });
});

describe('arrows', () => {
  it('draws one arrow per advance in each frame, numbered from 1', () => {
    const base = layoutMap(kursk, 640);
    kursk.frames.forEach((f, step) => {
      const frame = layoutFrame(base, kursk, step, { lang: 'en', units: 'km2' });
      expect(frame.arrows).toHaveLength(f.advances!.length);
      expect(frame.arrows.map((a) => a.n)).toEqual(f.advances!.map((_, i) => i + 1));
    });
  });

  it('points each arrow from its origin to its target: east is right, north is up', () => {
    const base = layoutMap(small, 640);
    const frame = layoutFrame(base, small, 1, { lang: 'en', units: 'km2' });
    const [fromNorth, fromEast] = frame.arrows;
    // From the north: travels down the screen.
    expect(fromNorth.to[1]).toBeGreaterThan(fromNorth.from[1]);
    expect(Math.abs(fromNorth.to[0] - fromNorth.from[0])).toBeLessThan(1);
    // From the east: travels left.
    expect(fromEast.to[0]).toBeLessThan(fromEast.from[0]);
    for (const [i, a] of frame.arrows.entries()) {
      const advance = small.frames[1].advances![i];
      const tip = base.fit.project(advance.to);
      // The head's first point is the tip, on the target.
      const [hx, hy] = a.head.split(' ')[0].split(',').map(Number);
      expect(hx).toBeCloseTo(tip[0], 0);
      expect(hy).toBeCloseTo(tip[1], 0);
      expect(a.shaft.startsWith(`M${Math.round(a.from[0] * 10) / 10},${Math.round(a.from[1] * 10) / 10}`)).toBe(true);
    }
  });
});

describe('the corridor', () => {
  it('draws its band at the reported width, to scale, with a dimension line as long', () => {
    const base = layoutMap(kursk, 1000);
    const step = kursk.frames.findIndex((f) => f.corridor?.widthKm);
    const frame = layoutFrame(base, kursk, step, { lang: 'en', units: 'km2' });
    const corridor = frame.corridor!;
    expect(corridor.toScale).toBe(true);
    // 12.5 km at the map's scale: measure 10 km east–west at Sudzha.
    const a = base.fit.project([35.27, 51.19]);
    const b = base.fit.project([35.27 + 10 / (111.2 * Math.cos((51.19 * Math.PI) / 180)), 51.19]);
    const perKm = (b[0] - a[0]) / 10;
    expect(corridor.band / perKm).toBeCloseTo(12.5, 0);
    const { x1, y1, x2, y2 } = corridor.dimension!;
    expect(Math.hypot(x2 - x1, y2 - y1)).toBeCloseTo(corridor.band, 0);
    expect(corridor.label.lines).toEqual(['Corridor to the border', '12–13 km']);
  });

  it("adds the width to a label that does not give it, in the reader's units", () => {
    const base = layoutMap(small, 640);
    const frame = layoutFrame(base, small, 1, { lang: 'en', units: 'mi2' });
    expect(frame.corridor!.label.lines).toEqual(['Corridor', '7.5–8.1 mi']);
  });
});

describe('the legend and the text above', () => {
  it('flows the legend into rows no wider than the box', () => {
    const entries = (['held', 'ghost', 'advance', 'corridor', 'border'] as const).map((kind) => ({ kind, text: `${kind} entry text` }));
    const wide = layoutLegend(entries, 1000);
    expect(wide.height).toBe(20);
    const narrow = layoutLegend(entries, 300);
    expect(narrow.height).toBeGreaterThan(20);
    for (const item of narrow.items) expect(item.x).toBeLessThan(300);
    expect(graphicHeight(300, entries, { head: 2, key: 0, credit: 1 })).toBe(2 * 20 + 6 + mapHeight(300) + 6 + 8 + narrow.height + 8 + 17);
  });

  it('breaks a long label in two where the lines come out most even', () => {
    const measure = (text: string) => text.length * 7;
    expect(wrapText('Corridor', 100, measure)).toEqual(['Corridor']);
    expect(wrapText('Corridor 12–13 km wide', 100, measure)).toEqual(['Corridor', '12–13 km wide']);
  });

  it('reserves, before data arrives, exactly the lines the Kursk texts take at every width', () => {
    const credit = `Source: ${localText(kursk.source, 'en')}`;
    for (let width = 300; width <= 1400; width += 7) {
      const texts = {
        when: kursk.frames.map((f) => describeWhen(f, 'en', width < 480 ? 'short' : 'long')),
        area: kursk.frames.map((_, i) => describeArea(kursk, i, 'km2', 'en')),
        keys: kursk.frames.map((f) => (f.advances ?? []).map((advance) => localText(advance.label, 'en'))),
        credit,
      };
      expect(typicalLines(width), `at ${width} px`).toEqual(textBlockLines(width, texts));
    }
  });

  it('counts the lines a text needs, generously', () => {
    expect(textLines(['short'], 14, 300)).toBe(1);
    expect(textLines(['x'.repeat(100)], 14, 300)).toBeGreaterThanOrEqual(3);
  });
});
