import { describe, expect, it } from 'vitest';
import { territory as kursk } from '@salient/kursk-data';
import type { TerritoryData } from './schema.js';
import { maxOf, peakOf, rangeOf, summarize, tabulate } from './describe.js';

const territory: TerritoryData = kursk;
const march13 = territory.series.findIndex((p) => p.date === '2025-03-13');
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('summary sentence', () => {
  it('reads the 13 March 2025 step as the issue asks', () => {
    expect(summarize(territory, march13, 'km2', 'en-GB')).toMatch(
      /^On 13 March 2025, Ukraine held about 140 km² \(54 sq mi\), about 10% of the 1,376 km² peak, per DeepState\. Sources differ: 77–140 km²\./,
    );
  });
  it('leads with the chosen unit', () => {
    expect(summarize(territory, march13, 'mi2', 'en-GB')).toContain('about 54 sq mi (140 km²), about 10% of the 531 sq mi peak');
  });
  it('is written in Ukrainian for uk', () => {
    expect(spaces(summarize(territory, march13, 'km2', 'uk'))).toMatch(
      /^13 березня 2025 р\.: Україна утримувала близько 140 км² \(54 кв\. миль\), приблизно 10% від пікових 1 376 км², за даними DeepState\./,
    );
  });
  it('names the peak as the peak, and a zero as a claim with its note', () => {
    const peak = territory.series.indexOf(peakOf(territory));
    expect(summarize(territory, peak, 'km2', 'en')).toContain('1,376 km² (531 sq mi), the peak, per');
    const last = summarize(territory, territory.series.length - 1, 'km2', 'en');
    expect(last).toMatch(/Ukraine held 0 km², per Gerasimov/);
    expect(last).toMatch(/disputed/i);
  });
});

describe('series measures', () => {
  it('finds the peak, the largest figure and the ranges', () => {
    expect(peakOf(territory).value).toBe(1376);
    expect(maxOf(territory)).toBe(1376);
    expect(rangeOf(territory.series[march13])).toEqual([77, 140]);
    expect(rangeOf({ date: '2025-01-01', value: 5, source: 'x' })).toBeUndefined();
  });
});

describe('data table', () => {
  it('has a row per step with date, area, source and the other estimates', () => {
    const table = tabulate(territory, march13, 'km2', 'en-GB');
    expect(table.caption).toBe('Area of Kursk oblast held by Ukraine');
    expect(table.columns).toEqual(['Date', 'Area', 'Source', 'Other estimates']);
    expect(table.rows).toHaveLength(territory.series.length);
    expect(table.current).toBe(march13);
    const row = table.rows[march13];
    expect(row[0]).toContain('13 March 2025');
    expect(row[1]).toBe('140 km²');
    expect(row[2]).toMatch(/^DeepState/);
    expect(row[3]).toContain('77 km²: Black Bird Group');
  });
});
