import { describe, expect, it } from 'vitest';
import { territory } from '@salient/kursk-data';
import { validateTerritory, type TerritoryData } from './schema.js';

const good: TerritoryData = {
  series: [
    { date: '2024-08-27', value: 1376, source: 'General Staff', estimates: [{ value: 1268, source: 'Russian MoD' }] },
    { date: '2025-03-13', value: 140, source: 'DeepState', label: { en: 'Sudzha lost', uk: 'Суджу втрачено' } },
  ],
  references: [{ label: 'Kyiv', value: 839 }],
};

function errors(input: unknown): string[] {
  const result = validateTerritory(input);
  return result.ok ? [] : result.errors;
}

describe('validateTerritory', () => {
  it('accepts good data and the Kursk dataset as-is', () => {
    expect(validateTerritory(good)).toEqual({ ok: true, value: good });
    const kursk: TerritoryData = territory; // also a compile-time check that the shapes agree
    expect(validateTerritory(kursk).ok).toBe(true);
  });

  it.each([
    ['null', null, 'The data must be an object, got null'],
    ['a list', [], 'The data must be an object, got a list'],
    ['no series', {}, 'series must be a list, got nothing'],
    ['an empty series', { series: [] }, 'series must have at least 1 entry, got 0'],
    ['a negative value', { series: [{ ...good.series[0], value: -3 }] }, 'series[0].value must be between 0 and 150000000, got -3'],
    ['NaN', { series: [{ ...good.series[0], value: Number.NaN }] }, 'series[0].value must be a finite number, got NaN'],
    ['a huge value', { series: [{ ...good.series[0], value: 1e15 }] }, 'series[0].value must be between 0 and 150000000, got 1000000000000000'],
    ['a number as text', { series: [{ ...good.series[0], value: '140' }] }, 'series[0].value must be a finite number, got "140"'],
    ['a bad date', { series: [{ ...good.series[0], date: '13/03/2025' }] }, 'series[0].date must be a date written yyyy-mm-dd, got "13/03/2025"'],
    ['no source', { series: [{ date: '2025-03-13', value: 1 }] }, 'series[0].source must be a non-empty text, got nothing'],
    ['a bad estimate', { series: [{ ...good.series[0], estimates: [{ value: -1, source: 'x' }] }] }, 'series[0].estimates[0].value must be between 0 and 150000000, got -1'],
    ['a label with no English', { series: [{ ...good.series[0], label: { uk: 'Пік' } }] }, 'series[0].label must be a non-empty text, or an object of texts by language with at least "en"'],
    ['a reference with no label', { ...good, references: [{ value: 839 }] }, 'references[0].label must be a non-empty text, or an object of texts by language with at least "en"'],
  ])('refuses %s, saying where and why', (_name, input, message) => {
    expect(errors(input)[0]).toBe(message);
  });

  it('refuses steps out of date order', () => {
    expect(errors({ series: [...good.series].reverse() })).toEqual([
      'series[1].date comes before the step ahead of it: list the steps oldest first',
    ]);
  });

  it('reports every problem, not just the first', () => {
    expect(errors({ series: [{ date: 'x', value: Number.NaN, source: '' }] })).toHaveLength(3);
  });
});
