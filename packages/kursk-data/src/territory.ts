
/*
 * Area of Kursk oblast held by Ukraine, August 2024 to April 2025, from the Salient fact sheet
 * (kursk-facts.md §1). One step per key moment. `value` is the figure the bar shows; `estimates` are the other
 * figures the sheet gives for about the same moment, so the bar's whiskers show how far sources disagree.
 * Sources measure different things: ground firmly held, held plus "grey zone", official claims. Where a source
 * gives held + grey, the sum is an estimate whose note says what was added.
 */

/** The city of Kyiv, for scale. */
export const kyivCity = {
  label: { en: 'Kyiv (city)', uk: 'Київ (місто)' },
  value: 839,
  source: 'Official area of the city (Wikipedia, “Kyiv”)',
};

/** The whole of Kursk oblast (official area; the Natural Earth outline measures 30,075 km²). */
export const kurskOblast = {
  label: { en: 'Kursk oblast', uk: 'Курська область' },
  value: 29_997,
  source: 'Official area (Wikipedia, “Kursk Oblast”)',
};

/**
 * Data for `<salient-territory-bar>`: assign as-is, `el.data = territory`. Its type is the element's
 * `TerritoryData` (from `@salient/territory-bar`); the element's tests check that it is assignable, so the shape
 * is declared once, by the element.
 */
