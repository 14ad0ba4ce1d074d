import { describe, expect, it } from 'vitest';
import { layoutTerritoryBar, type MarkerInput, type PlacedLabel } from './layout.js';

const markers: MarkerInput[] = [
  { kind: 'peak', value: 1376, text: 'Peak 1,376 km²' },
  { kind: 'reference', value: 839, text: 'Kyiv (city) 839 km²' },
];

function overlap(a: PlacedLabel, b: PlacedLabel): boolean {
  return a.y === b.y && a.left < b.right && b.left < a.right;
}

describe('layoutTerritoryBar', () => {
  it('scales the bar, the ghost and the markers to the largest figure', () => {
    const layout = layoutTerritoryBar({ width: 1000, max: 1376, value: 140, peak: 1376, markers });
    expect(layout.track.width).toBe(1000);
    expect(layout.bar.width).toBeCloseTo((140 / 1376) * 1000, 6);
    expect(layout.ghost.width).toBe(1000);
    expect(layout.markers.find((m) => m.kind === 'reference')!.x).toBeCloseTo((839 / 1376) * 1000, 6);
  });

  it('draws whiskers across the range only when sources disagree', () => {
    const withRange = layoutTerritoryBar({ width: 688, max: 1376, value: 140, peak: 1376, range: [77, 140], markers });
    expect(withRange.range!.x1).toBeCloseTo(38.5, 6);
    expect(withRange.range!.x2).toBeCloseTo(70, 6);
    expect(withRange.range!.y).toBe(withRange.bar.y + withRange.bar.height / 2);
    expect(layoutTerritoryBar({ width: 688, max: 1376, value: 140, peak: 1376, range: [140, 140], markers }).range).toBeUndefined();
  });

  it('keeps labels inside the box and apart at 320 px', () => {
    const crowded: MarkerInput[] = [
      ...markers,
      { kind: 'reference', value: 1200, text: 'Somewhere else 1,200 km²' },
      { kind: 'reference', value: 1300, text: 'Another place 1,300 km²' },
    ];
    const layout = layoutTerritoryBar({ width: 320, max: 1376, value: 1376, peak: 1376, markers: crowded });
    const labels = layout.markers.map((m) => m.label);
    for (const label of labels) {
      expect(label.left).toBeGreaterThanOrEqual(0);
      expect(label.right).toBeLessThanOrEqual(320);
      expect(label.y).toBeLessThanOrEqual(layout.height);
    }
    for (const a of labels) for (const b of labels) if (a !== b) expect(overlap(a, b), `${a.text} / ${b.text}`).toBe(false);
    expect(new Set(labels.map((l) => l.y)).size).toBeGreaterThan(1);
  });

  it('puts a label on the side of its marker that has room', () => {
    const layout = layoutTerritoryBar({ width: 600, max: 1376, value: 0, peak: 1376, markers });
    const peak = layout.markers.find((m) => m.kind === 'peak')!;
    expect(peak.label.anchor).toBe('end');
    expect(peak.label.right).toBeLessThanOrEqual(600);
    const kyiv = layout.markers.find((m) => m.kind === 'reference')!;
    expect(kyiv.label.anchor).toBe('start');
    expect(kyiv.label.left).toBeGreaterThan(kyiv.x);
  });

  it('survives degenerate input: zero width, all-zero data, values past the track', () => {
    const zero = layoutTerritoryBar({ width: 0, max: 0, value: 0, peak: 0, markers: [] });
    expect(zero.bar.width).toBe(0);
    expect(Number.isFinite(zero.height)).toBe(true);
    const past = layoutTerritoryBar({ width: 300, max: 100, value: 250, peak: 100, markers: [] });
    expect(past.bar.width).toBe(300);
  });

  it('uses a thinner bar on narrow screens', () => {
    expect(layoutTerritoryBar({ width: 320, max: 1, value: 1, peak: 1, markers: [] }).bar.height).toBeLessThan(
      layoutTerritoryBar({ width: 1000, max: 1, value: 1, peak: 1, markers: [] }).bar.height,
    );
  });
});
