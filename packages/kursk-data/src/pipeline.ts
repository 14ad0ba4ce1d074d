/*
 * Data for `<salient-pipeline>`: the Russian operation through an empty gas pipeline into Sudzha, 2–8 March 2025
 * ("Potok", also "Truba"). Assign as-is: `el.data = pipeline`. The element owns the type; its tests check this
 * dataset against it.
 *
 * Sources disagree on almost every number (kursk-facts.md §5), so each figure carries who said it, and the ranges
 * shown are 12–15 km and 100–800 soldiers. The route is approximate at both ends: it is drawn 12–15 km long, from the
 * north-east (toward Bolshoye Soldatskoye) to ~2 km north of Sudzha's centre. A reported "tree line ~20 km north of
 * Sudzha" cannot be reached by a 12–15 km pipe ending 2 km from Sudzha, and the note says so.
 *
 * Moment times: dates are as reported; where a source gives no hour, the moment is placed at midday (or, for the
 * strikes "as they emerged", half an hour after Izvestia's 05:30) so the timeline can order them. Labels carry only
 * what the sources said.
 */
import { border, oblasts, places } from './geo.js';
import { held6March2025 } from './fronts.js';

/** The drawn 6 March front north and east of Sudzha: the stretch of that outline north of 51.17° and east of 35.2°. */
const frontNorthOfSudzha = held6March2025.coordinates[0].filter(([lon, lat]) => lon >= 35.2 && lat >= 51.17) as [
  number,
  number,
][];

