import type { EncirclementData } from '../schema.js';

/** A box from west to east, south to north, wound as RFC 7946 asks (anticlockwise): the element must cope. */
export function box(west: number, south: number, east: number, north: number): number[][] {
  return [[west, south], [east, south], [east, north], [west, north], [west, south]];
}

/** A small hand-made dataset: three frames that shrink, one a MultiPolygon, with advances and a corridor. */
export const small: EncirclementData = {
  title: { en: 'Held area (test)', uk: 'Утримувана площа (тест)' },
  source: 'Test data',
  oblasts: {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { name: { en: 'North oblast', uk: 'Північна область' }, country: 'RU' }, geometry: { type: 'Polygon', coordinates: [box(34.4, 51.05, 36.1, 51.9)] } },
      { type: 'Feature', properties: { name: { en: 'South oblast', uk: 'Південна область' }, country: 'UA' }, geometry: { type: 'Polygon', coordinates: [box(34.4, 50.5, 36.1, 51.05)] } },
    ],
  },
  border: { type: 'MultiLineString', coordinates: [[[34.4, 51.05], [36.1, 51.05]]] },
  places: [
    { id: 'sudzha', name: { en: 'Sudzha', uk: 'Суджа' }, lat: 51.1914, lon: 35.2706, country: 'RU', rank: 1, source: 'test' },
    { id: 'goncharovka', name: 'Goncharovka', lat: 51.1911, lon: 35.2519, country: 'RU', rank: 3, source: 'test' },
    { id: 'zaoleshenka', name: 'Zaoleshenka', lat: 51.2028, lon: 35.2581, country: 'RU', rank: 3, source: 'test' },
    { id: 'martynovka', name: 'Martynovka', lat: 51.2389, lon: 35.3664, country: 'RU', rank: 2, source: 'test' },
    { id: 'yunakivka', name: { en: 'Yunakivka', uk: 'Юнаківка' }, lat: 51.0226, lon: 35.0385, country: 'UA', rank: 2, source: 'test' },
    { id: 'guevo', name: 'Guevo', lat: 51.1, lon: 35.28, country: 'RU', rank: 3, source: 'test', approximate: true },
  ],
  frames: [
    {
      id: 'peak',
      date: '2024-08-27',
      label: { en: 'Peak', uk: 'Пік' },
      held: { type: 'Polygon', coordinates: [box(35.0, 51.05, 35.5, 51.4)] },
      approximate: true,
      reported: { low: 1150, high: 1376, sources: ['Syrskyi', 'General Staff'] },
      sources: ['Drawn for the test'],
      note: { en: 'The largest extent.', uk: 'Найбільша площа.' },
      advances: [],
    },
    {
      id: 'march-6',
      date: '2025-03-06',
      label: { en: 'Breakthrough', uk: 'Прорив' },
      held: {
        type: 'MultiPolygon',
        coordinates: [[box(35.1, 51.05, 35.35, 51.25)], [box(35.4, 51.3, 35.45, 51.33)]],
      },
      approximate: true,
      reported: { low: 400, high: 500, sources: ['DeepState'] },
      sources: ['Drawn for the test'],
      advances: [
        { from: [35.25, 51.45], to: [35.25, 51.28], label: { en: 'From the north', uk: 'З півночі' } },
        { from: [35.65, 51.2], to: [35.38, 51.18], label: { en: 'From the east', uk: 'Зі сходу' } },
      ],
      corridor: {
        line: [[35.27, 51.19], [35.15, 51.06], [35.04, 51.02]],
        widthKm: [12, 13],
        source: 'ISW',
        label: { en: 'Corridor', uk: 'Коридор' },
      },
    },
    {
      id: 'march-13',
      date: '2025-03-13',
      label: { en: 'Sudzha lost', uk: 'Суджу втрачено' },
      held: { type: 'Polygon', coordinates: [box(35.15, 51.05, 35.3, 51.15).reverse()] },
      approximate: true,
      reported: { low: 77, high: 140, sources: ['DeepState', 'Black Bird Group'] },
      sources: ['Drawn for the test'],
      advances: [
        { from: [35.27, 51.3], to: [35.25, 51.17], label: 'Into Sudzha' },
        { from: [35.5, 51.0], to: [35.32, 51.09], label: 'From the south-east' },
        { from: [34.95, 51.25], to: [35.13, 51.12], label: 'From the west' },
      ],
      corridor: { line: [[35.22, 51.1], [35.15, 51.05], [35.04, 51.02]], widthKm: [5, 7], label: 'Corridor' },
    },
  ],
};
