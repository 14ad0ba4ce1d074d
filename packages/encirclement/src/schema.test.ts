import { describe, expect, it } from 'vitest';
import { LIMITS, validateEncirclement, type EncirclementData } from './schema.js';
import { box, small } from './test/small.js';

function errors(input: unknown): string[] {
  const result = validateEncirclement(input);
  return result.ok ? [] : result.errors;
}

const frame = small.frames[0];
const withFrame = (patch: Record<string, unknown>) => ({ ...small, frames: [{ ...frame, ...patch }] });
const withHeld = (held: unknown) => withFrame({ held });

describe('validateEncirclement', () => {
  it('accepts good data, in either ring winding', () => {
    expect(validateEncirclement(small)).toEqual({ ok: true, value: small });
    expect(errors(withHeld({ type: 'Polygon', coordinates: [box(35, 51, 35.1, 51.1).reverse()] }))).toEqual([]);
  });

  it('accepts the least it needs: frames with a label, a date, an id and a shape', () => {
    const least: EncirclementData = { frames: [{ id: 'a', date: '2025-03-13', label: 'Now', held: { type: 'Polygon', coordinates: [box(35, 51, 35.1, 51.1)] } }] };
    expect(errors(least)).toEqual([]);
  });

  it('accepts an empty MultiPolygon as nothing held', () => {
    expect(errors(withHeld({ type: 'MultiPolygon', coordinates: [] }))).toEqual([]);
  });

  it.each([
    ['null', null, 'The data must be an object, got null'],
    ['no frames', {}, 'frames must be a list, got nothing'],
    ['no frame at all', { frames: [] }, 'frames must have at least 1 entry, got 0'],
    ['malformed GeoJSON: a misspelt type', withHeld({ type: 'Polgon', coordinates: [] }), 'frames[0].held.type must be "Polygon" or "MultiPolygon", got "Polgon"'],
    ['malformed GeoJSON: a Feature where a geometry belongs', withHeld({ type: 'Feature', geometry: frame.held }), 'frames[0].held.type must be "Polygon" or "MultiPolygon", got "Feature"'],
    ['malformed GeoJSON: coordinates as text', withHeld({ type: 'Polygon', coordinates: '35,51' }), 'frames[0].held.coordinates must be a list, got "35,51"'],
    ['a polygon with no coordinates', withHeld({ type: 'Polygon', coordinates: [] }), 'frames[0].held.coordinates has no coordinates: a polygon needs at least one ring'],
    ['a ring of three positions', withHeld({ type: 'Polygon', coordinates: [[[35, 51], [35.1, 51], [35, 51]]] }), 'frames[0].held.coordinates[0] must have at least 4 positions, got 3'],
    ['an open ring', withHeld({ type: 'Polygon', coordinates: [box(35, 51, 35.1, 51.1).slice(0, 4).concat([[35.05, 51.05]])] }), 'frames[0].held.coordinates[0] is not closed: its last position must repeat its first'],
    ['a latitude out of range', withHeld({ type: 'Polygon', coordinates: [box(35, 51, 35.1, 95)] }), 'frames[0].held.coordinates[0][2] is out of range: longitude must be within ±180 and latitude within ±90, got [35.1, 95]'],
    ['a longitude out of range', withHeld({ type: 'Polygon', coordinates: [box(200, 51, 201, 51.1)] }), 'frames[0].held.coordinates[0][0] is out of range: longitude must be within ±180 and latitude within ±90, got [200, 51]'],
    ['NaN in a ring', withHeld({ type: 'Polygon', coordinates: [[[35, 51], [Number.NaN, 51], [35, 52], [35, 51]]] }), 'frames[0].held.coordinates[0][1] must hold two finite numbers, got [NaN, 51]'],
    ['a position as text', withHeld({ type: 'Polygon', coordinates: [[[35, 51], '35,52', [36, 52], [35, 51]]] }), 'frames[0].held.coordinates[0][1] must be a [longitude, latitude] pair, got "35,52"'],
    ['a bad date', withFrame({ date: '13/03/2025' }), 'frames[0].date must be a date written yyyy-mm-dd, got "13/03/2025"'],
    ['no label', withFrame({ label: undefined }), 'frames[0].label must be a non-empty text, or an object of texts by language with at least "en"'],
    ['a reported range the wrong way round', withFrame({ reported: { low: 9, high: 1, sources: ['x'] } }), 'frames[0].reported low must not be above high, got 9 and 1'],
    ['a negative reported figure', withFrame({ reported: { low: -1, high: 1, sources: ['x'] } }), 'frames[0].reported.low must be between 0 and 150000000, got -1'],
    ['an advance off the globe', withFrame({ advances: [{ from: [35, 51], to: [35, -91], label: 'x' }] }), 'frames[0].advances[0].to is out of range: longitude must be within ±180 and latitude within ±90, got [35, -91]'],
    ['a corridor of one point', withFrame({ corridor: { line: [[35, 51]], label: 'x' } }), 'frames[0].corridor.line must have at least 2 positions, got 1'],
    ['a corridor width of NaN', withFrame({ corridor: { line: [[35, 51], [35.1, 51]], widthKm: [Number.NaN, 13], label: 'x' } }), 'frames[0].corridor.widthKm[0] must be a finite number, got NaN'],
    ['a place with no rank', { ...small, places: [{ ...small.places![0], rank: 7 }] }, 'places[0].rank must be 1, 2 or 3, got 7'],
    ['a place off the globe', { ...small, places: [{ ...small.places![0], lat: 123 }] }, 'places[0].lat must be between -90 and 90, got 123'],
    ['a border that is not a line', { ...small, border: { type: 'Point', coordinates: [35, 51] } }, 'border.type must be "MultiLineString" or "LineString", got "Point"'],
    ['oblasts that are not a collection', { ...small, oblasts: { type: 'Feature', features: [] } }, 'oblasts.type must be "FeatureCollection", got "Feature"'],
  ])('refuses %s, saying where and why', (_name, input, message) => {
    expect(errors(input)[0]).toBe(message);
  });

  it('refuses repeated ids and frames out of date order', () => {
    expect(errors({ ...small, frames: [frame, frame] })).toContain('frames[1].id repeats "peak": frame ids must be unique');
    const [a, b] = small.frames;
    expect(errors({ ...small, frames: [b, { ...a, id: 'x' }] })).toEqual(['frames[1].date comes before the frame ahead of it: list the frames oldest first']);
  });

  it('reports one problem per broken ring, not one per position', () => {
    const ring = Array.from({ length: 5000 }, () => [999, 999]);
    ring.push(ring[0]);
    expect(errors(withHeld({ type: 'Polygon', coordinates: [ring] }))).toHaveLength(1);
  });

  it('refuses a paste too large to draw, quickly and with one message', () => {
    const n = LIMITS.positions + 10;
    const ring = Array.from({ length: n }, (_, i) => [35 + (i % 100) / 1000, 51 + Math.floor(i / 100) / 1e5]);
    ring.push(ring[0]);
    const start = performance.now();
    const found = errors(withHeld({ type: 'Polygon', coordinates: [ring] }));
    expect(performance.now() - start).toBeLessThan(200);
    expect(found).toEqual([`The data has more than ${LIMITS.positions.toLocaleString('en')} coordinate pairs: simplify the shapes`]);
    expect(errors({ frames: Array.from({ length: LIMITS.frames + 1 }, (_, i) => ({ ...frame, id: `f${i}` })) })[0]).toBe(
      `frames must have at most ${LIMITS.frames} entries, got ${LIMITS.frames + 1}`,
    );
  });

  it('refuses very long text', () => {
    expect(errors(withFrame({ label: 'x'.repeat(LIMITS.text + 1) }))).toEqual([`frames[0].label must be at most ${LIMITS.text} characters long`]);
  });
});
