import { describe, expect, it } from 'vitest';
import { supplyRoad } from '@salient/kursk-data';
import { LIMITS, validateSupplyRoad, type SupplyRoadData } from './schema.js';
import { sample } from './test/data.js';

function errors(input: unknown): string[] {
  const result = validateSupplyRoad(input);
  return result.ok ? [] : result.errors;
}

/** The sample with one change, deep-copied so tests do not share objects. */
function edit(change: (data: SupplyRoadData) => void): unknown {
  const copy = structuredClone(sample);
  change(copy);
  return copy;
}

describe('validateSupplyRoad', () => {
  it('accepts good data, and the Kursk dataset as-is', () => {
    expect(validateSupplyRoad(sample)).toEqual({ ok: true, value: sample });
    const kursk: SupplyRoadData = supplyRoad; // also a compile-time check that the shapes agree
    expect(validateSupplyRoad(kursk)).toEqual({ ok: true, value: kursk });
  });

  it.each([
    ['null', null, 'The data must be an object, got null'],
    ['a list', [], 'The data must be an object, got a list'],
    ['no road', edit((d) => delete (d as Partial<SupplyRoadData>).road), 'road must be an object, got nothing'],
    ['one waypoint', edit((d) => d.road.waypoints.splice(1)), 'road.waypoints must have at least 2 entries, got 1'],
    ['a NaN longitude', edit((d) => (d.road.waypoints[1].lon = Number.NaN)), 'road.waypoints[1].lon must be a finite number, got NaN'],
    ['a latitude past the pole', edit((d) => (d.road.waypoints[0].lat = 91)), 'road.waypoints[0].lat must be between -90 and 90, got 91'],
    ['a longitude as text', edit((d) => ((d.road.waypoints[0] as unknown as { lon: string }).lon = '34.8')), 'road.waypoints[0].lon must be a finite number, got "34.8"'],
    ['a road of one point', edit((d) => d.road.waypoints.forEach((w) => Object.assign(w, { lon: 35, lat: 51 }))), 'road.waypoints must not all be the same point: the road has no length'],
    ['a road across a continent', edit((d) => (d.road.waypoints[4].lon = 60)), /^road\.waypoints make a road \d+ km long; at most 1000 km can be drawn$/],
    ['a range of 0 km', edit((d) => (d.steps[0].positions[0].rangeKm = 0)), 'steps[0].positions[0].rangeKm must be more than 0 km'],
    ['a negative range', edit((d) => (d.steps[0].positions[0].rangeKm = -5)), 'steps[0].positions[0].rangeKm must be between 0 and 100, got -5'],
    ['a range over 100 km', edit((d) => (d.steps[0].positions[0].rangeKm = 250)), 'steps[0].positions[0].rangeKm must be between 0 and 100, got 250'],
    ['an infinite range', edit((d) => (d.steps[0].positions[0].rangeKm = Infinity)), 'steps[0].positions[0].rangeKm must be a finite number, got Infinity'],
    ['a position far from the road', edit((d) => (d.steps[0].positions[0].lat = 60)), /^steps\[0\]\.positions\[0\] is \d+ km from the road; a position more than 300 km away is probably a typing error$/],
    ['a position with no label', edit((d) => delete (d.steps[0].positions[0] as Partial<{ label: unknown }>).label), 'steps[0].positions[0].label must be a non-empty text, or an object of texts by language with at least "en"'],
    ['no steps', edit((d) => (d.steps = [])), 'steps must have at least 1 entry, got 0'],
    ['a bad date', edit((d) => (d.steps[1].date = '7 March')), 'steps[1].date must be a date written yyyy-mm-dd, got "7 March"'],
    ['a step with no sources', edit((d) => (d.steps[0].sources = [])), 'steps[0].sources must have at least 1 entry, got 0'],
    ['a step with no summary', edit((d) => delete (d.steps[0] as Partial<{ summary: unknown }>).summary), 'steps[0].summary must be a non-empty text, or an object of texts by language with at least "en"'],
    ['two steps with one id', edit((d) => (d.steps[1].id = d.steps[0].id)), 'steps[1].id repeats "road-of-death": every step needs its own id'],
    ['positions that are not a list', edit((d) => ((d.steps[0] as unknown as { positions: unknown }).positions = {})), 'steps[0].positions must be a list, got an object'],
    ['a strike with a NaN latitude', edit((d) => (d.strikes![0].lat = Number.NaN)), 'strikes[0].lat must be a finite number, got NaN'],
    ['a strike with no source', edit((d) => ((d.strikes![0] as unknown as { source: string }).source = '')), 'strikes[0].source must be a non-empty text, got ""'],
    ['a place with no name', edit((d) => delete (d.places![0] as Partial<{ name: unknown }>).name), 'places[0].name must be a non-empty text, or an object of texts by language with at least "en"'],
    ['a border of points', edit((d) => (d.border = { type: 'Point', coordinates: [35, 51] } as never)), 'border.type must be "LineString" or "MultiLineString", got "Point"'],
    ['a border with a bad coordinate', edit((d) => ((d.border as { coordinates: unknown[] }).coordinates[2] = [35, 'x'])), 'border.coordinates[2] must hold two finite numbers, got [35, "x"]'],
    ['oblasts that are not a collection', edit((d) => (d.oblasts = { type: 'Feature' } as never)), 'oblasts.type must be "FeatureCollection", got "Feature"'],
    ['a segment pointing past the waypoints', edit((d) => (d.road.segments![1].to = 9)), 'road.segments[1].to must be a waypoint index from 0 to 4, got 9'],
    ['a flag that is not true or false', edit((d) => ((d.road.waypoints[3] as unknown as { border: string }).border = 'yes')), 'road.waypoints[3].border must be true or false'],
  ])('refuses %s, saying where and why', (_name, input, message) => {
    const [first] = errors(input);
    if (typeof message === 'string') expect(first).toBe(message);
    else expect(first).toMatch(message);
  });

  it('caps sizes so hostile input cannot hang the page', () => {
    const many = Array.from({ length: LIMITS.waypoints + 1 }, (_, i) => ({ lon: 35 + i * 1e-5, lat: 51 }));
    expect(errors(edit((d) => (d.road.waypoints = many)))).toEqual([`road.waypoints must have at most ${LIMITS.waypoints} entries, got ${LIMITS.waypoints + 1}`]);
    const huge = Array.from({ length: LIMITS.coordinates + 10 }, () => [35, 51]);
    expect(errors(edit((d) => (d.border = { type: 'LineString', coordinates: huge }))).at(0)).toBe('The data has more than 200,000 coordinate pairs: simplify the shapes');
    const steps = Array.from({ length: LIMITS.steps + 1 }, (_, i) => ({ ...sample.steps[0], id: `s${i}` }));
    expect(errors(edit((d) => (d.steps = steps)))).toEqual([`steps must have at most ${LIMITS.steps} entries, got ${LIMITS.steps + 1}`]);
  });

  it('refuses steps out of date order', () => {
    expect(errors(edit((d) => d.steps.reverse()))).toEqual(['steps[1].date comes before the step ahead of it: list the steps oldest first']);
  });

  it('reports every problem, not just the first', () => {
    expect(errors(edit((d) => Object.assign(d.steps[0].positions[0], { lon: Number.NaN, lat: 200, rangeKm: 0 })))).toHaveLength(3);
  });

  it('accepts GeoJSON oblasts and borders in any wrapping', () => {
    const ring = [[35, 51], [35.1, 51], [35.1, 51.1], [35, 51]];
    const oblasts = { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, properties: { country: 'RU' }, geometry: { type: 'Polygon' as const, coordinates: [ring] } }] };
    const line = { type: 'LineString' as const, coordinates: [[35, 51], [35.1, 51.1]] };
    for (const border of [line, { type: 'Feature' as const, properties: {}, geometry: line }, { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, properties: {}, geometry: line }] }]) {
      expect(errors(edit((d) => Object.assign(d, { oblasts, border })))).toEqual([]);
    }
  });
});
