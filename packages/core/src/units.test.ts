import { describe, expect, it } from 'vitest';
import { convertArea, convertLength, KM2_PER_MI2, lengthUnitFor, toAreaUnit } from './units.js';

describe('units', () => {
  it('converts km² to mi² with the fact sheet factor', () => {
    expect(convertArea(KM2_PER_MI2, 'mi2')).toBeCloseTo(1, 10);
    expect(Math.round(convertArea(1376, 'mi2'))).toBe(531);
    expect(Math.round(convertArea(140, 'mi2'))).toBe(54);
    expect(convertArea(140, 'km2')).toBe(140);
  });
  it('converts lengths and pairs area with length units', () => {
    expect(convertLength(1.609344, 'mi')).toBeCloseTo(1, 10);
    expect(lengthUnitFor('mi2')).toBe('mi');
    expect(lengthUnitFor('km2')).toBe('km');
  });
  it('reads unknown unit attributes as km²', () => {
    expect(toAreaUnit('mi2')).toBe('mi2');
    expect(toAreaUnit('acres')).toBe('km2');
    expect(toAreaUnit(undefined)).toBe('km2');
  });
});
