/*
 * Data for `<salient-encirclement>`: a map of the Kursk salient shrinking, August 2024 to April 2025, one frame per
 * moment. Assign as-is: `el.data = encirclement`. The element owns the type; its tests check this dataset against it.
 *
 * The held areas are DRAWINGS (src/fronts.ts, made by scripts/draw-fronts.mjs), sized to the areas reported for
 * each date and placed by the settlements reported held or lost. No source in the fact sheet gives the front line
 * itself, so every frame is `approximate: true` and its note says so. `reported` carries the published figures
 * (kursk-facts.md §1) that the drawing was sized to.
 */
import { border, oblasts, places } from './geo.js';
import {
  held13March2025,
  held6March2025,
  heldApril2025,
  heldJanuary2025,
  heldNovember2024,
  heldPeak,
} from './fronts.js';

/** A [lon, lat] pair, typed as a pair rather than number[]. */
const lonLat = (lon: number, lat: number): [number, number] => [lon, lat];

/** The main road from the border crossing west of Sudzha to Sudzha (as in `supplyRoad`), for the corridor. */
const roadFromBorder: [number, number][] = [
  [35.1094, 51.1454],
  [35.19, 51.17],
  [35.2519, 51.1911],
  [35.2706, 51.1914],
];

export const encirclement = {
  title: {
    en: 'How the Kursk salient shrank',
    uk: 'Як зменшувався курський виступ',
  },
  source: {
    en:
      'Areas: DeepState, ISW (via AFP), Reuters, Syrskyi, the Russian Ministry of Defence. Outlines are drawn to ' +
      'match them, not surveyed. Map: Natural Earth.',
    uk:
      'Площі: DeepState, ISW (через AFP), Reuters, Сирський, Міноборони Росії. Контури намальовано відповідно до ' +
      'цих даних, а не за точними картами. Мапа: Natural Earth.',
  },
  oblasts,
  border,
  places,
  frames: [
    {
      id: 'peak',
      date: '2024-08-27',
      label: { en: 'Peak, late August 2024', uk: 'Пік, кінець серпня 2024 року' },
      held: heldPeak,
      approximate: true,
      reported: {
        low: 1_150,
        high: 1_376,
        sources: [
          'Syrskyi, 15 Aug 2024: 1,150 km² (24ur.com)',
          'Syrskyi, about 27 Aug 2024: 1,294 km² (vesti.az)',
          'Russian Ministry of Defence: 1,268 km² (themoscowtimes.com, 17 Jan 2025)',
          'Ukrainian General Staff source via Reuters: 1,376 km² (rbc.ua, Nov 2024)',
        ],
      },
      sources: [
        'Ukrainian General Staff source via Reuters',
        'Syrskyi',
        'Russian Ministry of Defence',
        'DeepState and ISW via Agentstvo (24ukraine.com)',
      ],
      note: {
        en:
          'Drawn, not surveyed: an outline sized to the peak as reported (1,150–1,376 km² in Ukrainian figures; ' +
          'Russia said 1,268; DeepState 900 km² held plus 330 km² grey zone). It reaches toward Korenevo, which ' +
          'Ukraine never took, and Bolshoye Soldatskoye. The sources give no date for the peak.',
        uk:
          'Схема, а не точна карта: контур відповідає площі на піку за повідомленнями (1150–1376 км² за українськими ' +
          'даними; Росія називала 1268, DeepState — 900 км² під контролем плюс 330 км² «сірої зони»). Він сягає ' +
          'околиць Коренева, якого Україна так і не взяла, і Великого Солдатського. Дати піку джерела не називають.',
      },
      advances: [
        {
          from: lonLat(34.88, 51.43),
          to: lonLat(34.95, 51.385),
          label: { en: 'Russian forces hold Korenevo', uk: 'Російські війська утримують Коренево' },
        },
        {
          from: lonLat(35.56, 51.45),
          to: lonLat(35.46, 51.37),
          label: { en: 'Russian reinforcements from the Kursk side', uk: 'Російські підкріплення з боку Курська' },
        },
      ],
    },
    {
      id: '2024-11',
      date: '2024-11-22',
      label: { en: 'Late November 2024', uk: 'Кінець листопада 2024 року' },
      held: heldNovember2024,
      approximate: true,
      reported: {
        low: 560,
        high: 800,
        sources: [
          'DeepState, 22 Nov 2024: about 560 km² held, plus about 200 km² undefined (rezzonans.in.ua)',
          'Ukrainian General Staff source via Reuters, 23 Nov 2024: about 800 km² (rbc.ua)',
        ],
      },
      sources: ['DeepState', 'Ukrainian General Staff source via Reuters', 'Reuters (59,000 troops, Nov 2024)'],
      note: {
        en:
          'Drawn to the reported area; the shape is schematic. By November Russia had drawn about 59,000 troops ' +
          'to Kursk (Reuters).',
        uk:
          'Контур відповідає площі за повідомленнями; форма схематична. До листопада Росія стягнула на Курщину ' +
          'близько 59 000 військових (Reuters).',
      },
      advances: [
        {
          from: lonLat(34.94, 51.32),
          to: lonLat(35.045, 51.28),
          label: { en: 'Russian counter-attacks from the Korenevo side', uk: 'Російські контратаки з боку Коренева' },
        },
        {
          from: lonLat(35.15, 51.44),
          to: lonLat(35.16, 51.36),
          label: { en: 'Pressure from the north', uk: 'Тиск із півночі' },
        },
        {
          from: lonLat(35.47, 51.33),
          to: lonLat(35.4, 51.3),
          label: { en: 'Pressure from the north-east', uk: 'Тиск із північного сходу' },
        },
      ],
    },
    {
      id: '2025-01',
      date: '2025-01-17',
      label: { en: 'Mid-January 2025', uk: 'Середина січня 2025 року' },
      held: heldJanuary2025,
      approximate: true,
      reported: {
        low: 420,
        high: 467,
        sources: [
          'DeepState, 17 Jan 2025: more than 420 km² (themoscowtimes.com)',
          'Russian Ministry of Defence, 17 Jan 2025: implied 467 km², having said it retook 801 of 1,268 km² (themoscowtimes.com)',
        ],
      },
      sources: ['DeepState', 'Russian Ministry of Defence'],
      note: {
        en:
          'Drawn to the reported area. Malaya Loknya, north of Sudzha, and Martynovka, to its east, are still inside ' +
          'the salient.',
        uk:
          'Контур відповідає площі за повідомленнями. Мала Локня на північ від Суджі та Мартинівка на схід від неї ще ' +
          'в межах виступу.',
      },
      advances: [
        {
          from: lonLat(35.04, 51.25),
          to: lonLat(35.12, 51.22),
          label: { en: 'Russian advance along the border', uk: 'Російський наступ уздовж кордону' },
        },
        {
          from: lonLat(35.16, 51.37),
          to: lonLat(35.2, 51.33),
          label: { en: 'From the north, toward Malaya Loknya', uk: 'Із півночі, на Малу Локню' },
        },
        {
          from: lonLat(35.44, 51.27),
          to: lonLat(35.385, 51.25),
          label: { en: 'From the east', uk: 'Зі сходу' },
        },
      ],
      // No width was reported in January: the road is drawn, not a band, so March's 12–13 km reads as a narrowing.
      corridor: {
        line: roadFromBorder,
        label: { en: 'Main road to the border', uk: 'Головна дорога до кордону' },
      },
    },
    {
      id: '2025-03-06',
      date: '2025-03-06',
      label: { en: '6 March 2025: the corridor narrows', uk: '6 березня 2025 року: коридор звужується' },
      held: held6March2025,
      approximate: true,
      reported: {
        low: 450,
        high: 500,
        sources: [
          'Open-source data via Reuters, 12 Feb 2025: about 450 km² (fakti.bg)',
          'Syrskyi, 20 Feb 2025: about 500 km² (themoscowtimes.com; kyivindependent.com)',
        ],
      },
      sources: ['Gerasimov (trtworld.com)', 'Open-source data via Reuters', 'Syrskyi'],
      note: {
        en:
          'No area was reported for 6 March itself; the figures are the last before it, from February. Russia’s ' +
          '“active phase” began that day (Gerasimov), with a breakthrough south of Sudzha, and the corridor to the ' +
          'border narrowed to 12–13 km. Gerasimov said the held area fell 2.5 times within five days.',
        uk:
          'Даних про площу саме на 6 березня немає; наведено останні перед цим, лютневі. Того дня почалася ' +
          'російська «активна фаза» (за словами Герасимова): прорив на південь від Суджі, коридор до кордону ' +
          'звузився до 12–13 км. За словами Герасимова, за п’ять днів площа під контролем України зменшилася в 2,5 раза.',
      },
      advances: [
        {
          from: lonLat(35.38, 51.13),
          to: lonLat(35.21, 51.118),
          label: { en: 'Breakthrough south of Sudzha', uk: 'Прорив на південь від Суджі' },
        },
        {
          from: lonLat(35.08, 51.26),
          to: lonLat(35.14, 51.225),
          label: { en: 'Pressure on the corridor from the north-west', uk: 'Тиск на коридор із північного заходу' },
        },
        {
          from: lonLat(35.2, 51.39),
          to: lonLat(35.225, 51.345),
          label: { en: 'From the north, toward Malaya Loknya', uk: 'Із півночі, на Малу Локню' },
        },
        {
          from: lonLat(35.46, 51.25),
          to: lonLat(35.385, 51.243),
          label: { en: 'From the east, toward Martynovka', uk: 'Зі сходу, на Мартинівку' },
        },
      ],
      corridor: {
        line: roadFromBorder,
        widthKm: [12, 13],
        source: 'Reports of 6 March 2025',
        label: { en: 'Corridor to the border', uk: 'Коридор до кордону' },
      },
    },
    {
      id: '2025-03-13',
      date: '2025-03-13',
      label: { en: '13 March 2025: Sudzha falls', uk: '13 березня 2025 року: падіння Суджі' },
      held: held13March2025,
      approximate: true,
      reported: {
        low: 140,
        high: 140,
        sources: ['DeepState, 13 Mar 2025: 140 km² (themoscowtimes.com)'],
      },
      sources: ['DeepState', 'Russian claim on Sudzha (themoscowtimes.com, 13 Mar 2025)', 'Martynovka: es.wikipedia'],
      note: {
        en:
          'Russia claimed Sudzha on 13 March; Ukraine’s General Staff map dropped it on 15–16 March. Here the front ' +
          'runs through the town. Martynovka had been retaken about 8 March. Other mid-March estimates: about ' +
          '110 km² (Reuters) and 77 km² (Black Bird Group, via The New York Times), both on 16 March.',
        uk:
          'Росія заявила про захоплення Суджі 13 березня; з мапи Генштабу ЗСУ місто прибрали 15–16 березня. Тут лінія ' +
          'фронту проходить через місто. Мартинівку Росія повернула близько 8 березня. Інші оцінки на середину ' +
          'березня: близько 110 км² (Reuters) і 77 км² (Black Bird Group, через The New York Times), обидві на 16 березня.',
      },
      advances: [
        {
          from: lonLat(35.44, 51.26),
          to: lonLat(35.3664, 51.2389),
          label: { en: 'Martynovka retaken, about 8 March', uk: 'Росія повернула Мартинівку, близько 8 березня' },
        },
        {
          from: lonLat(35.3338, 51.2583),
          to: lonLat(35.2706, 51.2094),
          label: {
            en: 'Force from the gas pipeline emerges north of Sudzha, 7–8 March',
            uk: 'Загін із газогону виходить на північ від Суджі, 7–8 березня',
          },
        },
        {
          from: lonLat(35.33, 51.23),
          to: lonLat(35.272, 51.195),
          label: { en: 'Russia claims Sudzha, 13 March', uk: 'Росія заявляє про захоплення Суджі, 13 березня' },
        },
        {
          from: lonLat(35.22, 51.36),
          to: lonLat(35.24, 51.24),
          label: { en: 'From the north, past Malaya Loknya', uk: 'Із півночі, повз Малу Локню' },
        },
      ],
    },
    {
      id: '2025-04',
      date: '2025-04-01',
      label: { en: 'Early April 2025', uk: 'Початок квітня 2025 року' },
      held: heldApril2025,
      approximate: true,
      reported: {
        low: 63,
        high: 80,
        sources: [
          'AFP count from ISW data, 1 Apr 2025: 80 km² (ansa.it)',
          'DeepState via Reuters, 6 Apr 2025: about 63 km² held, plus 81 km² marked “unknown” (hindustantimes.com)',
        ],
      },
      sources: ['AFP count from ISW data', 'DeepState via Reuters', 'Gornal: ru.wikipedia; Gerasimov (themoscowtimes.com, 26 Apr 2025)'],
      note: {
        en:
          'A strip along the border around Gornal, the last village held: Russia claimed it on 26 April, and with it ' +
          'the whole oblast; Ukraine disputed that.',
        uk:
          'Смуга вздовж кордону довкола Гірналі, останнього села під контролем України: Росія заявила про його ' +
          'захоплення 26 квітня, а з ним і всієї області; Україна це заперечила.',
      },
      advances: [
        {
          from: lonLat(35.25, 51.17),
          to: lonLat(35.225, 51.105),
          label: { en: 'Russian advance south from Sudzha', uk: 'Російський наступ на південь від Суджі' },
        },
        {
          from: lonLat(35.36, 51.1),
          to: lonLat(35.305, 51.075),
          label: { en: 'From the Plekhovo side', uk: 'З боку Плехова' },
        },
        {
          from: lonLat(35.13, 51.15),
          to: lonLat(35.15, 51.095),
          label: { en: 'From the north-west, along the border', uk: 'Із північного заходу, вздовж кордону' },
        },
      ],
    },
  ],
};
