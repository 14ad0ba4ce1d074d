import { describe, expect, it } from 'vitest';
import { dateFormat, formatArea, formatDate, formatNumber, formatPercent, parseIsoDate, safeLocale } from './format.js';

// Intl separates Ukrainian thousands with a narrow no-break space.
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatArea', () => {
  it('formats km² and mi² in English', () => {
    expect(formatArea(1376, 'km2', 'en')).toBe('1,376 km²');
    expect(formatArea(1376, 'mi2', 'en')).toBe('531 sq mi');
    expect(formatArea(140, 'mi2', 'en')).toBe('54 sq mi');
  });
  it('formats in Ukrainian with Ukrainian units and separators', () => {
    expect(spaces(formatArea(1376, 'km2', 'uk'))).toBe('1 376 км²');
    expect(formatArea(140, 'mi2', 'uk')).toBe('54 кв. миль');
  });
  it('keeps a decimal below 10 so small areas do not all read as the same', () => {
    expect(formatArea(3.24, 'km2', 'en')).toBe('3.2 km²');
    expect(formatArea(0, 'km2', 'en')).toBe('0 km²');
  });
});

describe('dates', () => {
  it('parses calendar dates and refuses impossible ones', () => {
    expect(parseIsoDate('2025-03-13')).toBe(Date.UTC(2025, 2, 13));
    expect(parseIsoDate('2024-08')).toBe(Date.UTC(2024, 7, 1));
    expect(parseIsoDate('2025-02-30')).toBeNaN();
    expect(parseIsoDate('13/03/2025')).toBeNaN();
  });
  it('formats dates in the reader language, in UTC whatever the machine zone', () => {
    expect(formatDate('2025-03-13', 'en')).toBe('March 13, 2025');
    expect(formatDate('2025-03-13', 'en-GB')).toBe('13 March 2025');
    expect(formatDate('2025-03-13', 'uk')).toBe('13 березня 2025 р.');
    expect(formatDate('2024-08-06', 'en', 'month')).toBe('Aug 2024');
    expect(formatDate('2025-03-16', 'en-GB', 'day')).toBe('16 Mar');
  });
  it('makes date formats once per language and options, in UTC', () => {
    const options = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
    expect(dateFormat('en', options)).toBe(dateFormat('en', { ...options }));
    expect(dateFormat('en', options).format(Date.UTC(2025, 2, 8, 5, 30))).toBe('05:30');
    expect(dateFormat('not a tag!', { month: 'long' }).format(0)).toBe('January');
  });
  it('returns unparseable dates unchanged rather than "Invalid Date"', () => {
    expect(formatDate('soon', 'en')).toBe('soon');
  });
});

describe('numbers', () => {
  it('formats percentages and plain numbers', () => {
    expect(formatPercent(0.1017, 'en')).toBe('10%');
    expect(formatPercent(0.004, 'en')).toBe('0.4%');
    expect(formatPercent(1376 / 29997, 'en')).toBe('4.6%');
    expect(formatPercent(0, 'en')).toBe('0%');
    expect(formatNumber(29997, 'en')).toBe('29,997');
  });
  it('survives an invalid lang tag instead of throwing a RangeError', () => {
    expect(safeLocale('not a locale!!')).toBe('en');
    expect(formatNumber(1000, '<img>')).toBe('1,000');
  });
});
