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
  it('describes values briefly and safely', () => {
    expect(describeValue('x'.repeat(60))).toBe(`"${'x'.repeat(40)}…"`);
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue({})).toBe('an object');
  });
});