export const territory = {
  held: { en: 'Ukraine held', uk: 'Україна утримувала' },
  title: {
    en: 'Area of Kursk oblast held by Ukraine',
    uk: 'Площа Курської області під контролем України',
  },
  source: {
    en: 'DeepState, ISW, Reuters, NYT, Black Bird Group, Ukrainian and Russian officials. Figures approximate and disputed.',
    uk: 'DeepState, ISW, Reuters, NYT, Black Bird Group, українські та російські посадовці. Дані приблизні й суперечливі.',
  },
  series: [
    {
      date: '2024-08-12',
      label: { en: 'First week', uk: 'Перший тиждень' },
      value: 800,
      source: 'AFP count from ISW data',
      via: 'AFP via broadcastunited.com',
      note: {
        en: 'Six days after the incursion began on 6 August.',
        uk: 'Через шість днів після початку наступу 6 серпня.',
      },
      estimates: [
        {
          value: 1_000,
          source: 'Ukrainian military',
          via: 'Wikipedia “2024 Kursk offensive”, mirror',
          note: {
            en: 'About 1,000 km², a claim by the Ukrainian military.',
            uk: 'Близько 1000 км², заява українських військових.',
          },
        },
      ],
    },
    {
      date: '2024-08-15',
      label: { en: 'Sudzha taken', uk: 'Суджу взято' },
      value: 1_150,
      source: 'Syrskyi (Ukrainian commander-in-chief)',
      via: '24ur.com',
      note: {
        en: 'Ukraine takes Sudzha. Syrskyi: 82 settlements held.',
        uk: 'Українські сили взяли Суджу. За словами Сирського, під контролем 82 населені пункти.',
      },
      estimates: [
        {
          value: 646,
          source: 'DeepState',
          via: 'cultureru.com',
          date: '2024-08-21',
          note: {
            en: 'At least 646 km², on 21 August.',
            uk: 'Щонайменше 646 км², станом на 21 серпня.',
          },
        },
      ],
    },
    {
      date: '2024-08-27',
      label: { en: 'Peak', uk: 'Пік' },
      value: 1_376,
      source: 'Ukrainian General Staff source (via Reuters)',
      via: 'rbc.ua; almayadeen, Nov 2024',
      approximate: true,
      note: {
        en:
          'The largest area Ukraine held, as a Ukrainian General Staff source told Reuters in November 2024. ' +
          'The sources give no date for the peak; it is placed in late August, at Syrskyi’s last August figure.',
        uk:
          'Найбільша площа під контролем України, за словами джерела в Генштабі ЗСУ, на яке в листопаді ' +
          '2024 року послалося Reuters. Джерела не вказують дати піку; тут його віднесено до кінця серпня, ' +
          'до останніх серпневих даних Сирського.',
      },
      estimates: [
        {
          value: 1_294,
          source: 'Syrskyi',
          via: 'vesti.az',
          date: '2024-08-27',
          note: { en: '100 settlements; about 27 August.', uk: '100 населених пунктів; приблизно 27 серпня.' },
        },
        {
          value: 1_295,
          source: 'Reuters; The New York Times',
          via: 'reprints',
          note: { en: 'About 500 sq mi.', uk: 'Близько 500 квадратних миль.' },
        },
        {
          value: 1_268,
          source: 'Russian Ministry of Defence',
          via: 'themoscowtimes.com, 17 Jan 2025',
          note: {
            en: 'Russia’s figure for the area Ukraine took, given in January 2025.',
            uk: 'Оцінка Міноборони Росії щодо площі, яку зайняли українські сили; оприлюднена в січні 2025 року.',
          },
        },
        {
          value: 1_230,
          source: 'DeepState',
          label: { en: 'with grey zone', uk: 'із «сірою зоною»' },
          via: 'Agentstvo, 24ukraine.com',
          note: {
            en: '900 km² held plus 330 km² grey zone.',
            uk: '900 км² під контролем плюс 330 км² «сірої зони».',
          },
        },
        {
          value: 1_160,
          source: 'ISW',
          via: 'Agentstvo, 24ukraine.com',
          note: { en: 'ISW’s “conflict area”.', uk: '«Зона конфлікту» за оцінкою ISW.' },
        },
        {
          value: 900,
          source: 'DeepState',
          via: 'Agentstvo, 24ukraine.com',
          note: { en: 'Held, without the grey zone.', uk: 'Під контролем, без «сірої зони».' },
        },
      ],
    },
    {
      date: '2024-10-15',
      label: { en: 'Mid-October', uk: 'Середина жовтня' },
      value: 660,
      source: 'DeepState (via Agentstvo)',
      via: '24ukraine.com',
      approximate: true,
      note: {
        en: 'Held, without the grey zone. Mid-October; the sources give no exact day.',
        uk: 'Під контролем, без «сірої зони». Середина жовтня; точного дня джерела не називають.',
      },
      estimates: [
        {
          value: 1_020,
          source: 'DeepState',
          label: { en: 'with grey zone', uk: 'із «сірою зоною»' },
          via: 'Agentstvo, 24ukraine.com',
          note: {
            en: 'About 660 km² held plus about 360 km² grey zone.',
            uk: 'Близько 660 км² під контролем плюс близько 360 км² «сірої зони».',
          },
        },
        {
          value: 780,
          source: 'ISW',
          via: 'reprint',
          note: {
            en: 'About 300 sq mi, early October.',
            uk: 'Близько 300 квадратних миль, початок жовтня.',
          },
        },
      ],
    },
    {
      date: '2024-11-22',
      label: { en: 'Late November', uk: 'Кінець листопада' },
      value: 560,
      source: 'DeepState',
      via: 'rezzonans.in.ua',
      approximate: true,
      note: {
        en: 'Held, without the area DeepState marked undefined.',
        uk: 'Під контролем, без території, яку аналітики DeepState позначили як невизначену.',
      },
      estimates: [
        {
          value: 760,
          source: 'DeepState',
          label: { en: 'with undefined area', uk: 'із невизначеною територією' },
          via: 'rezzonans.in.ua',
          note: {
            en: 'About 560 km² held plus about 200 km² undefined.',
            uk: 'Близько 560 км² під контролем плюс близько 200 км² невизначеної території.',
          },
        },
        {
          value: 800,
          source: 'Ukrainian General Staff source',
          via: 'Reuters; rbc.ua',
          date: '2024-11-23',
          note: { en: 'About 800 km², 23 November.', uk: 'Близько 800 км², 23 листопада.' },
        },
      ],
    },
    {
      date: '2025-01-17',
      label: { en: 'Mid-January', uk: 'Середина січня' },
      value: 420,
      source: 'DeepState',
      via: 'themoscowtimes.com, 17 Jan 2025',
      approximate: true,
      note: { en: 'DeepState said “more than” this.', uk: 'За DeepState, «понад» цю площу.' },
      estimates: [
        {
          value: 467,
          source: 'Russian Ministry of Defence',
          via: 'themoscowtimes.com, 17 Jan 2025',
          note: {
            en: 'Implied: Russia said it had retaken 801 km² (63.2%) of the 1,268 km² it says Ukraine took.',
            uk: 'Розрахунок: Росія заявила, що відвоювала 801 км² (63,2\u00a0%) із 1268 км², які, за її даними, зайняла Україна.',
          },
        },
      ],
    },
    {
      date: '2025-02-12',
      label: { en: 'Mid-February', uk: 'Середина лютого' },
      value: 450,
      source: 'Open-source data (via Reuters)',
      via: 'fakti.bg',
      approximate: true,
      note: {
        en: 'On 20 February Russia’s Rudskoi said 64% had been retaken.',
        uk: '20 лютого російський генерал Рудськой заявив, що 64\u00a0% території відвойовано.',
      },
      estimates: [
        {
          value: 500,
          source: 'Syrskyi',
          via: 'themoscowtimes.com; kyivindependent.com',
          date: '2025-02-20',
          note: { en: 'About 500 km², 20 February.', uk: 'Близько 500 км², 20 лютого.' },
        },
      ],
    },
    {
      date: '2025-03-13',
      label: { en: 'Sudzha lost', uk: 'Суджу втрачено' },
      value: 140,
      source: 'DeepState',
      via: 'themoscowtimes.com, 13 Mar 2025',
      note: {
        en:
          'Russia claimed Sudzha the same day; Ukraine’s General Staff map dropped it on 15–16 March.',
        uk:
          'Того ж дня Росія заявила про захоплення Суджі; з мапи Генштабу ЗСУ її прибрали 15–16 березня.',
      },
      estimates: [
        {
          value: 110,
          source: 'Reuters',
          via: 'reprint of reuters.com, 16 Mar 2025',
          date: '2025-03-16',
          note: { en: 'About 110 km², 16 March.', uk: 'Близько 110 км², 16 березня.' },
        },
        {
          value: 77,
          source: 'Black Bird Group',
          via: 'The New York Times; sofx.com',
          date: '2025-03-16',
          note: {
            en: 'About 77 km² (30 sq mi), 16 March.',
            uk: 'Близько 77 км² (30 квадратних миль), 16 березня.',
          },
        },
      ],
    },
    {
      date: '2025-04-01',
      label: { en: 'Early April', uk: 'Початок квітня' },
      value: 80,
      source: 'AFP count from ISW data',
      via: 'ansa.it, 1 Apr 2025',
      note: { en: 'About 6% of the peak.', uk: 'Близько 6\u00a0% від піку.' },
      estimates: [
        {
          value: 63,
          source: 'DeepState',
          via: 'Reuters; hindustantimes.com',
          date: '2025-04-06',
          note: { en: 'About 63 km² held, 6 April.', uk: 'Близько 63 км² під контролем, 6 квітня.' },
        },
        {
          value: 144,
          source: 'DeepState',
          label: { en: 'with “unknown” area', uk: 'із територією «невідомо»' },
          via: 'Reuters; hindustantimes.com',
          date: '2025-04-06',
          note: {
            en: 'About 63 km² held plus 81 km² DeepState marked “unknown”, 6 April.',
            uk: 'Близько 63 км² під контролем плюс 81 км² зі статусом «невідомо» за DeepState, 6 квітня.',
          },
        },
      ],
    },
    {
      date: '2025-04-26',
      label: { en: 'Russia’s claim', uk: 'Заява Росії' },
      value: 0,
      source: 'Gerasimov, Russian General Staff (Russian claim)',
      via: 'themoscowtimes.com, 26 Apr 2025',
      note: {
        en:
          'Russia claimed the whole oblast retaken; Ukraine disputed it. The latest figure from another source ' +
          'is DeepState’s of 6 April.',
        uk:
          'Росія заявила, що відвоювала всю область; Україна це заперечила. Найновіші дані з іншого джерела — ' +
          'DeepState від 6 квітня.',
      },
      estimates: [
        {
          value: 63,
          source: 'DeepState',
          via: 'Reuters; hindustantimes.com',
          date: '2025-04-06',
          note: {
            en: 'About 63 km² held on 6 April, 20 days before Russia’s claim.',
            uk: 'Близько 63 км² під контролем 6 квітня, за 20 днів до заяви Росії.',
          },
        },
        {
          value: 144,
          source: 'DeepState',
          label: { en: 'with “unknown” area', uk: 'із територією «невідомо»' },
          via: 'Reuters; hindustantimes.com',
          date: '2025-04-06',
          note: {
            en: 'About 63 km² held plus 81 km² marked “unknown” on 6 April, 20 days before Russia’s claim.',
            uk: 'Близько 63 км² під контролем плюс 81 км² зі статусом «невідомо» 6 квітня, за 20 днів до заяви Росії.',
          },
        },
      ],
    },
  ],
  references: [kyivCity, kurskOblast],
};
