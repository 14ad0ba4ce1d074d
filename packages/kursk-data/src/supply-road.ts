/*
 * Data for `<salient-supply-road>`: the main road from Sumy to Sudzha, the salient's supply line, and how Russian
 * drones and guns closed on it in February–March 2025. Assign as-is: `el.data = supplyRoad`. The element owns the
 * type; its tests check this dataset against it.
 *
 * The road is drawn through the places the fact sheet gives (Sumy, Yunakivka, Goncharovka, Sudzha) and where the
 * straight line from Yunakivka toward Sudzha meets the border (the checkpoint); the points in between are
 * interpolated (`approximate: true`), so the drawn road is shorter than the driven one. Russian positions are
 * estimates placed to match the distances reported, and every one is `approximate: true`. Say "the main road",
 * never "the only paved road": no source supports that.
 *
 * `segments` name stretches of the road by waypoint index (`from`, `to`, inclusive).
 * Range circles: the 7 March report put Russian positions 5–7 km from the road "within drone range", so positions
 * from March carry `rangeKm: 7`. The sources give no range for the Rubicon unit; its circle is drawn to reach the
 * road and its note says so.
 */
import { border, oblasts, places } from './geo.js';

export const supplyRoad = {
  title: { en: 'The road to Sudzha', uk: 'Дорога на Суджу' },
  source: {
    en:
      'Forbes via Kyiv Post, uawire.org, RFE/RL, Suspilne via Kyiv Post, Baltic Sentinel. Road drawn through the ' +
      'named places; positions approximate. Map: Natural Earth.',
    uk:
      'Forbes через Kyiv Post, uawire.org, Радіо Свобода, Суспільне через Kyiv Post, Baltic Sentinel. Дорогу ' +
      'проведено через названі населені пункти; позиції орієнтовні. Мапа: Natural Earth.',
  },
  oblasts,
  border,
  places,
  road: {
    name: { en: 'H-07 / 38K-004', uk: 'Н-07 / 38К-004' },
    segments: [
      {
        name: 'H-07',
        label: { en: 'H-07 (N-07), Kyiv–Sumy–Yunakivka', uk: 'Н-07, Київ — Суми — Юнаківка' },
        from: 0,
        to: 7,
      },
      {
        name: '38K-004',
        label: { en: '38K-004 (old R-200), border–Sudzha', uk: '38К-004 (колишня Р-200), кордон — Суджа' },
        from: 7,
        to: 11,
      },
    ],
    waypoints: [
      { lon: 34.8003, lat: 50.9216, name: { en: 'Sumy', uk: 'Суми' }, approximate: false },
      { lon: 34.806, lat: 50.956, approximate: true },
      { lon: 34.845, lat: 51.003, approximate: true },
      { lon: 34.893, lat: 51.043, approximate: true },
      { lon: 34.948, lat: 51.074, approximate: true },
      { lon: 34.998, lat: 51.101, approximate: true },
      { lon: 35.0385, lat: 51.1226, name: { en: 'Yunakivka', uk: 'Юнаківка' }, approximate: false },
      {
        lon: 35.1068,
        lat: 51.1445,
        name: { en: 'Yunakivka checkpoint', uk: 'Пункт пропуску «Юнаківка»' },
        approximate: true,
      },
      { lon: 35.1119, lat: 51.1462, approximate: true },
      { lon: 35.19, lat: 51.17, approximate: true },
      { lon: 35.2519, lat: 51.1911, name: { en: 'Goncharovka', uk: 'Гончарівка' }, approximate: false },
      { lon: 35.2706, lat: 51.1914, name: { en: 'Sudzha', uk: 'Суджа' }, approximate: false },
    ],
  },
  steps: [
    {
      id: 'road-of-death',
      date: '2025-02-25',
      label: { en: 'The “road of death”', uk: '«Дорога смерті»' },
      positions: [
        {
          lon: 35.03,
          lat: 51.27,
          rangeKm: 15,
          label: {
            en: 'Rubicon drone unit, Sverdlikovo (position estimated)',
            uk: 'Підрозділ дронів «Рубікон», Свердликове (розташування орієнтовне)',
          },
          approximate: true,
          source: 'balticsentinel.eu',
          note: {
            en:
              'No coordinates were found for Sverdlikovo: it is placed between Korenevo and the border, west of the ' +
              'salient. The circle shows the distance to the road, about 15 km; the sources give no range.',
            uk:
              'Координат Свердликового не знайдено: його позначено між Кореневим і кордоном, на захід від виступу. ' +
              'Коло показує відстань до дороги, близько 15 км; дальності джерела не наводять.',
          },
        },
      ],
      summary: {
        en:
          'By 24–25 February the road was being called the “road of death”: strikes on 25 February destroyed dozens ' +
          'of vehicles (Forbes, via Kyiv Post). Russia’s Rubicon drone unit had operated from Sverdlikovo since ' +
          'January (Baltic Sentinel).',
        uk:
          'На 24–25 лютого дорогу вже називали «дорогою смерті»: удари 25 лютого знищили десятки машин (Forbes, через ' +
          'Kyiv Post). Російський підрозділ дронів «Рубікон» діяв зі Свердликового з січня (Baltic Sentinel).',
      },
      sources: ['Forbes via Kyiv Post', 'balticsentinel.eu'],
    },
    {
      id: 'march-7',
      date: '2025-03-07',
      label: { en: '5–7 km from the road', uk: '5–7 км від дороги' },
      positions: [
        {
          lon: 35.15,
          lat: 51.226,
          rangeKm: 7,
          label: { en: 'Russian positions north of the road', uk: 'Російські позиції на північ від дороги' },
          approximate: true,
          source: 'uawire.org',
        },
        {
          lon: 35.185,
          lat: 51.112,
          rangeKm: 7,
          label: {
            en: 'Russian positions south of the road, after the breakthrough',
            uk: 'Російські позиції на південь від дороги після прориву',
          },
          approximate: true,
          source: 'uawire.org',
        },
      ],
      summary: {
        en:
          'Russian positions were 5–7 km from the main road, within drone range (uawire.org). On 6 March the ' +
          'corridor to the border had narrowed to 12–13 km.',
        uk:
          'Російські позиції були за 5–7 км від головної дороги, у межах досяжності дронів (uawire.org). 6 березня ' +
          'коридор до кордону звузився до 12–13 км.',
      },
      sources: ['uawire.org'],
    },
    {
      id: 'march-10',
      date: '2025-03-10',
      label: { en: 'Within 5 km of the N-07', uk: 'Менш ніж за 5 км від Н-07' },
      positions: [
        {
          lon: 35.1,
          lat: 51.186,
          rangeKm: 7,
          label: {
            en: 'Russian forces at the border, within 5 km of the N-07',
            uk: 'Російські сили біля кордону, менш ніж за 5 км від Н-07',
          },
          approximate: true,
          source: 'RFE/RL',
        },
      ],
      summary: {
        en: 'Russian forces were within 5 km of the N-07, the road’s Ukrainian part (RFE/RL).',
        uk: 'Російські сили були менш ніж за 5 км від траси Н-07, української частини дороги (Радіо Свобода).',
      },
      sources: ['RFE/RL'],
    },
    {
      id: 'march-12',
      date: '2025-03-12',
      label: { en: 'Fire control', uk: 'Вогневий контроль' },
      positions: [
        {
          lon: 35.104,
          lat: 51.166,
          rangeKm: 7,
          label: { en: 'At the border, north of the checkpoint', uk: 'Біля кордону, на північ від пункту пропуску' },
          approximate: true,
          source: 'Suspilne via Kyiv Post',
        },
        {
          lon: 35.19,
          lat: 51.205,
          rangeKm: 7,
          label: { en: 'North of the road', uk: 'На північ від дороги' },
          approximate: true,
          source: 'Suspilne via Kyiv Post',
        },
        {
          lon: 35.29,
          lat: 51.21,
          rangeKm: 7,
          label: { en: 'North of Sudzha', uk: 'На північ від Суджі' },
          approximate: true,
          source: 'Suspilne via Kyiv Post',
        },
      ],
      summary: {
        en:
          'Russian forces had fire control over the Yunakivka–Sudzha road (Suspilne, via Kyiv Post): all of it, from ' +
          'Yunakivka to Sudzha, was within their reach.',
        uk:
          'Російські сили тримали під вогневим контролем дорогу Юнаківка — Суджа (Суспільне, через Kyiv Post): уся ' +
          'вона, від Юнаківки до Суджі, була в зоні їхнього ураження.',
      },
      sources: ['Suspilne via Kyiv Post'],
    },
  ],
  strikes: [
    {
      date: '2025-02-25',
      lon: 35.19,
      lat: 51.17,
      label: {
        en: 'Dozens of vehicles destroyed, 25 February',
        uk: 'Знищено десятки машин, 25 лютого',
      },
      source: 'Forbes via Kyiv Post',
      approximate: true,
      note: {
        en: 'Placed on the road between the border and Sudzha; the report gives no exact place.',
        uk: 'Позначено на дорозі між кордоном і Суджею; точного місця в повідомленні немає.',
      },
    },
  ],
};
