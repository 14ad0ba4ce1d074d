import { describe, expect, it } from 'vitest';
import { pipeline } from '@salient/kursk-data';
import { boxesOverlap, distanceKm, type LonLat } from '@salient/core';
import { figure } from './figures.js';
import {
  SAMPLES,
  SOLDIER_PITCH_M,
  cumulativeKm,
  layoutFrame,
  layoutLegend,
  layoutPlan,
  layoutSection,
  linesFor,
  markerAt,
  pointAtKm,
  storyboardColumns,
} from './layout.js';
import { borderLines, type PipelineData } from './schema.js';
import { sample } from './test/sample.js';

const data = pipeline as PipelineData;
const places = (source: PipelineData) =>
  (source.places ?? []).map((p) => ({ name: typeof p.name === 'string' ? p.name : p.name.en, lonLat: [p.lon, p.lat] as LonLat, priority: p.rank ?? 3 }));

function plan(width: number, height: number, source = data) {
  return layoutPlan({
    width,
    height,
    route: source.route.line,
    trenchKm: source.route.entryTrenchKm,
    frontLine: source.frontLine.line,
    border: borderLines(source.border),
    places: places(source),
    ends: { entry: 'Entry: trench from a tree line', exit: 'Exit (approx.)' },
    sides: { entry: 'Russian-held', exit: 'Ukrainian-held', across: 'UKRAINE' },
  });
}

describe('route measures', () => {
  it('measures the route along the sphere and finds points along it', () => {
    const line: LonLat[] = [
      [35, 51],
      [35, 51.1],
      [35.1, 51.1],
    ];
    const km = cumulativeKm(line);
    expect(km[1]).toBeCloseTo(11.12, 1);
    expect(km[2] - km[1]).toBeCloseTo(distanceKm([35, 51.1], [35.1, 51.1]), 9);
    expect(pointAtKm(line, km, km[1] / 2)).toEqual([35, 51.05]);
    expect(pointAtKm(line, km, -1)).toEqual([35, 51]);
    expect(pointAtKm(line, km, 1e6)).toEqual([35.1, 51.1]);
  });

  it('draws the Kursk route 12–15 km long, as the sources say', () => {
    const km = cumulativeKm(data.route.line);
    expect(km[km.length - 1]).toBeGreaterThanOrEqual(12);
    expect(km[km.length - 1]).toBeLessThanOrEqual(15.5);
  });
});