export const pipeline = {
  title: { en: 'Through the pipe', uk: 'Крізь трубу' },
  source: {
    en:
      'Izvestia, Mash, RT, RBC, RIA, Le Monde, Reuters, Ukrainska Pravda, head-post. Russian outlets are the main ' +
      'source for the operation; route and timing are approximate and disputed. Map: Natural Earth.',
    uk:
      '«Известия», Mash, RT, РБК, РІА, Le Monde, Reuters, «Українська правда», head-post. Про операцію пишуть ' +
      'переважно російські медіа; маршрут і час приблизні та суперечливі. Мапа: Natural Earth.',
  },
  oblasts,
  border,
  places,
  pipe: {
    name: 'Urengoy–Pomary–Uzhhorod',
    label: { en: 'Urengoy–Pomary–Uzhhorod gas pipeline', uk: 'Газогін Уренгой — Помари — Ужгород' },
    diameterM: 1.42,
    emptySince: '2025-01-01',
    source: 'Pipeline diameter 1,420 mm; empty since gas transit through Ukraine ended on 1 January 2025',
  },
  route: {
    // Tree line (start of the ~0.5 km trench), pipe entry, then the pipe to its exit north of Sudzha.
    line: [
      [35.3982, 51.3065],
      [35.3952, 51.3024],
      [35.3695, 51.2807],
      [35.3338, 51.2583],
      [35.3001, 51.2349],
      [35.2706, 51.2094],
    ] as [number, number][],
    approximate: true,
    entryTrenchKm: 0.5,
    note: {
      en:
        'Both ends are uncertain. Entry: a ~0.5 km trench from a tree line ~20 km north of Sudzha (Izvestia; ' +
        'RIA/RBC), near Bolshoye Soldatskoye (RT); drawn here ~15 km north-east of Sudzha, as far as a 12–15 km pipe ' +
        'allows. Exit: an industrial zone ~2 km north of Sudzha’s centre (Izvestia), the northern bypass road (Mash), ' +
        'or the gas metering station (RBC).',
      uk:
        'Обидва кінці маршруту непевні. Вхід: траншея близько 0,5 км від лісосмуги приблизно за 20 км на північ від ' +
        'Суджі («Известия»; РІА/РБК), біля Великого Солдатського (RT); тут його позначено приблизно за 15 км на ' +
        'північний схід від Суджі — настільки, наскільки дозволяє труба завдовжки 12–15 км. Вихід: промзона ' +
        'приблизно за 2 км на північ від центру Суджі («Известия»), північна об’їзна дорога (Mash) або ' +
        'газовимірювальна станція (РБК).',
    },
  },
  lengthKm: {
    low: 12,
    high: 15,
    estimates: [
      { low: 12, source: 'A soldier, on video', text: { en: '12 km', uk: '12 км' } },
      { low: 12, high: 15, source: 'Le Monde', text: { en: '12–15 km', uk: '12–15 км' } },
      { low: 14, source: 'RBC', text: { en: '14 km', uk: '14 км' } },
      { low: 15, source: 'Izvestia', text: { en: 'About 15 km', uk: 'Близько 15 км' } },
      { low: 15, source: 'Reuters, quoting a blogger', text: { en: 'About 15 km', uk: 'Близько 15 км' } },
    ],
  },
  soldiers: {
    low: 100,
    high: 800,
    estimates: [
      { text: { en: 'About 100', uk: 'Близько 100' }, value: 100, source: 'Ukrainska Pravda' },
      { text: { en: 'More than 100', uk: 'Понад 100' }, low: 100, source: 'Mash' },
      { text: { en: 'Several hundred', uk: 'Кілька сотень' }, source: 'RT' },
      { text: { en: 'About 800', uk: 'Близько 800' }, value: 800, source: 'Izvestia' },
      {
        text: {
          en: 'About 1,000: an outlier, above every other report',
          uk: 'Близько 1000: оцінка, що вибивається, вища за всі інші',
        },
        value: 1_000,
        source: 'head-post',
        outlier: true,
      },
    ],
  },
  group: {
    size: 5,
    spacingM: 10,
    source: 'RT',
    label: {
      en: 'Groups of about five, about 10 m apart; air holes had been drilled',
      uk: 'Групами приблизно по п’ятеро, на відстані близько 10 м; у трубі просвердлили отвори для повітря',
    },
  },
  timeline: {
    start: '2025-03-02T00:00:00+03:00',
    end: '2025-03-08T12:00:00+03:00',
    moments: [
      {
        id: 'entry' as const,
        time: '2025-03-02T12:00:00+03:00',
        label: { en: '2 March: in', uk: '2 березня: вхід' },
        text: {
          en: 'From 2 March soldiers entered the empty pipe in small groups (Mash).',
          uk: 'З 2 березня військові невеликими групами заходили в порожню трубу (Mash).',
        },
        sources: ['Mash'],
      },
      {
        id: 'halfway' as const,
        time: '2025-03-03T12:00:00+03:00',
        label: { en: 'Crawling', uk: 'Повзком' },
        text: {
          en: 'About two days of crawling through the 1.42 m pipe (Le Monde), in groups of about five, ~10 m apart (RT).',
          uk: 'Близько двох діб повзком трубою діаметром 1,42 м (Le Monde), групами приблизно по п’ятеро, за ~10 м одна від одної (RT).',
        },
        sources: ['Le Monde', 'RT'],
      },
      {
        id: 'waiting' as const,
        time: '2025-03-04T12:00:00+03:00',
        label: { en: 'Waiting', uk: 'Очікування' },
        text: {
          en: 'Then about four days of waiting inside (Le Monde). RBC put the whole operation at six days.',
          uk: 'Потім близько чотирьох діб очікування всередині (Le Monde). За даними РБК, уся операція тривала шість днів.',
        },
        sources: ['Le Monde', 'RBC'],
      },
      {
        id: 'emergence' as const,
        time: '2025-03-08T05:30:00+03:00',
        label: { en: '7–8 March: out', uk: '7–8 березня: вихід' },
        text: {
          en: 'They came out near Sudzha late on 7 March (Mash) or at 05:30 on 8 March (Izvestia).',
          uk: 'Вони вийшли біля Суджі пізно ввечері 7 березня (Mash) або о 05:30 8 березня («Известия»).',
        },
        sources: ['Mash', 'Izvestia'],
      },
      {
        id: 'strikes' as const,
        time: '2025-03-08T06:00:00+03:00',
        label: { en: '8 March: struck', uk: '8 березня: удари' },
        text: {
          en: 'Ukraine’s military said it had spotted the force and struck it as it emerged (Ukrainska Pravda, 8 March).',
          uk: 'Українські військові заявили, що виявили загін і вдарили по ньому, щойно він почав виходити («Українська правда», 8 березня).',
        },
        sources: ['Ukrainska Pravda'],
      },
    ],
  },
  frontLine: {
    line: frontNorthOfSudzha,
    date: '2025-03-06',
    approximate: true,
    label: { en: 'Front line, about 6 March (drawn)', uk: 'Лінія фронту, близько 6 березня (схематично)' },
  },
};
