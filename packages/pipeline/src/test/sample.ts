import type { PipelineData } from '../schema.js';

/**
 * A small, self-contained dataset in the element's shape, from kursk-facts.md §5: for tests that must not move
 * when the real dataset (@salient/kursk-data `pipeline`) is revised. Positions are rough.
 */
export const sample: PipelineData = {
  title: { en: 'The pipeline operation, March 2025', uk: 'Операція в трубопроводі, березень 2025' },
  source: { en: 'Izvestia, RBC, Mash, RT, Le Monde, Ukrainska Pravda', uk: 'Известия, РБК, Mash, RT, Le Monde, Українська правда' },
  places: [
    { name: { en: 'Sudzha', uk: 'Суджа' }, lon: 35.2706, lat: 51.1914, rank: 1 },
    { name: { en: 'Martynovka', uk: 'Мартинівка' }, lon: 35.3664, lat: 51.2389, rank: 2 },
    { name: { en: 'Malaya Loknya', uk: 'Мала Локня' }, lon: 35.2275, lat: 51.3325, rank: 2 },
    { name: { en: 'Bolshoye Soldatskoye', uk: 'Большоє Солдатське' }, lon: 35.51, lat: 51.3361, rank: 2 },
    { name: { en: 'Zaoleshenka', uk: 'Заолешенка' }, lon: 35.2581, lat: 51.2028, rank: 3 },
    { name: { en: 'Plekhovo', uk: 'Плехово' }, lon: 35.33, lat: 51.1, rank: 3, approximate: true },
    { name: { en: 'Gornal', uk: 'Горналь' }, lon: 35.2325, lat: 51.0661, rank: 3 },
  ],
  border: [
    [35.05, 51.13],
    [35.15, 51.1],
    [35.25, 51.07],
    [35.35, 51.06],
    [35.45, 51.05],
  ],
  pipe: {
    name: { en: 'Urengoy–Pomary–Uzhhorod', uk: 'Уренгой–Помари–Ужгород' },
    diameterM: 1.42,
    emptySince: '2025-01-01',
    source: 'Gas transit through Ukraine ended 1 January 2025',
  },
  route: {
    line: [
      [35.4, 51.3],
      [35.395, 51.296],
      [35.36, 51.27],
      [35.32, 51.24],
      [35.275, 51.205],
    ],
    approximate: true,
    note: { en: 'Route approximate: sources name the entry and exit only roughly.', uk: 'Маршрут приблизний.' },
    entryTrenchKm: 0.5,
  },
  lengthKm: {
    low: 12,
    high: 15,
    estimates: [
      { low: 12, source: 'a soldier on video' },
      { low: 12, high: 15, source: 'Le Monde' },
      { low: 14, source: 'RBC' },
      { low: 15, source: 'Izvestia' },
    ],
  },
  soldiers: {
    low: 100,
    high: 800,
    estimates: [
      { text: { en: 'about 100', uk: 'близько 100' }, value: 100, source: 'Ukrainska Pravda' },
      { text: { en: 'more than 100', uk: 'понад 100' }, low: 100, source: 'Mash' },
      { text: { en: 'several hundred', uk: 'кілька сотень' }, source: 'RT' },
      { text: { en: 'about 800', uk: 'близько 800' }, value: 800, source: 'Izvestia' },
      { text: { en: 'about 1,000', uk: 'близько 1000' }, value: 1000, source: 'head-post' },
    ],
  },
  group: { size: 5, spacingM: 10, source: 'RT' },
  timeline: {
    start: '2025-03-02T00:00+03:00',
    end: '2025-03-08T12:00+03:00',
    moments: [
      {
        id: 'entry',
        time: '2025-03-02T06:00+03:00',
        label: { en: 'Entry', uk: 'Вхід' },
        text: { en: 'Small groups go into the empty pipe from a trench.', uk: 'Невеликі групи заходять у порожню трубу з траншеї.' },
        sources: ['Mash', 'Izvestia'],
      },
      {
        id: 'halfway',
        time: '2025-03-03T06:00+03:00',
        label: { en: 'Halfway', uk: 'Половина шляху' },
        text: { en: 'About halfway, crawling.', uk: 'Приблизно половина шляху.' },
        sources: ['Le Monde'],
      },
      {
        id: 'waiting',
        time: '2025-03-04T06:00+03:00',
        label: { en: 'Waiting', uk: 'Очікування' },
        text: { en: 'They wait near the far end for days.', uk: 'Вони днями чекають біля виходу.' },
        sources: ['Le Monde'],
      },
      {
        id: 'emergence',
        time: '2025-03-08T05:30+03:00',
        label: { en: 'Emergence', uk: 'Вихід' },
        text: { en: 'They come out near Sudzha.', uk: 'Вони виходять біля Суджі.' },
        sources: ['Izvestia', 'Mash'],
      },
      {
        id: 'strikes',
        time: '2025-03-08T07:00+03:00',
        label: { en: 'Strikes', uk: 'Удари' },
        text: { en: 'Ukraine says it struck them as they emerged.', uk: 'Україна каже, що била по них під час виходу.' },
        sources: ['Ukrainska Pravda'],
      },
    ],
  },
  frontLine: {
    line: [
      [35.1, 51.4],
      [35.2, 51.36],
      [35.27, 51.33],
      [35.33, 51.29],
      [35.39, 51.26],
      [35.42, 51.22],
      [35.43, 51.17],
      [35.4, 51.12],
      [35.38, 51.08],
    ],
    date: '2025-03-01',
    approximate: true,
  },
};
