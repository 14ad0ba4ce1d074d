import { describe, expect, it } from 'vitest';
import { checkFeatures, checkGeometry, checkLine, checkLonLat, checkPlace, checkPosition, checkRing, GeoIssues } from './geo-validate.js';

const square = [[35, 51], [35.1, 51], [35.1, 51.1], [35, 51.1], [35, 51]];
function found(check: (issues: GeoIssues) => unknown, maxPositions?: number): string[] {
  const issues = new GeoIssues(maxPositions);
  check(issues);
  return issues.list;
}

describe('checkPosition', () => {
  it('takes [lon, lat], with a height allowed, finite and on the globe', () => {
    expect(found((i) => checkPosition(i, [35.27, 51.19], 'p'))).toEqual([]);
    expect(found((i) => checkPosition(i, [35.27, 51.19, 180], 'p'))).toEqual([]);
    expect(found((i) => checkPosition(i, [-180, -90], 'p'))).toEqual([]);
  });
  it('says which way a position is wrong', () => {
    expect(found((i) => checkPosition(i, '35,51', 'p'))).toEqual(['p must be a [longitude, latitude] pair, got "35,51"']);
    expect(found((i) => checkPosition(i, [35], 'p'))).toEqual(['p must be a [longitude, latitude] pair, got a list of 1']);
    expect(found((i) => checkPosition(i, [1, 2, 3, 4], 'p'))).toEqual(['p must be a [longitude, latitude] pair, got a list of 4']);
    expect(found((i) => checkPosition(i, [Number.NaN, 51], 'p'))).toEqual(['p must hold two finite numbers, got [NaN, 51]']);
    expect(found((i) => checkPosition(i, [35, '51'], 'p'))).toEqual(['p must hold two finite numbers, got [35, "51"]']);
    expect(found((i) => checkPosition(i, [200, 51], 'p'))).toEqual(['p is out of range: longitude must be within ±180 and latitude within ±90, got [200, 51]']);
    expect(found((i) => checkPosition(i, [35, -91], 'p'))).toEqual(['p is out of range: longitude must be within ±180 and latitude within ±90, got [35, -91]']);
  });
});

describe('checkLine and checkRing', () => {
  it('takes lines of enough positions, and reports only the first bad one', () => {
    expect(found((i) => checkLine(i, [[35, 51], [35.1, 51]], 'line'))).toEqual([]);
    expect(found((i) => checkLine(i, [[35, 51]], 'line'))).toEqual(['line must have at least 2 positions, got 1']);
    expect(found((i) => checkLine(i, square, 'line', { max: 3 }))).toEqual(['line must have at most 3 positions, got 5']);
    expect(found((i) => checkLine(i, Array.from({ length: 1000 }, () => [999, 999]), 'line'))).toHaveLength(1);
    expect(found((i) => checkLine(i, {}, 'line'))).toEqual(['line must be a list, got an object']);
  });
  it('takes closed rings of at least four positions', () => {
    expect(found((i) => checkRing(i, square, 'ring'))).toEqual([]);
    expect(found((i) => checkRing(i, square.slice(0, 3), 'ring'))).toEqual(['ring must have at least 4 positions, got 3']);
    expect(found((i) => checkRing(i, [...square.slice(0, 4), [35.05, 51.05]], 'ring'))).toEqual(['ring is not closed: its last position must repeat its first']);
  });
  it('names the first bad position of a line, whatever is wrong with it, and only that one', () => {
    const line = (bad: unknown) => [[35, 51], [35.1, 51.1], bad, [35.3, 51.3], 'later'];
    expect(found((i) => checkLine(i, line([35.2, NaN]), 'l'))).toEqual(['l[2] must hold two finite numbers, got [35.2, NaN]']);
    expect(found((i) => checkLine(i, line([Infinity, 51]), 'l'))).toEqual(['l[2] must hold two finite numbers, got [Infinity, 51]']);
    expect(found((i) => checkLine(i, line([181, 51]), 'l'))).toEqual([
      'l[2] is out of range: longitude must be within ±180 and latitude within ±90, got [181, 51]',
    ]);
    expect(found((i) => checkLine(i, line(['35', 51]), 'l'))).toEqual(['l[2] must hold two finite numbers, got ["35", 51]']);
    expect(found((i) => checkLine(i, line([35]), 'l'))).toEqual(['l[2] must be a [longitude, latitude] pair, got a list of 1']);
    expect(found((i) => checkLine(i, line([35.2, 51.2, 120]), 'l'))).toEqual(['l[4] must be a [longitude, latitude] pair, got "later"']);
  });
  it('counts positions against the cap and says so once', () => {
    const issues = new GeoIssues(8);
    expect(checkLine(issues, square, 'a')).toBe(true);
    expect(checkLine(issues, square, 'b')).toBe(false);
    expect(checkLine(issues, square, 'c')).toBe(false);
    expect(issues.full).toBe(true);
    expect(issues.list).toEqual(['The data has more than 8 coordinate pairs: simplify the shapes']);
    expect(found((i) => checkLine(i, square, 'big'), 4)).toEqual(['The data has more than 4 coordinate pairs: simplify the shapes']);
  });
});

