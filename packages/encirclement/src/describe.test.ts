import { describe, expect, it } from 'vitest';
import { encirclement } from '@salient/kursk-data';
import { describeArea, describeWhen, formatInUnit, formatLength, frameAreas, keyPlaces, placeState, summarize, tabulate } from './describe.js';
import type { EncirclementData } from './schema.js';
import { small } from './test/small.js';

const kursk: EncirclementData = encirclement;
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const MARCH_6 = kursk.frames.findIndex((f) => f.id === '2025-03-06');
const MARCH_13 = kursk.frames.findIndex((f) => f.id === '2025-03-13');

describe('what a frame is called', () => {
  it('names a frame by its label and date, or by its label alone when that gives the year', () => {
    expect(describeWhen(small.frames[0], 'en-GB')).toBe('Peak · 27 August 2024');
    expect(describeWhen(small.frames[0], 'en', 'short')).toBe('Peak · Aug 27, 2024');
    expect(describeWhen(kursk.frames[0], 'en')).toBe('Peak, late August 2024');
    expect(describeWhen(kursk.frames[0], 'uk')).toBe('Пік, кінець серпня 2024 року');
  });

  it('gives the area computed from the outline beside the reported range', () => {
    expect(describeArea(small, 0, 'km2', 'en')).toMatch(/^≈ [\d,]+ km² on the map · reported 1,150–1,376 km²$/);
    expect(describeArea(small, 0, 'mi2', 'en')).toMatch(/^≈ [\d,]+ sq mi on the map · reported 444–531 sq mi$/);
    expect(describeArea(kursk, MARCH_13, 'km2', 'en')).toMatch(/reported 140 km²$/);
    expect(spaces(describeArea(small, 0, 'km2', 'uk'))).toMatch(/^≈ [\d ]+ км² на мапі · за повідомленнями 1 150–1 376 км²$/);
  });

  it('formats lengths and ranges of lengths by Intl, in km or mi', () => {
    expect(formatLength([12, 13], 'km', 'en')).toBe('12–13 km');
    expect(formatLength([12, 13], 'mi', 'en')).toBe('7.5–8.1 mi');
    expect(formatLength(5 * 1.609344, 'mi', 'uk')).toBe('5 миль');
    expect(formatInUnit(2, 2, 'mi', 'uk')).toBe('2 милі');
    expect(formatInUnit(20, 20, 'km', 'en')).toBe('20 km');
    expect(spaces(formatLength([12, 13], 'km', 'uk'))).toBe('12–13 км');
  });
});

describe('places held and lost', () => {
  it('follows the rank-1 places that were ever inside the held area', () => {
    expect(keyPlaces(small).map((p) => p.id)).toEqual(['sudzha']);
    expect(placeState(small, small.places![0], 0)).toBe('inside');
    expect(placeState(small, small.places![0], 2)).toBe('lost');
    expect(keyPlaces(kursk).map((p) => p.id)).toEqual(['sudzha']);
    expect(placeState(kursk, kursk.places![0], MARCH_6)).toBe('inside');
  });
});

describe('summary sentence', () => {
  it('says the date, the computed area in both units, the reported range with its sources, and Sudzha', () => {
    const text = summarize(small, 0, 'km2', 'en-GB');
    expect(text).toMatch(
      /^Peak · 27 August 2024: the area held by Ukraine measures about [\d,]+ km² \([\d,]+ sq mi\) on this map; sources reported 1,150–1,376 km² \(Syrskyi and General Staff\)\. Sudzha was inside it\. The largest extent\.$/,
    );
    expect(summarize(small, 2, 'km2', 'en')).toContain('Sudzha was no longer inside it.');
  });

  it('gives the corridor width when one was reported, in the reader’s unit', () => {
    expect(summarize(small, 1, 'km2', 'en')).toContain('Corridor: about 12–13 km wide, per ISW.');
    expect(summarize(small, 1, 'mi2', 'en')).toContain('Corridor: about 7.5–8.1 mi wide, per ISW.');
    // A label that gives the width already is not followed by it again.
    expect(summarize(kursk, MARCH_6, 'km2', 'en')).toContain('Sudzha was inside it. Corridor to the border: about 12–13 km wide, per Reports of 6 March 2025.');
    expect(summarize(kursk, MARCH_6, 'mi2', 'en')).toContain('Corridor to the border: about 7.5–8.1 mi wide, per');
  });

  it('is written in Ukrainian for uk', () => {
    expect(spaces(summarize(small, 2, 'km2', 'uk'))).toMatch(
      /^Суджу втрачено · 13 березня 2025 р\.: площа під контролем України на цій мапі — близько [\d ]+ км² \([\d ]+ кв\. миль\); джерела повідомляли 77–140 км² \(DeepState і Black Bird Group\)\. Суджа — вже поза її межами\./,
    );
  });
});

describe('data table', () => {
  it('has a row per frame with the computed area beside the reported one, and marks the current frame', () => {
    const table = tabulate(kursk, MARCH_13, 'km2', 'en');
    expect(table.caption).toBe('How the Kursk salient shrank');
    expect(table.columns[1]).toBe('Area on the map');
    expect(table.rows).toHaveLength(kursk.frames.length);
    expect(table.current).toBe(MARCH_13);
    const areas = frameAreas(kursk);
    table.rows.forEach((row, i) => {
      expect(row[1]).toBe(`${Math.round(areas[i]).toLocaleString('en')} km²`);
      expect(row[3]).toBe(kursk.frames[i].reported!.sources.join(', '));
    });
    expect(table.rows[MARCH_6][5]).toBe('12–13 km');
  });
});