describe('layoutPlan', () => {
  const layout = plan(560, 460);

  it('fits the route inside the box, with the entry and exit at its ends', () => {
    for (const [x, y] of layout.samples) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(560);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(460);
    }
    expect(layout.samples).toHaveLength(SAMPLES + 1);
    expect(layout.samples[0]).toEqual(layout.entry);
    expect(layout.samples[SAMPLES]).toEqual(layout.exit);
    // The exit is south-west of the entry: left of it and lower on the page.
    expect(layout.exit[0]).toBeLessThan(layout.entry[0]);
    expect(layout.exit[1]).toBeGreaterThan(layout.entry[1]);
  });

  it('spaces the marker’s points evenly by distance, so it moves at a steady speed', () => {
    const steps = layout.samples.slice(1).map((p, i) => Math.hypot(p[0] - layout.samples[i][0], p[1] - layout.samples[i][1]));
    const mean = steps.reduce((a, b) => a + b) / steps.length;
    for (const step of steps) expect(Math.abs(step - mean) / mean).toBeLessThan(0.02);
  });

  it('puts the marker on the route at any progress', () => {
    expect(markerAt(layout.samples, 0)).toEqual(layout.entry);
    expect(markerAt(layout.samples, 1)).toEqual(layout.exit);
    expect(markerAt(layout.samples, 2)).toEqual(layout.exit);
    const half = markerAt(layout.samples, 0.5);
    expect(half).toEqual(layout.samples[SAMPLES / 2]);
    const between = markerAt(layout.samples, 0.5 + 0.5 / SAMPLES);
    const [a, b] = [layout.samples[SAMPLES / 2], layout.samples[SAMPLES / 2 + 1]];
    expect(between[0]).toBeCloseTo((a[0] + b[0]) / 2, 9);
  });

  it('splits off the 0.5 km trench at the start of the route', () => {
    expect(layout.trench).toMatch(/^M[\d.]+,[\d.]+L/);
    const trenchEnd = layout.trench.split('L').at(-1)!.split(',').map(Number);
    const pipeStart = layout.pipe.slice(1).split('L')[0].split(',').map(Number);
    expect(trenchEnd).toEqual(pipeStart);
    const total = cumulativeKm(data.route.line).at(-1)!;
    const pxPerKm = Math.hypot(layout.exit[0] - layout.entry[0], layout.exit[1] - layout.entry[1]) / distanceKm(data.route.line[0], data.route.line.at(-1)!);
    const trenchPx = Math.hypot(trenchEnd[0] - layout.entry[0], trenchEnd[1] - layout.entry[1]);
    expect(trenchPx / pxPerKm).toBeCloseTo(0.5, 1);
    expect(total).toBeGreaterThan(0.5);
  });

  it('frames Sudzha and the nearest stretch of border, and leaves Kursk and Sumy out', () => {
    const names = layout.places.map((p) => p.name);
    expect(names).toContain('Sudzha');
    expect(names).not.toContain('Kursk');
    expect(names).not.toContain('Sumy');
    expect(layout.border.some((d) => d.length > 0)).toBe(true);
  });

  it('labels Sudzha, both ends, both sides of the front and Ukraine, inside the box and apart', () => {
    const texts = layout.labels.map((l) => l.text);
    expect(texts).toEqual(expect.arrayContaining(['Sudzha', 'Entry: trench from a tree line', 'Exit (approx.)', 'Ukrainian-held', 'Russian-held', 'UKRAINE']));
    for (const label of layout.labels) {
      expect(label.box.x).toBeGreaterThanOrEqual(0);
      expect(label.box.y).toBeGreaterThanOrEqual(0);
      expect(label.box.x + label.box.width).toBeLessThanOrEqual(560);
      expect(label.box.y + label.box.height).toBeLessThanOrEqual(460);
    }
    for (const a of layout.labels) for (const b of layout.labels) if (a !== b && !a.forced && !b.forced) expect(boxesOverlap(a.box, b.box), `${a.text} / ${b.text}`).toBe(false);
  });

  it('puts the Ukrainian-held label on Sudzha’s side of the front line', () => {
    const ua = layout.labels.find((l) => l.id === 'side-exit')!;
    const ru = layout.labels.find((l) => l.id === 'side-entry')!;
    // The front runs north then south-east of the route's middle; Ukraine held the west and south-west.
    expect(ua.box.x).toBeLessThan(ru.box.x);
  });

  it('draws a round scale bar that fits', () => {
    expect([1, 2, 5, 10]).toContain(layout.scale!.length);
    expect(layout.scale!.px).toBeLessThanOrEqual(560 * 0.3);
    expect(layout.scale!.x + layout.scale!.px).toBeLessThanOrEqual(560);
  });

  it('keeps labels in the box at 320 px', () => {
    const narrow = plan(320, 300);
    for (const label of narrow.labels) {
      expect(label.box.x).toBeGreaterThanOrEqual(0);
      expect(label.box.x + label.box.width).toBeLessThanOrEqual(320);
    }
    expect(narrow.labels.map((l) => l.text)).toContain('Sudzha');
  });

  it('works for data without border, places or trench', () => {
    const bare = layoutPlan({ width: 300, height: 200, route: sample.route.line, frontLine: sample.frontLine.line, places: [] });
    expect(bare.trench).toBe('');
    expect(bare.border).toEqual([]);
    expect(bare.labels).toEqual([]);
    expect(bare.pipe).toMatch(/^M/);
  });
});

describe('figures', () => {
  it('stands 1.75 m tall, crouches under 1.42 m, and crawls under 1 m', () => {
    expect(figure('standing').height).toBeCloseTo(1.75, 1);
    expect(figure('crouching').height).toBeLessThan(1.3);
    expect(figure('crawling').height).toBeLessThan(0.9);
    expect(figure('crawling').right - figure('crawling').left).toBeLessThan(SOLDIER_PITCH_M);
  });
});