describe('checkGeometry', () => {
  const polygons = ['Polygon', 'MultiPolygon'] as const;
  it('walks GeoJSON lines and polygons to every position', () => {
    expect(found((i) => checkGeometry(i, { type: 'Polygon', coordinates: [square] }, 'g', polygons))).toEqual([]);
    expect(found((i) => checkGeometry(i, { type: 'MultiPolygon', coordinates: [[square], [square]] }, 'g', polygons))).toEqual([]);
    expect(found((i) => checkGeometry(i, { type: 'MultiPolygon', coordinates: [] }, 'g', polygons))).toEqual([]);
    expect(found((i) => checkGeometry(i, { type: 'LineString', coordinates: square }, 'g', ['LineString']))).toEqual([]);
    expect(found((i) => checkGeometry(i, { type: 'MultiLineString', coordinates: [square, square] }, 'g', ['MultiLineString']))).toEqual([]);
  });
  it('says where a geometry is wrong', () => {
    expect(found((i) => checkGeometry(i, null, 'g', polygons))).toEqual(['g must be an object, got null']);
    expect(found((i) => checkGeometry(i, { type: 'Polgon', coordinates: [] }, 'g', polygons))).toEqual(['g.type must be "Polygon" or "MultiPolygon", got "Polgon"']);
    expect(found((i) => checkGeometry(i, { type: 'LineString', coordinates: square }, 'g', polygons))).toEqual(['g.type must be "Polygon" or "MultiPolygon", got "LineString"']);
    expect(found((i) => checkGeometry(i, { type: 'Polygon', coordinates: [] }, 'g', polygons))).toEqual(['g.coordinates has no coordinates: a polygon needs at least one ring']);
    expect(found((i) => checkGeometry(i, { type: 'MultiPolygon', coordinates: [[square], [square.slice(1)]] }, 'g', polygons))).toEqual([
      'g.coordinates[1][0] is not closed: its last position must repeat its first',
    ]);
    expect(found((i) => checkGeometry(i, { type: 'MultiLineString', coordinates: [square, [[35, 95], [35, 51]]] }, 'g', ['MultiLineString']))).toEqual([
      'g.coordinates[1][0] is out of range: longitude must be within ±180 and latitude within ±90, got [35, 95]',
    ]);
  });
});

describe('checkFeatures', () => {
  const feature = (geometry: unknown, properties: unknown = { name: 'Kursk' }) => ({ type: 'Feature', properties, geometry });
  const polygon = { type: 'Polygon', coordinates: [square] };
  const named = (issues: GeoIssues) => (properties: Record<string, unknown>, path: string) => issues.text(properties.name, `${path}.name`);
  it('takes a FeatureCollection of features of the kinds asked for, and checks their properties', () => {
    expect(found((i) => checkFeatures(i, { type: 'FeatureCollection', features: [feature(polygon)] }, 'fc', ['Polygon'], 10, named(i)))).toEqual([]);
    expect(found((i) => checkFeatures(i, { type: 'FeatureCollection', features: [feature(polygon, null)] }, 'fc', ['Polygon'], 10))).toEqual([]);
  });
  it('says where a collection is wrong, and caps its size', () => {
    expect(found((i) => checkFeatures(i, { type: 'Feature', features: [] }, 'fc', ['Polygon'], 10))).toEqual(['fc.type must be "FeatureCollection", got "Feature"']);
    expect(found((i) => checkFeatures(i, { type: 'FeatureCollection', features: [feature(polygon), feature(polygon)] }, 'fc', ['Polygon'], 1))).toEqual([
      'fc.features must have at most 1 entries, got 2',
    ]);
    expect(found((i) => checkFeatures(i, { type: 'FeatureCollection', features: [{ ...feature(polygon), type: 'Feat' }] }, 'fc', ['Polygon'], 10))).toEqual([
      'fc.features[0].type must be "Feature", got "Feat"',
    ]);
    expect(found((i) => checkFeatures(i, { type: 'FeatureCollection', features: [feature(polygon, { name: '' })] }, 'fc', ['Polygon'], 10, named(i)))).toEqual([
      'fc.features[0].properties.name must be a non-empty text, or an object of texts by language with at least "en"',
    ]);
    expect(found((i) => checkFeatures(i, { type: 'FeatureCollection', features: [feature(polygon, 'x')] }, 'fc', ['Polygon'], 10, named(i)))).toEqual([
      'fc.features[0].properties must be an object, got "x"',
    ]);
  });
});

describe('checkPlace and checkLonLat', () => {
  it('takes a named place with lon and lat, and optional approximate and note', () => {
    const issues = new GeoIssues();
    expect(checkPlace(issues, { name: { en: 'Sudzha', uk: 'Суджа' }, lon: 35.27, lat: 51.19, approximate: true, note: 'centre' }, 'p')).toBe(true);
    expect(checkLonLat(issues, { lon: 35.27, lat: 51.19 }, 'q')).toBe(true);
    expect(issues.list).toEqual([]);
  });
  it('says what is wrong with a place, and leaves the rest to the graphic', () => {
    const issues = new GeoIssues();
    expect(checkPlace(issues, [], 'a')).toBe(false);
    expect(checkPlace(issues, { name: 'x'.repeat(20), lon: 200, lat: Number.NaN, approximate: 'yes', note: '' }, 'b', { maxText: 10 })).toBe(true);
    expect(issues.list).toEqual([
      'a must be an object, got a list',
      'b.name must be at most 10 characters long',
      'b.lon must be between -180 and 180, got 200',
      'b.lat must be a finite number, got NaN',
      'b.approximate must be true or false',
      'b.note must be a non-empty text, or an object of texts by language with at least "en"',
    ]);
  });
});
