import { describe, expect, it } from 'vitest';
import { describe as describeValue, Issues } from './validate.js';

describe('Issues', () => {
  it('accepts good values and reports nothing', () => {
    const issues = new Issues();
    expect(issues.number(12, 'x')).toBe(true);
    expect(issues.string('DeepState', 'source')).toBe(true);
    expect(issues.array([1], 'series', { min: 1 })).toBe(true);
    expect(issues.object({}, 'data')).toBe(true);
    expect(issues.result('v')).toEqual({ ok: true, value: 'v' });
  });
  it('names the path and the bad value for each problem', () => {
    const issues = new Issues();
    issues.number(Number.NaN, 'series[0].value');
    issues.number(-5, 'series[1].value');
    issues.number(1e12, 'series[2].value', { max: 1e7 });
    issues.number('12', 'series[3].value');
    issues.string('  ', 'series[0].source');
    issues.array([], 'series', { min: 1 });
    issues.object([], 'data');
    expect(issues.list).toEqual([
      'series[0].value must be a finite number, got NaN',
      'series[1].value must be between 0 and 9007199254740991, got -5',
      'series[2].value must be between 0 and 10000000, got 1000000000000',
      'series[3].value must be a finite number, got "12"',
      'series[0].source must be a non-empty text, got "  "',
      'series must have at least 1 entry, got 0',
      'data must be an object, got a list',
    ]);
    expect(issues.result('v')).toEqual({ ok: false, errors: issues.list });
  });
  it('allows optional fields to be left out but not to be wrong', () => {
    const issues = new Issues();
    expect(issues.number(undefined, 'low', { optional: true })).toBe(true);
    expect(issues.string(undefined, 'note', { optional: true })).toBe(true);
    expect(issues.number(Infinity, 'low', { optional: true })).toBe(false);
    expect(issues.list).toEqual(['low must be a finite number, got Infinity']);
  });
  it('checks texts in data, dates, flags and list sizes', () => {
    const issues = new Issues();
    expect(issues.text('Sudzha', 'name')).toBe(true);
    expect(issues.text({ en: 'Sudzha', uk: 'Суджа' }, 'name')).toBe(true);
    expect(issues.text(undefined, 'note', { optional: true })).toBe(true);
    expect(issues.date('2025-03-13', 'date')).toBe(true);
    expect(issues.date('2025-03', 'date')).toBe(true);
    expect(issues.date(undefined, 'date', { optional: true })).toBe(true);
    expect(issues.flag(undefined, 'approximate')).toBe(true);
    expect(issues.flag(false, 'approximate')).toBe(true);
    expect(issues.array([1, 2], 'list', { max: 2 })).toBe(true);
    expect(issues.ok).toBe(true);
    issues.text({ uk: 'Суджа' }, 'a.name');
    issues.text('  ', 'b.name');
    issues.text('x'.repeat(11), 'c.label', { max: 10 });
    issues.text({ en: 'ok', uk: 'x'.repeat(11) }, 'd.label', { max: 10 });
    issues.date('13/03/2025', 'e.date');
    issues.date('2025-02-30', 'f.date');
    issues.date(undefined, 'g.date');
    issues.flag('yes', 'h.approximate');
    issues.array([1, 2, 3], 'i', { max: 2 });
    expect(issues.list).toEqual([
      'a.name must be a non-empty text, or an object of texts by language with at least "en"',
      'b.name must be a non-empty text, or an object of texts by language with at least "en"',
      'c.label must be at most 10 characters long',
      'd.label must be at most 10 characters long',
      'e.date must be a date written yyyy-mm-dd, got "13/03/2025"',
      'f.date must be a date written yyyy-mm-dd, got "2025-02-30"',
      'g.date must be a date written yyyy-mm-dd, got nothing',
      'h.approximate must be true or false',
      'i must have at most 2 entries, got 3',
    ]);
  });
  it('refuses lists with holes, which forEach and every would skip unchecked', () => {
    // Found by the hardening fuzzer: `new Array(3)` as a series passed, then render() read undefined and threw.
    const issues = new Issues();
    expect(issues.array([undefined, null], 'explicit')).toBe(true); // real entries: the entry checks report them
    expect(issues.array(new Array(3), 'series', { min: 1 })).toBe(false);
    // eslint-disable-next-line no-sparse-arrays -- the hole is the point
    expect(issues.array([1, , 2], 'road.waypoints')).toBe(false);
    expect(issues.list).toEqual([
      'series has an empty slot at [0]: every entry must be given',
      'road.waypoints has an empty slot at [1]: every entry must be given',
    ]);
  });

  it('describes values briefly and safely', () => {
    expect(describeValue('x'.repeat(60))).toBe(`"${'x'.repeat(40)}…"`);
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue({})).toBe('an object');
  });
});
