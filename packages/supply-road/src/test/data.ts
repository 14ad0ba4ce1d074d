import type { SupplyRoadData } from '../schema.js';

/**
 * A stand-in for the Kursk dataset with the same shape, for tests that need data of their own. The positions are
 * invented round figures; the real, sourced ones are in `@salient/kursk-data`'s `supplyRoad`.
 */
export const sample: SupplyRoadData = {
  title: { en: 'The Sumy–Sudzha road under drone range (test data)', uk: 'Дорога Суми–Суджа в зоні дронів (тестові дані)' },
  source: 'Test data',
  border: {
    type: 'LineString',
    coordinates: [
      [35.0917, 51.1978],
      [35.0989, 51.1834],
      [35.1242, 51.0916],
      [35.144, 51.0588],
    ],
  },
  places: [
    { name: { en: 'Sumy', uk: 'Суми' }, lon: 34.8003, lat: 50.9216 },
    { name: { en: 'Martynovka', uk: 'Мартинівка' }, lon: 35.3664, lat: 51.2389 },
    { name: { en: 'Gornal', uk: 'Гірналь' }, lon: 35.2325, lat: 51.0661 },
  ],
  road: {
    name: { en: 'Sumy–Yunakivka–Sudzha road (H-07 / 38K-004)', uk: 'Дорога Суми–Юнаківка–Суджа (Н-07 / 38К-004)' },
    segments: [
      { name: 'H-07', from: 0, to: 3 },
      { name: '38K-004', from: 3, to: 4 },
    ],
    waypoints: [
      { lon: 34.8003, lat: 50.9216, name: { en: 'Sumy', uk: 'Суми' }, approximate: false },
      { lon: 34.92, lat: 51.03, approximate: true },
      { lon: 35.0385, lat: 51.1226, name: { en: 'Yunakivka', uk: 'Юнаківка' }, approximate: false },
      { lon: 35.1105, lat: 51.15, approximate: true },
      { lon: 35.2706, lat: 51.1914, name: { en: 'Sudzha', uk: 'Суджа' }, approximate: false },
    ],
  },
  steps: [
    {
      id: 'road-of-death',
      date: '2025-02-25',
      label: { en: 'The “road of death”', uk: '«Дорога смерті»' },
      positions: [{ lon: 35.2, lat: 51.26, rangeKm: 12, label: { en: 'Drone unit (test)', uk: 'Підрозділ дронів (тест)' }, approximate: true, source: 'test' }],
      summary: { en: 'Test summary one.', uk: 'Тестовий підсумок один.' },
      sources: ['Test source A'],
    },
    {
      id: 'march-7',
      date: '2025-03-07',
      label: { en: '5–7 km away', uk: 'За 5–7 км' },
      positions: [
        { lon: 35.06, lat: 51.19, rangeKm: 8, label: 'Position A', approximate: true },
        { lon: 35.2, lat: 51.24, rangeKm: 8, label: 'Position B', approximate: true },
      ],
      summary: { en: 'Test summary two.', uk: 'Тестовий підсумок два.' },
      sources: ['Test source B'],
    },
    {
      id: 'march-12',
      date: '2025-03-12',
      label: { en: 'Fire control', uk: 'Вогневий контроль' },
      positions: [],
      summary: 'Test summary three, with no positions.',
      sources: ['Test source C', 'Test source D'],
    },
  ],
  strikes: [
    { date: '2025-02-25', lon: 35.15, lat: 51.16, label: { en: 'Dozens of vehicles destroyed', uk: 'Знищено десятки машин' }, source: 'Forbes via Kyiv Post', approximate: true },
  ],
};