describe('layoutSection: to scale', () => {
  const section = layoutSection({ width: 400, diameterM: 1.42, groupSize: 5, spacingM: 10 });
  const { view, strip } = section;

  it('draws the pipe and the standing soldier on one scale, in metres', () => {
    expect(view.pipe.r * 2).toBeCloseTo(1.42 * view.pxPerM, 6);
    expect(view.standing.shape.height * view.standing.scale).toBeCloseTo(1.75 * view.pxPerM, 6);
    expect(view.pipe.cy + view.pipe.r).toBeCloseTo(view.ground, 6);
    const [zero, half] = view.ruler.ticks;
    expect(zero).toEqual({ y: view.ground, m: 0 });
    expect(zero.y - half.y).toBeCloseTo(0.5 * view.pxPerM, 6);
    expect(view.ruler.ticks.at(-1)!.m).toBe(1.5);
  });

  it('fits the crouching soldier inside the pipe', () => {
    const { crouching, pipe } = view;
    const { shape, x, y, scale } = crouching;
    const headTop = [x + shape.head.x * scale, y + (shape.head.y - shape.head.r * 1.22) * scale];
    expect(Math.hypot(headTop[0] - pipe.cx, headTop[1] - pipe.cy)).toBeLessThan(pipe.r);
    expect(x + shape.left * scale).toBeGreaterThan(pipe.cx - pipe.r);
    expect(x + shape.right * scale).toBeLessThan(pipe.cx + pipe.r);
  });

  it('stays inside its width, from 320 px up', () => {
    for (const width of [320, 400, 600, 1000]) {
      const s = layoutSection({ width, diameterM: 1.42, groupSize: 5, spacingM: 10 });
      expect(s.view.diameter.x2).toBeLessThanOrEqual(width);
      expect(s.view.ruler.x).toBeGreaterThan(0);
    }
  });

  it('scales a different pipe the same way: 3 m across is drawn taller than the soldier', () => {
    const wide = layoutSection({ width: 400, diameterM: 3, groupSize: 5, spacingM: 10 });
    expect(wide.view.pipe.r * 2).toBeCloseTo(3 * wide.view.pxPerM, 6);
    expect(wide.view.ruler.ticks.at(-1)!.m).toBe(3);
  });

  it('lays out the long section with groups of five, 10 m apart, to scale', () => {
    expect(strip.height).toBeCloseTo(1.42 * strip.pxPerM, 6);
    const groups = new Map<number, number[]>();
    for (const s of strip.soldiers) groups.set(s.group, [...(groups.get(s.group) ?? []), s.x]);
    for (const xs of groups.values()) {
      expect(xs).toHaveLength(5);
      expect(xs[1] - xs[0]).toBeCloseTo(SOLDIER_PITCH_M, 9);
    }
    const [first, second] = [...groups.values()];
    expect(second[0] - first[0]).toBeCloseTo(strip.pitchM, 9);
    for (const gap of strip.gaps) expect(gap.x2 - gap.x1).toBe(10);
    // Enough groups to slide by a whole pitch and still fill the window.
    expect(Math.max(...strip.soldiers.map((s) => s.x))).toBeGreaterThan(strip.windowM);
    expect(Math.min(...strip.soldiers.map((s) => s.x))).toBeLessThanOrEqual(-strip.pitchM + 1e-9);
  });

  it('caps the figures it draws, whatever the group size', () => {
    const huge = layoutSection({ width: 1000, diameterM: 1.42, groupSize: 100, spacingM: 0.5 });
    expect(huge.strip.soldiers.length).toBeLessThanOrEqual(60);
  });
});

describe('whole graphic', () => {
  it('puts the views side by side from 640 px, stacked below', () => {
    expect(layoutFrame(639).wide).toBe(false);
    const wide = layoutFrame(1000);
    expect(wide.wide).toBe(true);
    expect(wide.plan.width + wide.section.width + 24).toBe(1000);
    expect(layoutFrame(320).plan.width).toBe(320);
  });

  it('sizes everything by width alone, so the reserved height is known before data', () => {
    expect(layoutFrame(800)).toEqual(layoutFrame(800));
    expect(layoutFrame(320).plan.height).toBeGreaterThanOrEqual(280);
  });

  it('uses one, two or three storyboard columns', () => {
    expect([320, 600, 1000].map(storyboardColumns)).toEqual([1, 2, 3]);
  });

  it('counts the lines a text wraps to, erring long', () => {
    expect(linesFor('', 100, 15)).toBe(0);
    expect(linesFor('short', 300, 15)).toBe(1);
    expect(linesFor('word '.repeat(40), 300, 15)).toBeGreaterThan(2);
  });

  it('wraps the legend into rows that fit', () => {
    const items = ['Pipe route (approx.)', 'Head of the column', 'Front line, about 6 March (drawn)', 'Ukrainian strikes'].map((text) => ({ kind: 'x', text }));
    expect(layoutLegend(items, 1000).height).toBe(18);
    const narrow = layoutLegend(items, 320);
    expect(narrow.height).toBeGreaterThan(18);
    expect(narrow.items.every((item) => item.x < 320)).toBe(true);
  });
});
