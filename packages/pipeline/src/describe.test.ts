import { describe, expect, it } from 'vitest';
import { pipeline } from '@salient/kursk-data';
import {
  formatLength,
  formatSpan,
  lengthAccounts,
  progressText,
  soldierAccounts,
  soldiersText,
  summarize,
  tabulate,
  timelineOf,
} from './describe.js';
import type { PipelineData } from './schema.js';
import { sample } from './test/sample.js';
import { parseTime } from './timeline.js';

const data = pipeline as PipelineData;
const timeline = timelineOf(data);
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('ranges, with who said what', () => {
  it('shows the distance as 12–15 km, in miles on request', () => {
    expect(formatLength(12, 15, 'km', 'en')).toBe('12–15 km');
    expect(formatLength(12, 15, 'mi', 'en')).toBe('7.5–9.3 mi');
    expect(spaces(formatLength(12, 15, 'km', 'uk'))).toBe('12–15 км');
    expect(formatSpan(12, 12, 'en')).toBe('12');
  });

  it('shows the soldiers as 100–800, each account with its source, the outlier apart', () => {
    expect(soldiersText(data, 'en')).toBe('100–800');
    const { inside, outside } = soldierAccounts(data, 'en');
    expect(inside).toEqual(['Ukrainska Pravda: About 100', 'Mash: More than 100', 'RT: Several hundred', 'Izvestia: About 800']);
    expect(outside).toEqual(['head-post: About 1,000: an outlier, above every other report (outside the range shown)']);
  });

  it('finds an account outside the range from its figure when it is not flagged', () => {
    const { outside } = soldierAccounts(sample, 'en');
    expect(outside).toEqual(['head-post: about 1,000 (outside the range shown)']);
  });

  it('lists every account of the distance', () => {
    expect(lengthAccounts(data, 'km2', 'en')).toEqual([
      'A soldier, on video: 12 km',
      'Le Monde: 12–15 km',
      'RBC: 14 km',
      'Izvestia: About 15 km',
      'Reuters, quoting a blogger: About 15 km',
    ]);
    expect(lengthAccounts(sample, 'mi2', 'en')[1]).toBe('Le Monde: 7.5–9.3 mi');
  });

  it('says how far the column has come, over the disputed length', () => {
    const halfway = timeline.moments[1].time;
    expect(progressText(data, timeline, halfway, 'km2', 'en')).toBe('6–7.5 of 12–15 km');
    expect(progressText(data, timeline, timeline.start, 'km2', 'en')).toBe('0 of 12–15 km');
    expect(progressText(data, timeline, timeline.end, 'km2', 'en')).toBe('12–15 km');
    expect(spaces(progressText(data, timeline, halfway, 'km2', 'uk'))).toBe('6–7,5 з 12–15 км');
  });
});

describe('summary sentence', () => {
  it('tells the moment and the disputed figures', () => {
    expect(summarize(data, timeline, 3, 'km2', 'en-GB')).toBe(
      '7–8 March: out (8 March 2025): They came out near Sudzha late on 7 March (Mash) or at 05:30 on 8 March (Izvestia). ' +
        'By different accounts 100–800 soldiers crawled 12–15 km through the empty Urengoy–Pomary–Uzhhorod gas pipeline, 1.42 m across.',
    );
  });

  it('is written in Ukrainian for uk', () => {
    expect(spaces(summarize(data, timeline, 0, 'km2', 'uk'))).toMatch(
      /^2 березня: вхід \(2 березня 2025 р\.\): З 2 березня військові .* За різними даними, 100–800 солдатів проповзли 12–15 км порожньою трубою \(Газогін Уренгой — Помари — Ужгород\) діаметром 1,42 м\.$/,
    );
  });
});

describe('data table', () => {
  it('has a row per key moment: name, date, distance, what happened, sources', () => {
    const table = tabulate(data, timeline, 2, 'km2', 'en-GB');
    expect(table.caption).toBe('Through the pipe');
    expect(table.columns).toEqual(['Moment', 'Date', 'Distance from the entry', 'What happened', 'Sources']);
    expect(table.rows).toHaveLength(5);
    expect(table.current).toBe(2);
    expect(table.rows[1]).toEqual([
      'Crawling',
      '3 March 2025',
      '6–7.5 of 12–15 km',
      (data.timeline.moments[1].text as { en: string }).en,
      'Le Monde, RT',
    ]);
    expect(table.rows[4][1]).toBe('8 March 2025');
    expect(table.rows[4][4]).toBe('Ukrainska Pravda');
  });

  it('falls back to its own caption', () => {
    expect(tabulate({ ...sample, title: undefined }, timelineOf(sample), 0, 'km2', 'uk').caption).toBe('Ключові моменти операції в трубопроводі');
  });

  it('reads moments in Moscow time whatever offset the data uses', () => {
    const utc = structuredClone(sample);
    utc.timeline.moments[3].time = '2025-03-07T22:30Z'; // 01:30 on 8 March in Moscow
    const t = timelineOf(utc);
    expect(t.moments[3].time).toBe(parseTime('2025-03-08T01:30+03:00'));
    expect(tabulate(utc, t, 3, 'km2', 'en-GB').rows[3][1]).toBe('8 March 2025');
  });
});
