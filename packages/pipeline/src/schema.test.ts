import { describe, expect, it } from 'vitest';
import { pipeline } from '@salient/kursk-data';
import { borderLines, validatePipeline, type PipelineData } from './schema.js';
import { sample } from './test/sample.js';

function errors(input: unknown): string[] {
  const result = validatePipeline(input);
  return result.ok ? [] : result.errors;
}

/** The sample with one part broken. Bad values are cast: the point is that they are bad. */
function with_(patch: (copy: PipelineData) => void): unknown {
  const copy = structuredClone(sample);
  patch(copy);
  return copy;
}
const loose = (value: object) => value as Record<string, unknown>;

describe('validatePipeline', () => {
  it('accepts the Kursk dataset as-is', () => {
    const kursk: PipelineData = pipeline; // also a compile-time check that the shapes agree
    expect(errors(kursk)).toEqual([]);
    expect(validatePipeline(kursk)).toEqual({ ok: true, value: kursk });
  });

  it('accepts the sample, and the border as bare lines or GeoJSON', () => {
    expect(errors(sample)).toEqual([]);
    const line = sample.border as [number, number][];
    expect(errors(with_((d) => (d.border = { type: 'LineString', coordinates: line })))).toEqual([]);
    expect(errors(with_((d) => (d.border = { type: 'MultiLineString', coordinates: [line, line] })))).toEqual([]);
    expect(errors(with_((d) => (d.border = [line, line])))).toEqual([]);
    expect(borderLines({ type: 'LineString', coordinates: line })).toEqual([line]);
    expect(borderLines([line])).toEqual([line]);
    expect(borderLines(line)).toEqual([line]);
    expect(borderLines(undefined)).toEqual([]);
  });

  it.each([
    ['null', null, 'The data must be an object, got null'],
    ['no pipe', with_((d) => delete loose(d).pipe), 'pipe must be an object, got nothing'],
    ['a pipe 10 m across', with_((d) => (d.pipe.diameterM = 10)), 'pipe.diameterM must be between 0.3 and 5, got 10'],
    ['a pipe 1 cm across', with_((d) => (d.pipe.diameterM = 0.01)), 'pipe.diameterM must be between 0.3 and 5, got 0.01'],
    ['a NaN diameter', with_((d) => (d.pipe.diameterM = Number.NaN)), 'pipe.diameterM must be a finite number, got NaN'],
    ['a longitude out of range', with_((d) => (d.route.line[1] = [235, 51.2])), 'route.line[1] is out of range: longitude must be within ±180 and latitude within ±90, got [235, 51.2]'],
    ['a NaN latitude', with_((d) => (d.frontLine.line[0] = [35, Number.NaN])), 'frontLine.line[0] must hold two finite numbers, got [35, NaN]'],
    ['a point that is a string', with_((d) => (d.route.line[0] = '35,51' as never)), 'route.line[0] must be a [longitude, latitude] pair, got "35,51"'],
    ['a one-point route', with_((d) => (d.route.line = [[35, 51]])), 'route.line must have at least 2 positions, got 1'],
    ['a route with no length', with_((d) => (d.route.line = [[35, 51], [35, 51]])), 'route.line must have two different points: it has no length'],
    ['a route of a million points', with_((d) => (d.route.line = Array.from({ length: 1_000_000 }, (): [number, number] => [35, 51]))), 'route.line must have at most 5000 positions, got 1000000'],
    ['lengths the wrong way round', with_((d) => Object.assign(d.lengthKm, { low: 15, high: 12 })), 'lengthKm.high must not be below low (15), got 12'],
    ['a negative soldier count', with_((d) => (d.soldiers.low = -5)), 'soldiers.low must be between 1 and 1000000, got -5'],
    ['no high end of the range', with_((d) => delete loose(d.soldiers).high), 'soldiers.high must be a finite number, got nothing'],
    ['an estimate range the wrong way round', with_((d) => (d.soldiers.estimates[0] = { text: 'x', low: 800, high: 100, source: 'x' })), 'soldiers.estimates[0].high must not be below low (800), got 100'],
    ['an estimate with no source', with_((d) => delete loose(d.lengthKm.estimates[1]).source), 'lengthKm.estimates[1].source must be a non-empty text, got nothing'],
    ['groups of 2.5', with_((d) => (d.group.size = 2.5)), 'group.size must be a whole number'],
    ['groups of a thousand', with_((d) => (d.group.size = 1000)), 'group.size must be between 1 and 100, got 1000'],
    ['a time without an offset', with_((d) => (d.timeline.moments[0].time = '2025-03-02T06:00')), 'timeline.moments[0].time must be a date and time with its offset, like 2025-03-08T05:30+03:00, got "2025-03-02T06:00"'],
    ['a time that is no date', with_((d) => (d.timeline.start = '2025-02-30T00:00+03:00')), 'timeline.start must be a date and time with its offset, like 2025-03-08T05:30+03:00, got "2025-02-30T00:00+03:00"'],
    ['an end before the start', with_((d) => (d.timeline.end = '2025-03-01T00:00+03:00')), 'timeline.end must come after timeline.start'],
    ['a year-long timeline', with_((d) => (d.timeline.end = '2026-03-01T00:00+03:00')), 'timeline.end must be at most 60 days after timeline.start'],
    ['a moment after the end', with_((d) => (d.timeline.moments[4].time = '2025-03-09T00:00+03:00')), 'timeline.moments[4].time must be between timeline.start and timeline.end'],
    ['moments out of time order', with_((d) => (d.timeline.moments[2].time = '2025-03-02T12:00+03:00')), 'timeline.moments[2].time must come after the moment before it'],
    ['moments out of story order', with_((d) => ([d.timeline.moments[1], d.timeline.moments[2]] = [{ ...d.timeline.moments[2], time: d.timeline.moments[1].time }, { ...d.timeline.moments[1], time: d.timeline.moments[2].time }])), 'timeline.moments[2].id "halfway" must come before "waiting": list the moments in the order entry, halfway, waiting, emergence, strikes'],
    ['an unknown moment', with_((d) => (d.timeline.moments[1].id = 'lunch' as never)), 'timeline.moments[1].id must be one of entry, halfway, waiting, emergence, strikes, got "lunch"'],
    ['a repeated moment', with_((d) => (d.timeline.moments[1].id = 'entry')), 'timeline.moments[1].id repeats "entry": each moment comes once'],
    ['no emergence', with_((d) => d.timeline.moments.splice(3, 2)), 'timeline.moments must include the "emergence" moment'],
    ['a moment with no sources', with_((d) => (d.timeline.moments[0].sources = [])), 'timeline.moments[0].sources must have at least 1 entry, got 0'],
    ['a label with no English', with_((d) => (d.timeline.moments[0].label = { uk: 'Вхід' } as never)), 'timeline.moments[0].label must be a non-empty text, or an object of texts by language with at least "en"'],
    ['a huge text', with_((d) => (d.timeline.moments[0].text = 'x'.repeat(5000))), 'timeline.moments[0].text must be at most 2000 characters long'],
    ['a place with no position', with_((d) => delete loose(d.places![0]).lat), 'places[0].lat must be a finite number, got nothing'],
    ['a border of the wrong kind', with_((d) => (d.border = { type: 'Polygon', coordinates: [] } as never)), 'border.type must be "LineString" or "MultiLineString", got "Polygon"'],
    ['a bad front-line date', with_((d) => (d.frontLine.date = '6 March')), 'frontLine.date must be a date written yyyy-mm-dd, got "6 March"'],
  ])('refuses %s, saying where and why', (_name, input, message) => {
    expect(errors(input)[0]).toBe(message);
  });

  it('reports every problem, not just the first', () => {
    const bad = with_((d) => {
      d.pipe.diameterM = -1;
      d.lengthKm.low = Number.NaN;
      d.group.spacingM = 'ten' as never;
    });
    expect(errors(bad)).toHaveLength(3);
  });
});
